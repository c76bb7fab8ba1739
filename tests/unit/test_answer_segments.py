"""Which sentences an answer shows and how it says them, on tiny texts (stub encoder): neighbouring sentences said as
one segment."""

BILATERAL = """# Kerjasama

Kerjasama bilateral dilakukan oleh dua negara yang bertetangga. Kerjasama bilateral dilakukan untuk kepentingan
bersama kedua negara.

Kerjasama regional melibatkan negara dalam satu kawasan.
"""


def test_neighbouring_sentences_are_one_segment_with_one_mark(course):
    answer = course({"kerjasama.md": BILATERAL}).ask("Bagaimana kerjasama bilateral dilakukan?")
    assert "bertetangga. Kerjasama bilateral" in answer.answer, answer.answer  # a span written over both stays whole
    assert answer.answer.count("[1]") == 1, answer.answer
