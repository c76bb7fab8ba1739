"""A name the question writes apart from the word beside it and the text writes joined ("TIC band" / "TICband", issue
15, a TyDi-id dev miss): it is the text's name, searched as the text writes it, not a name the text lacks."""

TEXTS = {
    "musik.md": "# Musik\n\n"
    "Setelah menandatangani kontrak rekaman, TICband mengeluarkan album pertama mereka yang berjudul Tidak Jelas.\n\n"
    "Band rock itu merekam album debut mereka di sebuah studio di Lincolnshire; album pertama band tersebut "
    "terjual sangat cepat.\n\n"
    "Sebuah band biasanya terdiri atas vokalis, gitaris, pemain bas, dan penabuh drum.\n",
}


def test_a_name_written_joined_is_the_texts_name(course, retriever_of):
    engine = course(TEXTS)
    retriever = retriever_of(engine)
    query = "Apakah album pertama TIC band?"
    found = retriever.candidates(query, retriever.query_vector(query))
    assert not retriever.unspelled_names(found)  # "TIC" is written, as "TICband": not a name the text lacks
    assert "TICband" in engine.search(query, 3).hits[0].chunk.text


def test_a_name_the_text_writes_nowhere_stays_unwritten(course, retriever_of):
    retriever = retriever_of(course(TEXTS))
    query = "Apakah album pertama XYZ band?"
    found = retriever.candidates(query, retriever.query_vector(query))
    assert retriever.unspelled_names(found) == ("XYZ",)
