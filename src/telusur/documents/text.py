"""The .txt reader: any encoding Indonesian text comes in, blog boilerplate removed, lines made into blocks."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..errors import CorpusError
from .decode import decode_bytes, normalize_text, strip_boilerplate, title_from_name, title_from_text
from .furniture import furniture_key, left_out, running_lines
from .model import RAISED, Document
from .script_data import as_markdown, looks_like_data  # a site's lesson text kept as a JavaScript data file
from .structure import (PAGE_NUMBER, cell_line_tables, dash_tables, document_words, hyphen_breaks_word,
                        is_short_heading, page_marker_lines, page_number_lines, parted_by_lines,
                        pipe_tables, place_section_names, spaced_letter, span_breaks_joined, text_blocks,
                        unwrap)


def read(raw: bytes, rel: str) -> Document:
    """A plain-text file: decoded, normalized, blog boilerplate removed, lines made into blocks."""
    decoded = decode_bytes(raw, rel)
    notes: list[str] = []  # the page-foot notes of a PDF's text, set at the end ("¹ Soekanto, …")
    text = normalize_text(without_page_furniture(page_breaks_at_numbers(page_breaks_at_markers(span_breaks_joined(
        cell_line_tables(decoded)))), notes))
    sha = hashlib.sha256(raw).hexdigest()
    from .html import document_from_html, looks_like_html  # a page or template saved as .txt is read as HTML

    if looks_like_data(decoded):  # before HTML: its strings may be pages ("page: `<h2>…`"), its syntax is no text
        from .markdown import read_markdown
        return read_markdown(raw, rel, "txt", as_markdown)
    if looks_like_html(text):
        return document_from_html(text, rel, sha)
    if "\f" not in text and looks_like_markdown(text):  # notes or a chatbot's answer saved as .txt
        from .markdown import read as read_markdown
        titled = _titled_markdown(decoded)
        return replace(read_markdown(raw if titled == decoded else titled.encode("utf-8"), rel), format="txt",
                       sha256=sha)
    text, title = strip_boilerplate(text)
    text = pipe_tables(unwrap(dash_tables(without_page_numbers(text))))
    if not text.strip():
        raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
    placed: set[int] = set()  # titles with no level of their own, placed as a bold line is in the other formats
    blocks = text_blocks(text, placed, parted_by_lines(text))
    if notes:
        blocks = _notes_as_footnotes(text, blocks, notes)
    # the first heading, on one line ("BAB II" over "KAJIAN PUSTAKA" is one title)
    opening = spaced_letter(" ".join(text[blocks[0].start:blocks[0].end].lstrip("# ").split())) \
        if blocks and blocks[0].kind == "heading" else ""
    return place_section_names(Document(rel, title or title_from_text(text) or opening or title_from_name(Path(rel)),
                                        text, sha, blocks, "txt"), placed)


_TERMINAL = (".", "!", "?", ":", ";", "”", '"')
_MD_BOLD = re.compile(r"(?<![*\w])\*\*(?=\S)[^*\n]+?(?<=\S)\*\*(?![*\w])")
_MD_ATX = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_LIST = re.compile(r"^\d{1,3}[.)]\s")  # an ordered list's item, no title
MARKDOWN_BOLD_LINES = 2  # lines with "**bold**" that make a .txt Markdown, or one beside a "#" heading


def looks_like_markdown(text: str) -> bool:
    """A .txt written in Markdown (a note app's export, a chatbot's answer pasted and saved): "**bold**" on two
    lines, or on one beside a "## heading". Read as plain text, "**Inflasi** adalah …" was a list item ("*")."""
    bold = sum(1 for line in text.split("\n") if _MD_BOLD.search(line))
    return bold >= MARKDOWN_BOLD_LINES or bold >= 1 and bool(_MD_ATX.search(text))


def _titled_markdown(text: str) -> str:
    """A .txt in Markdown whose first line is a plain title over a blank line ("Catatan Kuliah Statistika"), as the
    plain reader takes one: written as a Markdown heading, so that it stays the title (Markdown reads it as a
    paragraph, and the file's name became the title)."""
    first, _, rest = text.lstrip("\n").partition("\n")
    plain = first[:1].isalnum() and not _MD_LIST.match(first) and "**" not in first and "|" not in first
    return f"# {first}\n{rest}" if plain and is_short_heading(first) and rest.startswith("\n") and rest.strip() else text


def without_page_furniture(text: str, notes: list[str] | None = None) -> str:
    """Text a PDF was converted to (pdftotext puts a form feed between pages) without its page furniture: page
    numbers and lines repeated at the top or foot of three or more pages (a running header, digits aside) are
    left out, and a paragraph cut by a page break is put back together. Text without form feeds is unchanged.
    notes, when given, gets the notes at the pages' feet (page_foot_notes), set at the text's end."""
    if "\f" not in text:
        return text
    pages = [page.split("\n") for page in text.replace("\r\n", "\n").split("\f")]
    if notes is not None:  # before the furniture: a note's number alone on a line is no page number
        pages = page_foot_notes(pages, notes)

    def margins(lines: list[str]) -> list[int]:  # the first and last three lines holding text
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return filled[:3] + filled[-3:]
    running = running_lines(((furniture_key(lines[i]), n) for n, lines in enumerate(pages) for i in margins(lines)),
                            misread=True)
    kept_pages, met = [], set()
    for lines in pages:
        edge = set(margins(lines))
        kept = [line for i, line in enumerate(lines) if i not in edge or not (
            PAGE_NUMBER.match(line.strip()) or left_out(line, running, met, furniture_key(line)))]
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        if kept:
            kept_pages.append(kept)
    out: list[str] = []
    for lines in kept_pages:  # a page ending mid-sentence runs on into the next one
        last, first = (out[-1].rstrip(), lines[0].lstrip()) if out else ("", "")
        if not out or last.endswith(_TERMINAL) or not first[:1].islower():
            out += ([""] if out else []) + lines
            continue
        if last.endswith("-") and last[-2:-1].isalpha():
            broken = hyphen_breaks_word(last[:-1], first, document_words(text))
            out[-1] = (last[:-1] if broken else last) + first
        else:
            out[-1] = f"{last} {first}"
        out += lines[1:]
    return "\n".join(out + [f"\n{note}" for note in notes or ()])


def page_breaks_at_numbers(text: str) -> str:
    """Text copied out of a PDF viewer page after page (no form feeds) with a page break where each of its page
    numbers stands (structure.page_number_lines), so that without_page_furniture reads its pages as it reads
    pdftotext's: a running header repeated on every page left out, a sentence cut by the page turn put together."""
    if "\f" in text:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    numbers = page_number_lines(lines)
    return "\n".join("\f" if i in numbers else line for i, line in enumerate(lines)) if numbers else text


def page_breaks_at_markers(text: str) -> str:
    """Text a tool extracted from a PDF page by page with a marker line between its pages ("===== PAGE 3 =====",
    "--- Halaman 4 ---": structure.page_marker_lines) with a page break in each marker's place, so that
    without_page_furniture reads its pages as it reads pdftotext's: the marker is no text, a running header is left
    out, a sentence cut by the page turn is put together."""
    if "\f" in text:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    markers = page_marker_lines(lines)
    return "\n".join("\f" if i in markers else line for i, line in enumerate(lines)) if markers else text


def without_page_numbers(text: str) -> str:
    """Text copied out of a PDF viewer page after page (no form feeds between pages) without the page numbers that
    stand among its lines (structure.page_number_lines), so a sentence running over a page joins again."""
    lines = text.split("\n")
    numbers = page_number_lines(lines)
    return "\n".join(line for i, line in enumerate(lines) if i not in numbers) if numbers else text


# A note's number at a page's foot as pdftotext gives it: alone on its line ("12"), or before the note's text
_FOOT_LABEL = re.compile(r"^[ \t]*(\d{1,3})(?:[ \t]+(\S.*))?$")
# A note's mark in running text, its raised digits run into the word or the stop before them: "utuh.1", "hukum,12"
_RUN_IN_MARK = re.compile(r"(?<=[^\W\d_])([.,;:!?”\"’)]?)(\d{1,3})(?=[ \t]|$)")
_NOTE_ENDS = re.compile(r"[.)”\"]$")
# Digits run straight into a chemical formula or a unit are its subscript or power, no note's mark: "CO2", "CaCO3",
# "KMnO4", "m2", "km3": a word of element symbols with a small letter or of two capitals at most ("MPR1", "BPS12" are
# an acronym's mark; "Ia2", "Di2" a word's), or a metre's symbol
_ELEMENTS = ("He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Zr|Nb|Mo|Ru|Rh|Pd|Ag|"
             "Cd|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Nd|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|Rn|Ra|Th|Pu|H|B|C|N|O|F|P|S|K|V|I|W|U")
_FORMULA_OR_UNIT = re.compile(rf"(?<![\w])(?:(?P<formula>(?:{_ELEMENTS})+)|[kcdm]?m)$")
_LONGEST_FORMULA = 12  # where a formula before a mark may start, at most: searched from each mark's start, quadratic


def _a_formula_or_unit(line: str, end: int) -> bool:
    m = _FORMULA_OR_UNIT.search(line, max(0, end - _LONGEST_FORMULA), end)
    formula = m and m.group("formula")
    return m is not None and (not formula or formula.upper() != formula or len(formula) <= 2)


# Words that open what follows them and close nothing, so no note's mark runs into them without a stop: a preposition,
# a conjunction, a subject's pronoun ("Di2 daerah pesisir", "Ia2 kemudian" are a word and a digit pdftotext ran on),
# in English too ("the Law of2 Moses" in an English quotation)
_OPENING_WORDS = frozenset("di ke dari pada kepada daripada dan atau serta yang bahwa ia untuk dengan oleh bagi tentang "
                           "terhadap sebagai dalam of in on at to for from with by and or the an".split())
_WORD_BEFORE_MARK = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,9}$")


