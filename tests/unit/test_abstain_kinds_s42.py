"""Kinds of question words absent_words misread (issue 15, session 42: team set 27's out-of-scope questions answered
and answerable ones declined), each on a hand-made text in other words than the question that showed it: a short
acronym the text never writes ("tarif ppn", "per kwh", "ukl-upl" were answered: every token under four letters was
dropped), and everyday words of a thesaurus group (data/indonesian-synonyms.tsv) for the text's word ("empuk" of a
text writing "lembut", "pelan" of "perlahan", "ludah" of "air liur", "kendala" of "tantangan" were declined)."""

from telusur.query.retrieval import written_as_acronym

# A school cooperative: an acronym it writes (SHU), one it spells out only (Rapat Anggota Tahunan), a challenge.
KOPERASI = {"koperasi.md": """# Koperasi Sekolah

Sisa Hasil Usaha (SHU) dibagikan kepada anggota setiap akhir tahun buku dalam Rapat Anggota Tahunan. Simpanan pokok
dibayar sekali saat mendaftar, simpanan wajib dibayar setiap bulan, sesuai Undang-undang
Perkoperasian.

## Pengurus

Tantangan terbesar koperasi sekolah adalah pengurus yang berganti setiap tahun.
"""}

# Stewed meat and the mouth: "lembut", "melunak", "perlahan", "air liur".
DAGING = {"daging.md": """# Merebus Daging

Daging yang direbus perlahan di atas api kecil menjadi lembut karena jaringan ikatnya melunak.

## Mulut

Air liur membantu membersihkan sisa makanan dari gigi.
"""}


def test_a_short_word_written_as_an_acronym_is_read_as_one():
    """Capitals, a hyphened pair of short words, or three small letters that are no word; not a chat clip ("brp"), a
    written abbreviation ("dkk", "max"), a Roman numeral ("II"), an affix written apart ("view-nya") or a dictionary
    word."""
    assert written_as_acronym("tarif pph koperasi brp menurut Reys dkk, min max") == {"pph"}
    assert written_as_acronym("syarat ikm-ukm dan golongan II di ruang ber-AC, file view-nya") == {"ikm", "ukm", "ac"}
    assert written_as_acronym("Berapa PPN simpanan wajib?") == {"ppn"}
    assert written_as_acronym("apa itu ubi dan api?") == frozenset()


def test_a_short_acronym_no_passage_writes_is_absent(course):
    """"tarif ppn sekarang berapa persen" of a tax text that never writes PPN (team set 27) was answered: absent_words
    dropped every token under four letters. An acronym in capitals, one of a hyphened pair or in small letters that is
    no word is a noun the text may lack like any other."""
    retriever = course(KOPERASI).retriever
    assert retriever.absent_words("pph simpanan wajib berapa persen?") == ("pph",)
    assert retriever.absent_words("Berapa PPN simpanan wajib?") == ("ppn",)
    assert {"ikm", "ukm"} <= set(retriever.absent_words("koperasi sekolah ikm-ukm bedanya apa?"))


def test_a_short_acronym_the_text_writes_or_spells_out_is_not_absent(course):
    """The text's own acronym, written in capitals or typed small, and one it writes only as the words it stands for
    ("RAT": Rapat Anggota Tahunan; "UU": Undang-undang, a hyphened word's parts) say what it covers; a Roman numeral
    or an abbreviation says nothing of the subject."""
    retriever = course(KOPERASI).retriever
    assert retriever.absent_words("SHU dibagikan kapan?") == ()
    assert retriever.absent_words("shu dibagikan kapan?") == ()
    assert retriever.absent_words("Kapan RAT koperasi sekolah diadakan?") == ()
    assert retriever.absent_words("Kapan SHU dibagikan menurut UU?") == ()
    assert retriever.absent_words("simpanan wajib tahun II dibayar kapan?") == ()


def test_an_everyday_word_of_the_texts_word_group_is_worded_otherwise(course):
    """"kenapa daging jadi empuk kalo direbus pelan" of a text writing "lembut"/"melunak" and "perlahan", "ludah
    ngebantu gigi gimana" of one writing "air liur", "kendala penerapan amdal" of one writing "tantangan" (team set
    27): each everyday word is a thesaurus word for the text's (query/synonyms.py), not a noun the text lacks. A word
    of no group the text uses stays absent."""
    daging = course(DAGING).retriever
    assert daging.absent_words("kenapa daging jadi empuk kalau direbus pelan?") == ()
    assert daging.absent_words("ludah membantu gigi bagaimana?") == ()
    assert daging.absent_words("kenapa daging jadi alot?") == ("alot",)
    assert course(KOPERASI).retriever.absent_words("kendala koperasi sekolah apa?") == ()
