"""A program's data literal saved as text: a site's lesson text kept as a JavaScript (or JSON) array of objects.

Web projects keep their pages' text in a data file ("const Materi = [{ title: "…", desc: ["…", ["…", "…"]] }]") and
a course hands that file out, or it is saved as .txt. Read as plain text, its quotes, keys and brackets split every
paragraph from its title and a list from the sentence that leads it. Here the literal is written as the Markdown it
means: a title key's string is a heading (one level deeper per titled object it sits in), a string of words a
paragraph, an array of strings a list, and single-word values (ids, "jpg", paths, addresses) are left out."""

from __future__ import annotations

import re

# Keys whose string names the object it sits in (its heading).
TITLE_KEYS = frozenset({"title", "judul", "name", "nama", "heading", "header", "subtitle", "subjudul", "topic",
                        "topik", "bab", "subbab"})
LIST_ITEM_CHARS = 300  # an array of strings none longer than this is a list; longer strings are paragraphs
DATA_SHARE = 0.5  # a data file's strings of words hold at least this share of its characters

_OPENING = re.compile(r"\A\s*(?:(?:export\s+default|module\.exports\s*=|(?:export\s+)?(?:const|let|var)\s+"
                      r"[A-Za-z_$][\w$]*\s*(?::[^=]+)?=)\s*)?(?=[\[{])")
_DECLARATION = re.compile(r"\s*;?\s*(?:(?:export\s+)?(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*(?::[^=]+)?=|"
                          r"export\s+default|module\.exports\s*=)\s*(?=[\[{])")
_TRAILER = re.compile(r"\s*;?\s*(?:export\s+default\s+[A-Za-z_$][\w$]*\s*;?\s*|"
                      r"(?:module\.)?exports(?:\.\w+)?\s*=\s*[A-Za-z_$][\w$]*\s*;?\s*)*\Z")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_ESCAPES = {"n": "\n", "t": " ", "r": "", "b": "", "f": "", "v": ""}
_NO_TEXT = re.compile(r"\A(?:\S+\.(?:jpe?g|png|gif|svg|webp|mp[34]|pdf)|https?://\S*|[\w./#?=&%-]*/[\w./#?=&%-]*)\Z",
                      re.I)


class _NotData(ValueError):
    pass


def looks_like_data(text: str) -> bool:
    """Text that is a program's data literal (one or more "const X = [...]" or a JSON value) whose strings of
    words are most of it: lesson text kept in a data file, not a program that happens to open with a bracket."""
    if not _OPENING.match(text):
        return False
    try:
        values = _literals(text)
    except (_NotData, RecursionError):  # nested deeper than Python recurses ("[[[[…"): no lesson is written so
        return False
    words = sum(len(s) for s in _strings(values) if " " in s.strip())
    return words >= DATA_SHARE * len(text.strip())


def as_markdown(text: str) -> str:
    """The Markdown a data literal means (see the module's docstring)."""
    out: list[str] = []
    for value in _literals(text):
        _write(value, 1, out)
    return "\n\n".join(out) + "\n"


def _literals(text: str) -> list:
    m = _OPENING.match(text)
    if not m:
        raise _NotData("no literal")
    parser = _Parser(text, m.end())
    values = [parser.value()]
    while True:
        if _TRAILER.match(text, parser.i):
            return values
        d = _DECLARATION.match(text, parser.i)
        if not d:
            raise _NotData(f"text after the literal at {parser.i}")
        parser.i = d.end()
        values.append(parser.value())


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [s for v in items for s in _strings(v)]


def _is_text(s: str) -> bool:
    """A string of words: not an id, a file's name, a path or an address."""
    s = s.strip()
    return bool(s) and any(c.isalpha() for c in s) and " " in s and not _NO_TEXT.match(s)


def _title_of(obj: dict) -> str | None:
    for key, value in obj.items():
        if key.lower() in TITLE_KEYS and isinstance(value, str) and value.strip() and not _NO_TEXT.match(value.strip()):
            return key
    return None


