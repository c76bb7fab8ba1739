"""Kinds of questions the answer read wrongly (issue 15, session 41, read on the open sets' misses and the Left list),
each tested on a hand-made text in other words than the documents that showed them."""

# A beekeeping text: a long list led in by who says it, and a list whose lead-in has no colon.
LEBAH = {"lebah.md": """# Beternak Lebah Madu

## Tanda Koloni Sakit

Menurut Suryadi (2015), beberapa tanda koloni lebah sakit sebagai berikut:

1. Lebah pekerja merayap di depan kotak dan tidak mampu terbang walaupun hari cerah. Sayapnya sering terlihat kusut dan terbuka ke samping.
2. Sisiran anakan berlubang dan berbau asam. Tutup sel anakan cekung ke dalam dan warnanya lebih gelap daripada sisiran yang sehat.
3. Ratu berhenti bertelur lebih dari seminggu. Peternak tidak menemukan telur baru di tengah sisiran walaupun pakan cukup.
4. Banyak lebah mati menumpuk di dasar kotak setiap pagi. Bangkainya kering dan sebagian besar adalah lebah muda yang belum pernah terbang.
5. Madu di sisiran atas mengering dan berubah warna menjadi gelap. Lebah penjaga juga berkurang sehingga semut mudah masuk ke kotak.

## Jenis Sarang

Sarang lebah madu di alam dibuat di banyak tempat, tetapi peternak mengenal tiga jenis sarang yang saling berbeda, yaitu
1. sarang gantung di dahan pohon yang tinggi dan jauh dari tanah,
2. sarang celah di dalam batang pohon yang berlubang,
3. sarang kotak buatan peternak dari papan kayu pinus.

## Sengatan

Sebagian peternak mengalami reaksi ringan setelah tersengat lebah pekerja, antara lain:

• Gatal, bengkak, kemerahan kulit
• Pusing sebentar
• Demam ringan pada malam hari
"""}


def test_a_question_saying_only_what_a_lead_in_says_is_answered_with_its_list(course):
    """"gejala kesulitan belajar menurut Ahmadi dan Supriyono", "ciri anak tunagrahita menurut Delphie (2006)", "empat
    dimensi pikiran yg saling berkaitan" (team sets 13, 19, 20): a question with no question word naming a list by its
    lead-in's words asks for that list as "apa saja" does; it was answered with the lead-in and the one or two items
    scoring best. A lead-in its writer left the colon out of ("…, yaitu", "… di bawah ini") leads its list too."""
    engine = course(LEBAH)
    answer = engine.ask("tanda koloni lebah sakit menurut Suryadi").answer
    assert answer.startswith("Menurut Suryadi (2015), beberapa tanda koloni lebah sakit sebagai berikut:"), answer
    assert "5. Madu di sisiran atas mengering" in answer, answer
    answer = engine.ask("tiga jenis sarang lebah yang saling berbeda").answer
    assert "1. sarang gantung" in answer and "3. sarang kotak buatan peternak" in answer, answer


def test_an_item_naming_things_by_commas_is_said_whole_in_a_list_answer(course):
    """"• Hilang nafsu makan, mual, sakit perut" (team set 20, "efek samping ringan obat anti tbc"): a list answer says
    each item by its title, and an item's first comma after a few words ended a term it defines ("Konsensus, merupakan
    …"); an item naming three things or more by commas has no such term: it is said whole."""
    answer = course(LEBAH).ask("reaksi ringan setelah tersengat lebah pekerja").answer
    assert "Gatal, bengkak, kemerahan kulit" in answer and "Demam ringan" in answer, answer
