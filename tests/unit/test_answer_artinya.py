"""A definition question is answered with the sentence saying what the word asked about means, written with
"artinya" as with "adalah" or "berarti" ("Shiddiq, artinya jujur dan benar."), before the sentences that only repeat
the word."""

NILAI = """# Pemasaran Syariah

## Nilai-Nilai Pemasaran Syariah

Beberapa nilai dalam pemasaran syariah mengambil konsep dari keteladanan sifat Rasulullah SAW, yaitu :
1. Shiddiq, artinya jujur dan benar. Allah SWT memerintahkan setiap orang beriman untuk memiliki sifat shiddiq dan menciptakan lingkungan yang shiddiq. Dalam memasarkan produk dan membuat perjanjian harus tercermin sifat shiddiq (jujur dan benar). Rasulullah lebih mengedepankan kebenaran informasi yang diberikan dan jujur dalam menjelaskan keunggulan serta kelemahan produknya.
2. Amanah, artinya dapat dipercaya dan bertanggung jawab. Pemasar yang amanah mengembalikan setiap hak kepada pemiliknya.
"""


def test_a_definition_question_is_answered_where_the_text_says_word_artinya(course):
    # seen in strategi-pemasaran's values of a marketer (team set 8's shiddiq was said without it); the word says
    # what a word means in waktu-tunggu-resep ("Tertib artinya …") and kewirausahaan ("Berinisiatif artinya …") too
    answer = course({"nilai.md": NILAI}).ask("sifat shiddiq dalam pemasaran syariah artinya apa?")
    assert answer.answer.startswith("1. Shiddiq, artinya jujur dan benar."), answer.answer
