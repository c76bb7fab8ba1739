"""A paragraph citing two or more authors gives each the sentences from the one citing them to the one citing the
next: a question naming one is answered with that one's words, not only with another's cited in the same paragraph."""

STRES = """# Stres Kerja

## Stres Kerja dan Perilaku Kewargaan

Menurut Organ et al. (2006) stres kerja dapat mempengaruhi perilaku kewargaan sebab, apabila seorang pegawai merasa stres maka sikap atau perilaku kewargaan terhadap pegawai lainnya akan menurun. Begitu pula sebaliknya apabila seorang pegawai tidak merasakan stres kerja maka perilaku kewargaan terhadap pegawai lainnya akan meningkat. Sejalan dengan Tosi dalam Cahyono (2015) menyebutkan bahwa semakin tinggi stres kerja maka akan menurunkan perilaku kewargaannya. Dengan demikian stres kerja mempunyai hubungan dengan perilaku kewargaan.
"""


def test_a_question_naming_one_of_two_authors_cited_in_a_paragraph_is_answered_with_that_ones_words(course):
    # seen in iklim-organisasi-stres-kerja (Tosi after Organ et al.: team set 5 said Organ's sentence, not Tosi's;
    # Tagiuri and Litwin with Stinger), sistem-pembelajaran-web (Hutahaean with Mulyani) and kesulitan-belajar
    # (Hamalik with Rumini dkk), where the other author's definition was said with the one asked for
    answer = course({"stres.md": STRES}).ask("Menurut Tosi, bagaimana stres kerja mempengaruhi perilaku kewargaan?")
    assert "semakin tinggi stres kerja maka akan menurunkan" in answer.answer, answer.answer
