"""decode._clean keeps a run of characters that need no cleaning whole (a long text with one soft hyphen took ~1 s per
400,000 characters walked one at a time), with the same text and the same position map as the walk."""

import random

from telusur.documents import decode

PIECES = ["a", "kata", " ", "  ", "\n", "\n\n", "\t", ". ", "é", "\u00a0", "\x00", "\x0c", "\x7f", "\x85", "\u00ad",
          "\u200b", "\ufeff", "\ufffd", "\ufb01", "\U0001d443", "\ue000", "\U000f0001", "\ud835", "\udc43",
          "\ud835\udc43"]


def _walked(text: str) -> tuple[str, list[int]]:
    """The cleaning as a walk over every character: what each character becomes, pictures with one space beside."""
    out, at, size, i, space, line_start, after_picture = [], [], 0, 0, None, True, False
    while i < len(text):
        ch, width = text[i], 1
        if "\ud800" <= ch <= "\udbff" and i + 1 < len(text) and "\udc00" <= text[i + 1] <= "\udfff":
            ch, width = text[i:i + 2].encode("utf-16", "surrogatepass").decode("utf-16"), 2
        picture = decode._PRIVATE.match(ch) is not None
        new = "" if ch == " " and after_picture and line_start else decode._replacement(ch)
        if picture and space and text[i + width:i + width + 1] in ("", " ", "\n"):
            out[space[0]], size = "", size - 1
            at[space[1]:] = [size] * (len(at) - space[1])
            space = None
        at += [size] * width
        out.append(new)
        size, i = size + len(new), i + width
        after_picture = picture or after_picture and not new
        if new:
            space = (len(out) - 1, len(at) - width) if new == " " else None
            line_start = new == "\n"
    return "".join(out), at + [size]


def test_cleaning_by_runs_gives_the_walks_text_and_positions():
    rng = random.Random(29)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert decode._clean(text) == _walked(text), repr(text)


def test_a_long_text_with_one_character_to_clean_is_not_walked(monkeypatch):
    asked = []
    replacement = decode._replacement
    monkeypatch.setattr(decode, "_replacement", lambda ch: asked.append(ch) or replacement(ch))
    text = "Motivasi belajar siswa.\n" * 20_000 + "kerja\u00adsama"
    cleaned, at = decode._clean(text)
    assert cleaned == text.replace("\u00ad", "") and len(at) == len(text) + 1 and at[-1] == len(cleaned)
    assert len(asked) < 10