def _after_an_opening_word(line: str, end: int) -> bool:
    word = _WORD_BEFORE_MARK.search(line, max(0, end - 10), end)
    return word is not None and word.group().lower() in _OPENING_WORDS


def _run_in_marks(line: str):
    """The note marks run into the words of a line (_RUN_IN_MARK), a formula's or a unit's digits and digits after a
    word that closes nothing (_OPENING_WORDS) left out."""
    return (m for m in _RUN_IN_MARK.finditer(line)
            if m.group(1) or not (_a_formula_or_unit(line, m.start(2)) or _after_an_opening_word(line, m.start(2))))
_FEET_TRIED = 3  # where a page's notes may start, tried at most


def page_foot_notes(pages: list[list[str]], notes: list[str]) -> list[list[str]]:
    """The pages of a PDF's text with their footnotes taken from their feet: a run of note numbers at a page's foot
    (each alone on its line or before its note's text) that continues the notes before it, each number also a
    mark run into a word of the page's text above it, in order ("… secara utuh.1 …" over "1" and "Maidin Gultom,
    …"). The marks are raised ("utuh.¹"), as the other readers write them; each note goes to notes as one line
    ("¹ Maidin Gultom, …"). A page whose foot does not read so is left as it is. Notes numbered again from 1 on each
    page (Word's "restart each page") read so too; a running footer under the notes (_footer_keys) is no note's."""
    out, first = [], None
    footers = _footer_keys(pages)
    for lines in pages:
        found = _foot_of(lines, first, footers)
        if found is None:
            out.append(lines)
            continue
        body, texts, numbers = found
        out.append(body)
        notes += [f"{str(n).translate(RAISED)} {t}" for n, t in zip(numbers, texts)]
        first = numbers[-1] + 1
    return out