def _write(value, level: int, out: list[str], after: str = "") -> None:
    if isinstance(value, str):
        if _is_text(value):
            out.append(_paragraph(value))
    elif isinstance(value, dict):
        key = _title_of(value)
        if key:
            out.append(f"{'#' * min(level, 6)} {' '.join(value[key].split())}")
        for k, v in value.items():
            if k != key:
                _write(v, level + 1 if key else level, out)
    elif isinstance(value, list):
        _write_array(value, level, out)


def _write_array(items: list, level: int, out: list[str]) -> None:
    texts = [s for s in items if isinstance(s, str) and s.strip() and any(c.isalpha() for c in s)]
    if texts and len(texts) == len(items) and (len(texts) > 1 or out and out[-1].rstrip().endswith(":")) \
            and max(map(len, texts)) <= LIST_ITEM_CHARS:
        out.append("\n".join(f"- {' '.join(s.split())}" for s in texts))
        return
    for item in items:
        _write(item, level, out)


def _paragraph(s: str) -> str:
    return "\n".join(" ".join(line.split()) for line in s.strip().split("\n"))


class _Parser:
    """A forgiving reader of JavaScript object and array literals (keys bare or quoted, trailing commas, comments);
    anything else in value position (numbers, names, calls) is skipped up to the next comma or closing bracket."""

    def __init__(self, text: str, i: int):
        self.text, self.i = text, i

    def skip(self) -> None:
        t = self.text
        while self.i < len(t):
            if t[self.i].isspace():
                self.i += 1
            elif t.startswith("//", self.i):
                end = t.find("\n", self.i)
                self.i = len(t) if end < 0 else end
            elif t.startswith("/*", self.i):
                end = t.find("*/", self.i + 2)
                if end < 0:
                    raise _NotData("open comment")
                self.i = end + 2
            else:
                return

    def peek(self) -> str:
        self.skip()
        return self.text[self.i] if self.i < len(self.text) else ""

    def value(self):
        c = self.peek()
        if c == "[":
            return self.array()
        if c == "{":
            return self.object()
        if c in "\"'`":
            return self.string()
        return self.other()

    def array(self) -> list:
        self.i += 1
        items = []
        while True:
            c = self.peek()
            if c == "]":
                self.i += 1
                return items
            if not c:
                raise _NotData("open array")
            if c == ",":
                self.i += 1
                continue
            items.append(self.value())

    def object(self) -> dict:
        self.i += 1
        obj: dict = {}
        while True:
            c = self.peek()
            if c == "}":
                self.i += 1
                return obj
            if not c:
                raise _NotData("open object")
            if c == ",":
                self.i += 1
                continue
            key = self.key()
            if self.peek() != ":":
                if key is not None and self.peek() in ",}":  # shorthand property "{ nama }"
                    continue
                raise _NotData(f"no colon at {self.i}")
            self.i += 1
            value = self.value()
            if key is not None and key not in obj:
                obj[key] = value

    def key(self) -> str | None:
        c = self.peek()
        if c in "\"'`":
            return self.string()
        m = _IDENT.match(self.text, self.i)
        if not m:
            raise _NotData(f"no key at {self.i}")
        self.i = m.end()
        return m.group()

    def string(self) -> str:
        t, quote = self.text, self.text[self.i]
        self.i += 1
        out: list[str] = []
        while self.i < len(t):
            c = t[self.i]
            if c == quote:
                self.i += 1
                return "".join(out)
            if c == "\\" and self.i + 1 < len(t):
                nxt = t[self.i + 1]
                if nxt == "u" and re.match(r"[0-9a-fA-F]{4}", t[self.i + 2:self.i + 6]):
                    out.append(chr(int(t[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(_ESCAPES.get(nxt, "" if nxt == "\n" else nxt))
                self.i += 2
                continue
            if c == "\n" and quote != "`":
                raise _NotData("open string")
            out.append(c)
            self.i += 1
        raise _NotData("open string")

    def other(self) -> None:
        """A number, a name or a call: skipped to the next comma or closing bracket at its own depth."""
        t, depth, start = self.text, 0, self.i
        while self.i < len(t):
            c = t[self.i]
            if c in "\"'`":
                self.string()
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif c == "," and depth == 0:
                break
            elif c == ";" and depth == 0:
                raise _NotData("a statement, not a literal")
            self.i += 1
        if self.i == start:
            raise _NotData(f"nothing at {self.i}")
        return None
