"""An English question asks for a person with "who", "whom" or "whose" as a question word, as an Indonesian one does
with "siapa" (query/kinds.py: question_kind; the answer says the sentence naming someone, or the lead-in naming who
says a quotation). A "who" joining a clause to the noun before it asks for no one, and "WHO" names an organisation."""

import pytest

from telusur.query.kinds import question_kind


@pytest.mark.parametrize("question", ["Who created the Yii framework?", "To whom must a holographic will be handed "
                                      "over?", "According to whom is the Raspberry Pi a mini computer?",
                                      "Through whom did Ahijah rebuke Jeroboam?", "According to Fuchs, who controls "
                                      "the public sphere?", "Whose theory does the author use?",
                                      "The framework was created by whom?", "Siapa yang mendirikan sekolah itu?"])
def test_a_question_word_asking_for_someone_is_the_person_kind(question):
    assert question_kind(question) == "person"


@pytest.mark.parametrize("question", ["Do you know who founded Prodia?", "Can you tell me who wrote the book?",
                                      "Explain who may make a holographic will.", "I want to find out who started Yii."])
def test_who_asked_of_someone_after_a_verb_is_the_person_kind(question):
    # review3: c1c4d61 read "who" after a verb as a relative clause's (s25 read any "who")
    assert question_kind(question) == "person"


@pytest.mark.parametrize("question, kind", [
    ("When does a child who keeps banging his head stop?", "time"),
    ("Why should equipment be placed close to the employees who use it?", "why"),
    ("Which article covers people who deliberately burn forests?", None),
    ("Menurut WHO, rumah sakit itu apa?", None),
    ("What z-score cutoff does WHO use for severe stunting?", None),
])
def test_who_joining_a_clause_or_naming_the_organisation_asks_for_no_one(question, kind):
    assert question_kind(question) == kind


@pytest.mark.parametrize("question", ["Pada tanggal berapa koperasi itu didirikan?", "Toko buku itu buka jam berapa?",
                                      "Candi itu dibangun pada abad ke berapa?", "Kereta berangkat pukul berapa?",
                                      "Buku itu terbit tahun berapa?"])
def test_a_time_label_before_berapa_asks_when(question):
    # s27: "tanggal berapa" read as a number question (only "tahun berapa" was a time)
    assert question_kind(question) == "time"


@pytest.mark.parametrize("question, kind", [
    ("Berapa tahun masa studi sarjana?", "number"),  # a length of time, no date
    ("Tanggal jatuh tempo deposito dihitung sejak kapan?", "time"),
    ("Kenapa Musa dihitung sebagai nabi?", "why"),
    ("Bagaimana bunga deposito dihitung?", "formula"),
    ("Bagaimana cara menghitung rasio lancar?", "formula"),
    ("Kapan rumus bunga majemuk dipakai?", "formula"),
])
def test_counting_words_ask_a_formula_unless_the_question_asks_when_or_why(question, kind):
    # s27: "dihitung" (counted, reckoned) made a time or why question a formula one
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("How is the depreciation of a delivery van computed?", "formula"),  # "Bagaimana penyusutan ... dihitung?"
    ("How do accountants calculate the quick ratio?", "formula"),  # "Bagaimana cara menghitung quick ratio?"
    ("How would you go about calculating a loan's interest?", "formula"),
    ("When is the land tax calculated?", "time"),  # as "dihitung sejak kapan"
    ("Why is the overtime pay computed twice?", "why"),
    ("How many computers does the lab have?", "number"),  # "computers": no counting asked
    ("How do the computers in a lab share one printer?", None),
    # "computing" naming a field, "how" asking an amount or a degree: no formula asked
    ("How does grid computing speed up research?", None),
    ("How is computing taught in village schools?", None),
    ("How many times is the fee calculated per month?", "number"),
    ("How precise are the computed figures?", None),
    ("How should the land tax be calculated?", "formula"),
])
def test_how_a_thing_is_calculated_asks_a_formula_as_cara_menghitung_does(question, kind):
    # issue 15: an English "How is X calculated?" was no kind at all; its Indonesian twin is a formula question
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("What is the serial port on the board for?", "purpose"),
    ("What is a stapler used for?", "purpose"),
    ("What is the new tax meant to achieve?", "purpose"),
    ("What is a ledger used for in an office?", "purpose"),
    ("What is a locker used to keep?", "purpose"),
    ("What does the name PHP stand for?", None),  # what a name says, no purpose
    ("What is meant by a holographic will?", "definition"),
    # "used for"/"used to" + what it is used on: the words before name a thing asked for ("What is [the rate used for
    # depreciation]?"), no purpose
    ("What is the rate used for depreciation?", "number"),  # a rate asked: a value (quantity.ASKS_VALUE)
    ("What is the test used to measure reliability?", "definition"),
])
def test_what_is_x_for_asks_a_purpose(question, kind):
    # s27: "What is X for?" / "meant to" read as definitions ("what is")
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("Siapakah yang menyusun naskah itu?", "person"),  # s27: only "siapa" asked for a person
    ("Apa rumusan masalah penelitian ini?", None),  # a formulation, no formula (s27: "rumus\w*")
    ("Guru harus merumuskan apa sebelum tindakan?", None),  # formulating, no definition asked (s27)
    ("Rumusnya apa?", "formula"),
    ("Bagaimana Moeljatno merumuskan pengertian perbuatan pidana?", "definition"),
])
def test_formal_question_words_and_formulations(question, kind):
    assert question_kind(question) == kind


