"""A Vancouver entry's title ends at its first stop followed by a space, so its year is looked for once: the lazy
title looked for it once per "?" of the line, quadratic ("Hardinsyah, Aries M. " and a line of many "Judul? ", reached
through a one-name first author: 1.8 s at 4000, some 30 s at 16000)."""

from __future__ import annotations

from telusur.citations.references import parse_reference


def test_a_long_line_of_questions_after_a_one_name_author_is_read_in_time(within_seconds):
    parse_reference("Hardinsyah, Aries M. " + "Judul? " * 16000)


def test_a_title_with_a_question_still_reads():
    entry = parse_reference("Hardinsyah, Aries M. Apakah gizi penting? Studi kasus. J Gizi Pangan. 2012;7(2):89-96.")
    assert entry is not None and entry.year == "2012"
