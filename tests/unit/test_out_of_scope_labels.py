"""An out-of-scope question is out of scope of the texts it was written against, not of every index: "Apa penyebab
stunting pada anak?" (tests/data/texts/out-of-scope.jsonl, written for the twelve texts tests/test_texts_quality.py
asks) is answered by the tuning half's stunting text. A fit asking it over an index holding that text learnt to
decline a question the index answers. Its row names the documents that answer it (answered_by), and
bench/halves.out_of_scope_over leaves it out over an index holding one of them."""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
import halves  # noqa: E402

ROWS = [
    {"id": "a", "question": "Apa penyebab stunting pada anak?", "near": "ispa.md", "answered_by": ["more/stunting.html"]},
    {"id": "b", "question": "Apa saja gejala tuberkulosis pada balita?", "near": "ispa.md"},
]


def test_a_question_answered_by_a_document_of_the_index_is_not_out_of_scope_over_it():
    assert [q["id"] for q in halves.out_of_scope_over(ROWS, ["ispa.md", "more/stunting.html"])] == ["b"]


def test_it_stays_out_of_scope_of_the_texts_it_was_written_against():
    assert [q["id"] for q in halves.out_of_scope_over(ROWS, ["ispa.md", "autisme.md"])] == ["a", "b"]


def test_the_stunting_question_is_not_out_of_scope_of_the_tuning_half():
    rows = halves.load(REPO / "tests" / "data" / "texts" / "out-of-scope.jsonl")
    tuning = json.loads((REPO / "bench" / "texts-split.json").read_text(encoding="utf-8"))["tuning"]
    kept = {q["question"] for q in halves.out_of_scope_over(rows, tuning)}
    assert "Apa penyebab stunting pada anak?" not in kept
    assert "Apa pengertian hukum perdata?" in kept  # the tuning half names the code (KUH Perdata), defines no hukum perdata
    assert len(kept) == len(rows) - 1