def _footer_keys(pages: list[list[str]]) -> frozenset[str]:
    """The running footer lines under pages' notes ("Skripsi Program Studi ..., Fakultas Syariah"), spacing aside: a
    line of 20 characters or more among a page's last three holding text, written the same at two pages' feet or
    more (a note's line is not: "Ibid." is shorter, a short form's page differs, and a note cited in full twice
    holds its page, its publication's parenthesis or its date: _A_NOTES_LINE)."""
    seen: Counter = Counter()
    for lines in pages:
        filled = [" ".join(line.split()) for line in lines if line.strip()]
        seen.update({line for line in filled[-3:] if len(line) >= 20 and not _FOOT_LABEL.match(line)
                     and not _A_NOTES_LINE.search(line)})
    return frozenset(k for k, n in seen.items() if n >= 2)


# A note's line: its page ("..., hlm. 35."), its publication's parenthesis ("(Jakarta: Kencana, 2006)") or a date or year
# closing it ("Wawancara dengan Bapak Ahmad, 12 Maret 2021.")
_A_NOTES_LINE = re.compile(r"\b(?:hlm|hal|pp?)\.|\([^()]*\d{4}\)|\b\d{4}\.?$")


def _foot_of(lines: list[str], first: int | None, footers: frozenset[str] = frozenset()
             ) -> tuple[list[str], list[str], list[int]] | None:
    """A page's text with its marks raised, its notes' texts and their numbers, or None. A few feet are tried at
    most, each at a number line whose number a line above marks (a page of numbers one a line tries none). A page's
    notes continue the ones before (first) or start again from 1; each closes its sentence, as a note does."""
    labels = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _FOOT_LABEL.match(line))]
    marked: set[int] = set()  # the numbers run into words on the lines above the one looked at
    done = tries = 0
    for s, start in labels:
        if not s or (first is not None and start not in (first, 1)):
            continue
        marked.update(int(m.group(2)) for line in lines[done:s] for m in _run_in_marks(line))
        done = s
        if start not in marked:
            continue
        tries += 1
        if tries > _FEET_TRIED:
            return None
        after = Counter(n for i, n in labels if i >= s)
        numbers = [start]
        while after[numbers[-1] + 1]:
            numbers.append(numbers[-1] + 1)
        if any(after[n] > 1 for n in numbers):
            continue
        body = _raised(lines[:s], numbers)
        texts = _note_texts([line for line in lines[s:] if " ".join(line.split()) not in footers], numbers)
        if body is None or texts is None or not all(_NOTE_ENDS.search(t) for t in texts):
            continue  # a note ends its sentence: rows of a table at the foot ("2 Kamar tidur 12" under "m2") are none
        while body and not body[-1].strip():
            body.pop()
        return body, texts, numbers
    return None


