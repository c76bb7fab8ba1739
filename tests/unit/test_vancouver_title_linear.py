"""A Vancouver entry's title ends at its first stop followed by a space, so its year is looked for once: the lazy
title looked for it once per "?" of the line, quadratic ("Hardinsyah, Aries M. " and a line of many "Judul? ", reached
through a one-name first author: 1.8 s at 4000, some 30 s at 16000)."""

from __future__ import annotations

from telusur.citations.references import looks_like_entry, parse_reference

from .conftest import assert_linear


def test_a_long_line_of_questions_after_a_one_name_author_is_read_in_time(within_cpu_seconds):
    def read(line: str) -> None:
        looks_like_entry.cache_clear()  # each run reads the line anew
        parse_reference(line)

    assert_linear(lambda n: read("Hardinsyah, Aries M. " + "Judul? " * n), 2000)


def test_a_title_with_a_question_still_reads():
    entry = parse_reference("Hardinsyah, Aries M. Apakah gizi penting? Studi kasus. J Gizi Pangan. 2012;7(2):89-96.")
    assert entry is not None and entry.year == "2012"