@pytest.mark.parametrize("question", ["What is the R-square of customer loyalty in the study?",
                                      "What is the maximum fine for burning land?",
                                      "What is the overall average waiting time at the pharmacy?",
                                      "What's the mean score for indicator X3?", "What is the IQ range of gifted children?",
                                      "what is the voltage of the sensor heater",
                                      "What is the path result for personality type B on OCB?",
                                      "What's the original sample value for the X1 to Y path?"])
def test_what_is_the_measure_of_asks_a_value_not_a_definition(question):
    # s27's lead list: "What is the R-square / ... of" read as a definition; the answer wants the sentence with the figure
    assert question_kind(question) == "number"


@pytest.mark.parametrize("question, kind", [
    ("What is the value of honesty in business?", "definition"),  # "value", "area", "ratio": as often a thing defined
    ("What is the current ratio?", "definition"),
    ("What is the effect of load on the motor?", "definition"),  # the measure after "of": no figure asked
    ("What is the difference between the mean and the median?", "definition"),
    ("What is the meaning of stunting?", "definition"),
    ("What is the result of the study?", "definition"),  # a finding: "result" alone is no statistic's
])
def test_a_measure_word_out_of_the_asked_place_asks_no_value(question, kind):
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("What is the distance learning system in Indonesia?", "definition"),  # a measure's word opening a name
    ("What is the price elasticity of demand?", "definition"),
    ("What is the mean value theorem?", "definition"),
    ("What is the maximum likelihood method?", "definition"),
    ("What is the total quality management approach?", "definition"),
    ("What is the minimum wage policy in Indonesia?", "definition"),
    ("What is the minimum wage in Jakarta?", "number"),  # the measure asked, no name after it
    ("What is the average learning time?", "number"),
    ("What is the duration of the program?", "number"),
])
def test_a_measure_word_opening_the_name_of_a_concept_asks_no_value(question, kind):
    # review6 (s29): ASKS_VALUE (s28) read "What is the distance learning system ...?" as asking a number
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("What is the maximum fine under law?", "number"),  # "under law" says where the value holds, no concept named
    ("What is the maximum sentence under the criminal code?", "number"),
    ("What is the average cost per unit?", "number"),
    ("What is the minimum wage policy under the new law?", "definition"),  # the policy, named before "under"
])
def test_a_preposition_after_a_measure_joins_it_to_where_it_holds(question, kind):
    # review7 (s30): the concept-name rule read "fine under law" as a name ending in "law", asking a definition
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("How do you know when a product is ready?", None),  # a sign: the question word is "how"
    ("How can we tell when a child is stunted?", None),
    ("Explain when to use a t-test.", None),  # a condition
    ("Do you know when the war began?", "time"),
    ("Tell me when Amos prophesied.", "time"),
    ("Until when are the cycles repeated?", "time"),
])
def test_when_asked_of_someone_in_a_how_question_or_before_to_asks_no_time(question, kind):
    # review4 (s27): "How do you know when ..." and "Explain when to ..." read as time questions ("know when")
    assert question_kind(question) == kind