def _raised(lines: list[str], numbers: list[int]) -> list[str] | None:
    """The lines with the marks of these notes raised, each found once and in order after the one before; None when
    one is missing."""
    out, want = [], iter(numbers)
    n = next(want)
    for line in lines:
        marks = {m.start() for m in _run_in_marks(line)}

        def raise_mark(m: re.Match) -> str:
            nonlocal n
            if n is None or int(m.group(2)) != n or m.start() not in marks:
                return m.group()
            n = next(want, None)
            return m.group(1) + m.group(2).translate(RAISED)
        out.append(_RUN_IN_MARK.sub(raise_mark, line))
    return out if n is None else None


def _note_texts(lines: list[str], numbers: list[int]) -> list[str] | None:
    """The texts of the notes at a page's foot, in order, one per number: a number's line starts a note; a number
    left alone after its note (pdftotext moves a raised one) splits a note where a line closes a sentence and the
    next opens with a capital. None when they cannot be told apart."""
    notes: list[list[str]] = []
    wanted = set(numbers)
    for line in lines:
        label = _FOOT_LABEL.match(line)
        if label and int(label.group(1)) in wanted:
            notes.append([label.group(2)] if label.group(2) else [])
        elif label and not label.group(2):
            continue  # the page's number
        elif line.strip():
            if not notes:  # text above the first number (none: the foot starts at one)
                notes.append([])
            notes[-1].append(line.strip())
    notes = [n for n in notes if n]
    missing = len(numbers) - len(notes)
    if missing > 0:
        cuts = [(i, k) for i, n in enumerate(notes) for k in range(1, len(n))
                if _NOTE_ENDS.search(n[k - 1]) and n[k][:1].isupper()]
        if len(cuts) != missing:
            return None
        for i, k in reversed(cuts):
            notes[i:i + 1] = [notes[i][:k], notes[i][k:]]
    if len(notes) != len(numbers):
        return None
    return [" ".join(n) for n in notes]


def _notes_as_footnotes(text: str, blocks: tuple, notes: list[str]) -> tuple:
    """The blocks holding the page-foot notes set at the text's end read as footnotes."""
    wanted = {" ".join(n.split()) for n in notes}
    return tuple(replace(b, kind="footnote", level=0, marker="")
                 if " ".join(text[b.start:b.end].split()) in wanted else b for b in blocks)
