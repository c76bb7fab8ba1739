"""Files -> Documents: one reader per format behind one entry point for a folder, and a report on every file."""

from __future__ import annotations

import importlib
import logging
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from ..errors import CorpusError
from ..limits import ReadingLimits, check_packed, check_text, memory_reason
from .model import Block, Document, DocumentBuilder, Location

__all__ = ["READERS_VERSION", "Block", "Corpus", "Document", "DocumentBuilder", "FileReport", "Location", "SkippedFile",
           "corpus_files", "failure_reason", "read_corpus", "read_document", "read_one", "READERS"]

# Bumped when a reader changes what it makes of a file, so that indexes built with the older reader are rebuilt.
# 4: paragraphs read on across a column break, ligatures as letters, headings under a lead-in as items in every format
# 5: PDF footnotes per column, one block per note, a note reference in a row of its own left out
# 6: a PDF page's short right column read in columns when the document's other pages show the gutter
# 7: PDF page numbers per chapter ("II-5") read as the printed page and left out of the text
# 8: a drop cap joined to its paragraph's first line
# 9: a short chapter's running header dropped where the document's running headers stand
# 10: numbered headings of a skripsi in .txt ("BAB II", "2.1 Judul"), bold-only paragraphs of a web page as headings
# 11: a word hyphenated at a hard-wrapped .txt/.md line end joined whole ("kemen-" "terian")
# 12: PDF: a long heading wrapped before a lower-case word is one heading; a sentence runs on below a gap
# 13: zero-width spaces and joiners left out at the boundary ("kerja\u200bsama" is one word)
# 14: a PDF note reference typed after a stop and a space ("persidangan. ⁹") left out
# 15: PDF pages in three columns read column by column
# 16: a DOCX number set superscript by hand read as superscript ("internasional¹", not "internasional1")
# 17: Markdown inline <sup> numbers read as superscript ("m²", "kerjasama³")
# 18: a DOCX note reference kept as its mark in the text ("hukum.¹", endnotes "[i]"), its note opening with the mark
# 19: a PDF note reference glued to its word kept as its raised mark ("kebijakan.¹⁰"), not left out
# 20: a .txt converted from a PDF (form feeds) without page numbers and running headers, paragraphs rejoined
# 21: an HTML definition list reads each term with its definition
# 22: a DOCX paragraph hard-wrapped with line breaks rebuilt
# 23: a PDF note reference typed after a stop and a space goes back to the stop as its mark ("persidangan.⁹")
# 24: a PDF line cut by PDFium at a note reference is one row again, the mark after its word ("hewan-hewan.³ Selain")
# 25: Markdown table cells past the header's count read, not dropped
# 26: PDF: an unnumbered note set apart at a page foot a footnote; an item read on over a page with shifted margins
# 27: 25 undone: Markdown table cells past the header's count dropped again (they outranked the prose)
# 28: PDF "Lanjutan Tabel 2" (a continued table's caption) is no text
# 29: PDF one-word lines of justified columns, page-numbered headers that differ on every page
# 30: a hard-wrapped line is full when a page range ("652-653).") could not follow it (no break between digits)
# 31: PDF headers of a 2-3 page article that differ page to page, no number, one band in a smaller type
# 32: PDF figure caption inside an open sentence set after it; a caption is never a heading
# 33: PDF columns around a full-width band: a heading over the band, a full-width line split at the gutter
# 34: PDF text running from a column's foot into a full-width band
# 35: PDF a justified full-width line whose stretched space falls on the gutter is one line
# 36: more names of a reference-list heading ("Daftar Kepustakaan", "Pustaka Acuan", "Literatur", "BAB VI DAFTAR PUSTAKA")
# 37: an item title "X menurut Y (2019)" titles its paragraph like "Y (2019)" (structure.is_name_year_line)
# 38: a line numbered "2.1" is no list item "2." (its text was "2. 1 ..."); in Markdown, without "#", it is a section
# 39: hard-wrapped .txt/.md: the width read from prose lines only, a wrapped line's last piece no heading, items running
#     on in lower case, markers running inline, open emphasis, footnotes, paragraphs parted at one line break
# 40: PDF: a name's initials at a line end ("Prof. Dr. R." / "D. Kandou") open no item; a justified paragraph's short
#     line ends it before an indented line; an item's title gives back the indented first line of the paragraph
#     under it; a PDF whose typesetter hyphenates joins the names and loan words it broke ("Tasik-" "malaya"); a
#     header set in pieces over the columns dropped whole; "me-" "kanisme" is no reduplication
# 41: hard-wrapped .txt/.md from fmt (lines balanced short of the width), from a hyphenating PDF exported to text
#     (names and loan words broken at a line end joined), a closing bracket before a small letter, "1.<tab>" items
# 42: PDF: a note mark before a justified line's stretched space keeps its line whole ("pertobatan.²" / "Selain itu")
# 43: DOCX typed without heading styles: "BAB II" / "TINJAUAN PUSTAKA" in bold over a line break is the chapter's
#     heading, a bold "2.1 Judul" / "2.1.1 Judul" takes its depth from its number
# 44: PDF: an item's title wrapped over two lines gives back the indented first line of the paragraph under it too
# 45: hard-wrapped text: a link longer than the width cut by the wrapper is whole again; HTML source wrapped after a
#     hyphen reads "aksioma-aksioma", "bertindak", not "aksioma- aksioma"
# 46: a lead-in closed by a note's mark ("… antara lain:³") leads its list (structure.is_lead_in)
# 47: PDF: a line ending on a title or initial ("… di Prof.", "RSUP Prof DR.") goes on inside a list item too
# 48: PDF ruled tables read cell by cell (documents/pdf_tables.py): a row per line, cells joined by " | ", each cell's
#     wrapped lines in order; a table going on over a page is one table, its repeated header row read once
# 49: a forced line break cutting a sentence (Markdown two spaces, backslash, <br>; HTML <br>) is a space when the
#     line leaves its sentence open and the next goes on in small letters (structure.mend_hard_breaks)
# 50: DOCX: a paragraph cut at a page's end (a page break after its text, before the next paragraph's, Word's last
#     rendered page break, "page break before") goes on in the next when it leaves its sentence open in small letters
# 51: Markdown: a list inside a blockquote is a list (items with their markers), not quote lines
# 52: Markdown two trailing spaces ending a paragraph (a heading, list, quote, rule or fence below) leave no backslash
# 53: PDF tables: only the page's own rules (a form XObject's paths are placed by the form's matrix, not read)
# 54: DOCX pasted one paragraph per line (text copied out of a PDF viewer) read as the .txt reader reads that text
# 55: PDF tables ruled as APA asks (rules above, under the header, below; none vertical) read cell by cell
# 56: HTML made from a PDF, a <p> per line, read as its text (as a pasted DOCX, text.pasted_lines)
# 57: Markdown: a citation shortcode or Liquid tag ({{< cite "Deming1986" 23 >}}, {% cite key --locator 23 %}) is
#     written as pandoc writes a citation ("[@Deming1986, 23]"), not dropped
# 58: APA tables drawn by Word: rules cell by cell, a header rule broken between column groups, rows without padding
# 59: PDF: a page of a two-column document whose other column holds a line or a few (a heading over a table) is
#     read in the document's columns when no row crosses its gutter
# 60: a .txt copied page after page from a PDF viewer: its page numbers among the lines left out
# 61: PDF: in a list whose items wrap under their text, a line back at the markers' x ends the item
# 62: PDF: a column of few rows beside a long one: the gutter ends where that column's rows start, not past its list markers
# 63: PDF: a bold heading wrapped over the colon that ends it ("... Mengenai" / "Matematika antara lain :") is one heading
# 64: PDF: a page of a two-column document with a ruled table inside one column and no row across the gutter is read
#     in the document's columns
# 65: PDF: an item's title filling its line leaves the paragraph under it whole when its next line goes on in small letters
# 66: a BibTeX bibliography (.bib) beside a pandoc text, read as the reference list it renders to
# 67: PDF: an item's first line (at its marker) ending a sentence goes on in the line under its text: a wrap, not an indent
# 68: a reduplication broken at a line end ("obat-" / "obatan", "setinggi-" / "tingginya") keeps its hyphen
# 69: Markdown: an inline note ("^[...]", pandoc's) is labelled "n1", "n2" … in its reference and its block, paired
# 70: PDF: a table going on in the next column (its header set again) is one table, its parts in reading order
# 71: a pasted text with many short lines (its tables' cells) still read as pasted; wrap width from long lines
# 72: PDF: a page's footnotes wait while a list (or its lead-in) goes on over the page: they cut it in two passages
# 73: Markdown: a bibliography in the YAML front matter ("references:", CSL YAML or entries written out) is the
#     text's reference list; the front matter's lines are never rejoined as a hard-wrapped paragraph; and PDF: a
#     reference list's heading over a group heading ("Daftar Rujukan" / "Buku-buku") keeps its entries (7d0cf7d)
# 74: PDF: the left margin is the leftmost line start shared by a quarter as many lines as the most common one
# 75: PDF: a ruled table's row split over pages, or its last row alone at the next page's top, stays in the table
# 76: PDF: in justified text, a one-line paragraph at the first-line indent, then a line at that indent, are two
# 77: PDF: a line left open but short at a page's or column's foot, then an indented capital there, ends its block
# 78: PDF: a list's first item under a lead-in whose colon carries a note's mark ("… yaitu :¹") opens the list
# 79: PDF: a line opening with a number that closes the parenthesis the line above left open is no list item and
#     goes on with it ("(Rahman, 2017, hlm." / "12) sehingga ..."); a line left short after a stop or a colon only
#     because the next word did not fit, the next line going on in small letters at the margin, goes on
# 80: PDF: in ragged (left-aligned) text, a paragraph that opened with a first-line indent goes on past a sentence
#     ending on a short line when the next full line stands back at the margin
# 81: PDF: a note referring back ("Ibid., hlm. 43.", "Op. cit.") repeated at the foot of page after page is a note, not
#     a running footer; a note set apart below a reference list ("*Dr. ..., Dosen ...") ends the list, not its last entry
# 82: PDF: lines repeated at the page foot whose numbers jump page to page, neither staying nor stepping with the page
#     (a note citing a work short, "Wijaya, Sejarah ..., hlm. 43." / "... hlm. 58."), are no running footer
# 83: PDF: a footer's numbers may step two printed pages to a sheet (12, 14, 16); a rate other than 0, 1 or 2 is a note's
# 84: PDF: a page's last line opening with the number of a note its text marks is that note, not a page number that
#     counts as the pages do (one note a page, "3 Ibid, hlm 12" on page 3)
# 85: PDF: a figure's caption or source line at a page's or column's foot does not go on into the next page's text
# 86: hard-wrapped .txt/.md: a Markdown hard break ("\\") keeps its line before a small letter; an emphasis or bracket
#     is open or closed over the paragraph rebuilt so far; an item's own marker is no earlier number inside it;
#     "*b.<tab>" is a marker's tab; a dash alone or a line over a link longer than the width is no cut token; a
#     wrapper never breaking after a hyphen (fmt, mail) is read by whole words; fmt's full line ending a sentence
#     over a capital ends its paragraph in a text parted by single line breaks
# 87: .txt/.md and HTML: a hyphen before a space between letters ("masing- masing", "non- negara") reads as the line
#     break it was, by the rule of a hyphen at a wrapped line's end ("pra- dan pasca-" keeps its space)
# 88: DOCX: a list defined through a numbering style (numStyleLink -> a style of type "numbering") shows its markers
# 89: text exported from a typeset PDF: a word broken into pieces Sastrawi takes for words ("pepe-" / "rangan"), after
#     "ke-" ("ke-" / "tidakpastian") or after a syllable that is a kept prefix ("semi-" / "otika") is read whole; a
#     hyphen before a space is judged typeset over the whole text
# 90: .txt/.md: a hard-wrapped line holding two spaces between words is full when the next word did not fit by the
#     one more space a greedy wrapper counted at the break ("… klinis  ISPA")
# 91: PDF: C1 control codes (a font with no encoding showing 0x80-0x9F) count as unreadable glyphs, as C0's do: a page
#     of them asks for OCR, a font showing them among letters is left out as garbled
# 92: a symbol font's glyphs given as private use (U+F000 plus the font's code: a PDF's "SymbolMT" asterisk, a DOCX
#     run typed in Symbol, Wingdings' w:sym) read as Symbol's or Wingdings' known characters; any other private-use
#     character is left out, with one space beside it, and the build report says how many
# 93: PDF: an item's title set all in bold, left open at a page's or column's foot, ends there when the next page
#     opens at a first-line indent with a capital, as a title ending short did ("d) Nabi-Nabi Masa Pembuangan: Daniel
#     dan Yehezkiel" / "Meskipun ...")
# 94: PDF: nearly equal lines at pages' feet (or tops) are one OCR'd footer only when set apart from the text (two
#     lines of running text sharing most words were dropped); a reference entry in a right column starts at that
#     column's edge (not the page's); ragged text whose paragraphs are set apart by space (Word's Normal style) goes
#     on past a short line ending a sentence when the next word did not fit there (bench/rendered.py layout "word")
# 95: a list typed by hand nests by indent (.txt: its spaces or tabs; DOCX: a paragraph's indent); a .txt's short
#     line alone between blank lines over prose is a heading (the first its title); Wingdings 2's and 3's bullets
#     and checks read as their characters, and a line opening with any bullet glyph ("▪", "➢", "►") is an item in
#     every reader, as in PDFs
# 96: PDF: an item's title left open at a page's or column's foot ends there when the next page's text opens at the
#     margin left of the item's marker with a capital (Word's Normal style: no first-line indent), as at an indent
# 97: DOCX: a list typed by hand under a Word-numbered item nests under it (the item's indent is its list level's
#     when the paragraph sets none); Webdings' triangles, squares, circle and checks read as their characters;
#     hard-wrapped text: a reference entry goes on past its publisher's city ("Jakarta:" / "Rajawali Pers."), and a
#     line set back left of the wrapped line above it (an item's hanging lines) leaves that block; PDF: a paragraph
#     whose first-line indent falls where the list's text stands ends the list when its next line is back at the
#     margin, and a list's levels in a column are measured from the column's margin, not its leftmost line
# 98: PDF: an item's title left open at a page's or column's foot ends there when the next page or column opens at a
#     first-line indent (as deep as the item's text) whose next line is back at the margin, though the title ended
#     too near the edge for the next word (LibreOffice's two columns)
# 99: chunking: a long list cut into passages never ends a passage with a lead-in inside it or an item's title: each
#     goes with what it leads into ("Atau dapat pula dihitung ... sebagai berikut:" / its formula)
# 100: Markdown: a lead-in ending in ":" repeated three times or more ("Rumus yang digunakan adalah:" over each formula)
#     is the text's own, not a running header carried over from a PDF
# 101: sentences: a name's initials run together ("C.W. Churchman", "H.A.R. Tilaar") and "Hj.", "Jr.", "Sr." end no
#     sentence (2152af3), which moves passage and part boundaries in a text that writes them
# 102: the running-header rule in one place (documents/furniture.py): a lead-in ending in ":" is no running header in
#     a pdftotext .txt either; a header OCR misread on some pages of a .txt is left out with its well-read copies; a
#     reference-list heading over each page of the list (.txt, .md) heads it once, so the list is read as one
# 103: Markdown: a short paragraph repeated three times or more is a running header only where pages break (next to a
#     page number or a rule, or inside a sentence running over a page) or when it carries a number; else it is a label
#     heading the text's own content ("Penyelesaian" over each worked example's solution) and is kept
# 104: PDF: a font whose codes are shifted by a constant (a subset font without a Unicode map: "dan" shows as "GDQ",
#     the space as a control code) is read back instead of left out
# 105: PDF: over a page or column break, a sentence left open runs on onto a line that only looks like an item (a
#     name's initials "S. J. Huston (2010)", the number a word before it takes "pada Tabel" / "1. Menurut ...")
# 106: Markdown: a bold paragraph written three times or more ("**Penyelesaian**" over each worked example's solution)
#     is a label heading the text under it, not a section's name
# 107: PDF: a shifted font's codes that PDFium would take for white space ('(' ')' '9' ':' and the apostrophe shifted by
#     29 show as 0x0B 0x0C 0x1C 0x1D 0x0A) are its glyphs, read back with the rest, not spaces or line ends
# 108: Markdown: a rule alone is no page break (an author's "---" between sections, a label after each one is kept);
#     a page number or a sentence running on past a rule still is
# 109: Markdown: a bold paragraph is a label (106) only when written twice or more under one nearest heading; written
#     once under each of several ("**Rangkuman**" closing each chapter of a module) it names a section again
# 110: PDF: glyphs a shifted font's shift cannot read (curly quotes, an ellipsis) left out between two words' letters
#     leave a space ("abdi Allah”yang", "Israel…hlm. 180." no longer glue), unless the two make one known word
# 111: PDF: a shifted font's shift is decided once a document, on a page that shows enough of its text; a page with
#     too few of its letters to tell (a footnote's "hlm. 176."), before or after that page, is read back by it
# 112: Markdown: a bold section name written under several headings sits one level under the shallowest heading its
#     places do not share ("**Rangkuman**" closing each chapter beside "## 1.1 Uraian", not under it)
# 113: HTML and DOCX too (one rule, structure.place_section_names): a bold paragraph written under several headings
#     sits one level under the shallowest heading its places do not share, not one under the last <hN> or style
# 114: a sentence ending "… sebagai berikut", "… berikut ini", "… di bawah ini" (stop or none) over two headings or
#     more one level down announces them as its items (structure.announces_list)
# 115: DOCX: a reference manager's citation fields (Mendeley's, Zotero's CSL data) kept with the document
#     (Document.fields), so a citation shown without its author ("(2019)") is given the work its field names
# 116: DOCX: Word's own citation fields ("CITATION Tag \n", their sources in a customXml b:Sources part) and EndNote's
#     ("ADDIN EN.CITE", its data in the code or base64 in w:fldData) are kept as Document.fields too
# 117: a bold name written under several headings is lifted to a shallower level only where it closes that level's
#     sections ("Kelebihan" under "2.1 MySQL" with "2.2 …" after it stays 2.1's, though 3.2 of another chapter has one)
# 118: a sentence pointing at a figure or a table ("… pada gambar di bawah ini.") announces no list: the headings
#     after it stay headings (structure.announces_list)
# 119: only a caption word with its number, or after a word pointing at it ("pada gambar di bawah ini"), makes a
#     sentence point at a figure: "Langkah-langkah membuat tabel sebagai berikut." announces its list again
# 120: a short line stating an equation ("NPM = Laba bersih / Penjualan x 100%") is no title (is_short_heading): a
#     plain text's formula set alone under "Rumusnya sebagai berikut:" is no section heading, nor a bold one in DOCX
# 121: PDF too: a heading only its bold sets apart in the body's type, with no number, is placed by
#     structure.place_section_names as Markdown's, HTML's and DOCX's bold lines are ("Rangkuman" closing each chapter
#     is the chapter's, not a part of its last subsection, where its type size alone ranked it)
# 122: a .txt's hard-wrapped reference entry ending in its link no longer runs on into the next entry's line
#     ("… Available from: https://www.who.int/x" / "Subekti, R. (2019). …")
# 123: a table typed with pipes in a .txt ("| MySQL | GPL |", a rule row under its header or none, "+---+" grids) is
#     one table block, its rows as every reader writes them; a Markdown paragraph of pipe rows (no rule row) too
# 124: a .txt's titles at the level the text shows: a numbered one its numbering's depth (a line alone too: "BAB 1
#     PENDAHULUAN" was level 2 beside "1.1 …"), the first title, a line in capitals or one underlined with "=" the top,
#     any other (or underlined with "-") one under the nearest title with a level of its own, placed by
#     structure.place_section_names as the other formats' bold lines are; an underline is no list item
# 125: PDF: a footnote whose number is set in its own type glued to its text ("1Hendra Wijaya, …", LibreOffice) has
#     that number as its label ("1 Hendra …"), so its mark cites the note's work
# 126: a news site's link to its other articles inside the article ("Baca juga: <a>…</a>", "Artikel terkait: …") is
#     left out of a saved page, and its line of a .txt or .md copy; HTML class words "tag"/"tags" are page furniture
# 127: a .txt copied out of a PDF viewer page after page (no form feeds): a page break where each page number stands,
#     so its running header is left out and a sentence or word cut by the page turn joined, as with form feeds
# 128: a .txt's first line over a line of its own (its author, a date) is its title, as over prose
# 129: a .txt whose paragraphs are its lines (Word's or LibreOffice's "Save as plain text", no blank line anywhere)
#     has its titles read on their own lines, as between blank lines; a "Sumber:" line under a short line is no prose
# 130: ... a line opening alike that is no headline (a lecture's "Lihat juga: Pasal 2 KUHP (Moeljatno, 2008).", ending
#     in a full stop or citing) is kept
# 131: a blog post's element (WordPress's "hentry", "type-post") is never page furniture, so a post tagged "guru" (class
#     "tag-guru", read as a tag list since 126) or filed under "social-media" is read
# 132: saved pages and exports no open document had. HTML: a table's <caption> (and a <figcaption> under it) read
#     over it, a rowspan cell in each row it spans; a blog's table of contents, author box, a news page's ad labels,
#     "[Gambas:Video …]" and desk initials, a saved Wikipedia page's "[sunting]" links, navboxes and categories left
#     out; a word processor's web page (Google Docs, Word, LibreOffice): its Title, list levels, notes; LibreOffice's
#     running header and footer left out. Markdown: heading attributes "{#id}", TOC directives, Pandoc spans, image
#     attributes and fenced divs, a note app's wiki links, highlights, comments, callout types and task boxes are
#     markup; a Notion <aside> is text. A byline's counters ("3 Komentar", "5 menit baca") left out; a bold table
#     caption is no section heading (DOCX, PDF, HTML, Markdown). .txt: a title over its byline lines, a title in
#     capitals up to 150 characters, a byline ("Oleh: …") no section title, a numbered table saved one cell a line
#     a table, a table of contents' dot-leader lines left out, a .txt in Markdown read as Markdown. A document whose
#     first heading names its front matter ("DAFTAR ISI") is called by its file's name. A "Kesimpulan" heading
#     after headings a lead-in announces (a chatbot's answer) is no item of them.
# 133: 132's rules kept off their neighbours: a table's "15.000 views | 300 comments" cells (a row beside another, or
#     opening with "|") are no byline's counters, a line "(ii)" or "(Tamat)" no desk's initials, a title with a subtitle
#     ("Literasi Digital: Tantangan …") over its byline a title, a link "[[1]](#cite_note-1)" no wiki link; a heading
#     "Oleh-oleh …" no byline, "IKLAN" in a text writing "iklan" its heading, "Simak video berikut …." a sentence; a .txt
#     in Markdown keeps its plain first line as its title; "Label: teks yang …." (a sentence) no post's labels
# 134: lecturers' own exports no open document had. The authors' names under a .txt title, and where they work, are
#     no section titles; LibreOffice's web page sets a heading's outline number glued to its title apart ("BAB
#     IITINJAUAN"); a section numbered under a roman chapter ("I.1 Pengertian") is a numbered title; Pandoc's simple
#     and multiline tables
#     (dash rules, no pipes) in a .md or .txt are tables, their caption over them; a .txt table saved one cell a
#     line with no numbered column is one under its caption when its rows hold numbers in the same columns; the last
#     of a run of short lines a lead-in announces ("… dibedakan menjadi:") is no section title over the prose after it;
#     PDF: a compound broken at its own hyphen at a line's end ("sosial-" / "ekonomi") keeps it, as a .txt's did;
#     HTML: Word's Title (MsoTitle) and LibreOffice's (a centred paragraph in 20pt or more) open the page, its title;
#     Markdown: an admonition's marker ('!!! note "Judul"') is markup, its text set in four spaces no code
# 135: a .txt from pdftotext with Word's footnotes at the pages' feet (each note's number alone on a line or before
#     its note, the mark run into a word above: "utuh.1") reads them as footnotes, their marks raised ("utuh.¹")
# 136: a hard-wrapped .txt's reference list: a law's numbered name after a whole entry's full stop is a line of its own
#     (it was joined to the entry above as a wrapped line when its first word would have fitted there)
# 137: kinds seen on open documents. HTML: a static site's heading permalinks ("¶", "#") are no part of a heading or
#     the title. PDF: a heading's number glued to its title ("2.4.1.Perangkat Keras") gives it its number's level.
#     PDF, DOCX: a Title property holding the first words of the first heading gives way to the heading;
#     a PDF title set over two lines, its colon ending the first ("… PERJANJIAN LAMA:" / "SEBUAH …"), is one title.
#     Any format: a heading among the first blocks naming people over where they work is a byline, no section title;
#     an article's keywords ("Kata Kunci : …") set in bold no section title; a
#     web page writing of advertising keeps its "IKLAN" paragraph, as a .txt does ("Iklan adalah …" counts);
#     "A.1 Pengertian …" is a numbered section title, as "2.1" and "II.1" are (.txt, Markdown, a bold DOCX line)
# 138: "BAB II" and its title set as two headings (Markdown, HTML, DOCX) are one heading, as a .txt's and a PDF's are;
#     a bold line in capitals is a title up to 150 characters, as a .txt's line in capitals is (title_shaped); a
#     PDF's "Abstrak" or "Daftar Pustaka" under a line ending no sentence is a heading, no title quoted in it; bold
#     lines to the margin whose sentence goes on in lower case under them open a paragraph, no heading, and so does
#     a bold line running a heading into its paragraph's sentence ("… Stres Kerja. Perama. Pengaruh …"). .txt: a
#     title in capitals over two lines is one title; a title set over lines is named on one ("BAB II KAJIAN PUSTAKA").
#     HTML: a page with no <title> and no <h1> (a post's body saved alone) is titled by its first heading. .txt: "A.
#     Judul" alone over its prose is a lettered section title (level 2 under a chapter), "A.1 Judul" one level below
# 139: a title set apart by a blank line under a run of short lines a lead-in announces, typed a line each, is the next
#     section's title, no item of the run; a web page's heading opening with a name's number ("3DES", "10BASE-T") keeps
#     it whole (a glued outline number of one level has its stop: "1.Pendahuluan")
# 140: what LibreOffice saves from a Word file: a web page's list typed by hand ("<p style='margin-left…'>1.<tab>…")
#     is items with levels from its indent, a bold "BAB II<br>TITLE" over 60 characters a heading; a .txt's items of
#     another marker between "2." and "3." are the list inside item 2; a table one cell a line numbered "1." a table
# 141: HTML: a numbered bold heading ("2.5 Laporan Bacaan") after a page's "Daftar Pustaka" ends the reference list
# 142: pdftotext's page-foot notes numbered from 1 on each page are notes (a label's k-th mark takes its k-th note when
#     a text with no pages has as many), and a running footer under them is no note's text
# 143: review8's misfires: a role word ("Guru Sekolah Dasar") is no affiliation without a school after it, and a
#     heading over a heading no byline; a .txt title in capitals does not run on over "NIM 123456789"; a byline's
#     degrees run together ("SE, MM") are degrees; a pdftotext page's foot is notes only where each closes its sentence
# 144: "(a)", "(1)", "(iv)" open list items (not at a PDF line's start, nor after a wrapped line left open), a marker
#     alone on its line joins its item; a name of dictionary words alone under a .txt title is its byline; a PDF's
#     centred names and their faculty parted by a wider gap are two paragraphs; a .txt table of words saved one cell a
#     line is a table, "2.4 Daftar Pustaka" has its number's level and a numbered section after the entries ends them
# 145: mendread's mends of 144: "(2)" is the second item and "(ii)" a roman numeral of the kind of "(i)" (letters under
#     "(1)" nest as under "1."); "Catatan Kuliah …" under a .txt title is no byline; an overview list over its
#     sections is no table of words; "(c) 2020" no marker; a marker alone in fenced code keeps its line
# 147: text no passage held: a Markdown table row's cells past its header's, a sentence ruled off with "---" (no
#     setext heading); PDF tables: a row split over pages or an open table's line going on (one rule), a header row
#     alone at a page's foot read with the next page's rows; a PDF's bracketed "(1)" after a closed short line an item
# 148: a letter list numbered again under a plain-text list's last item nests under it; a plain text's rule lines are
#     no blocks; "(i)" after "(h)" the ninth letter; "**BAB I**" / "**A. Latar Belakang**" two headings, the section
#     under the chapter; "- Selesai -" no item; "(c) 2019 penduduk …" an item, no copyright sign
# 149: pdftotext's note marks: an acronym's digits ("MPR1", "BPS12") are a mark, a formula's ("CO2", "KMnO4") none
# 150: a Markdown table in a blockquote or list item no longer repeats each row's last cell
# 151: pdftotext's note marks: digits run into a word that closes nothing ("Di2", "Ia2": a preposition, a conjunction,
#     a subject's pronoun) are no mark
# 152: a blog post's own <header>/<aside> among its paragraphs read where the page has no <article>/<main>; a flat
#     letter list under numbered items nests in every format; a PDF table row whose name goes on with a capital over
#     a page is one row; a plain text's table of numbers a cell a line with no caption is a table
# 153: a Markdown numbered list under a reference heading keeps each item's number as its block's marker (the text
#     shows none): each item is an entry of its own
# 154: a PDF table row's name going on with a capital is the row above's only at a page or column split, under cells
#     that opened a sentence; a post's <header>/<aside> among its paragraphs is read only holding a sentence (or, a
#     header, its title) and no sidebar widget (a heading over a list, a list of links only)
# 155: an English preposition, conjunction or article ("of2", "for3", "the4") closes nothing: no note's mark runs into it
# 156: text a PDF tool extracted one span a line read as its sentences and items (lone hyphens, commas and dashes
#     rejoined, words cut in two made whole), a tool's page markers ("===== PAGE 3 =====") page breaks; Markdown:
#     Obsidian block ids dropped, a docs site's titled container and MkDocs' content tab read their titles, a note's
#     table of contents left out, "- Selesai -" a line of text, a code span's "**" and "__" kept; HTML: a post's
#     note box of a lead-in over its points read
# 157: span-per-line text only where its lone marks are an extractor's (hyphens, dashes, commas, stops; never a
#     bracket, never fenced code; one per 50 lines, a word or a range cut at a hyphen among them); a Markdown line
#     framed by dashes is an item where its text is a field ("- NIP: -") or it stands among items of its marker
# 158: a reference list's entry keeps its link's web address after the link's words (HTML <a href>, Markdown
#     "[tautan](https://...)"), where the words are not the address: the entry's address, not only its domain
# 159: Markdown: a static site's box shows its text: an include's content="…" ({% include note.html content="…" %}) and
#     a box shortcode's title ({{< alert title="Catatan" >}}), a tag inside an HTML comment nothing; a fence naming
#     its language (```yaml) is code, its "- x" lines no list items; AsciiDoc (.adoc) and reStructuredText (.rst) read
#     (their markup written as the Markdown it means: documents/asciidoc.py, documents/rst.py), no longer refused;
#     a line opening with an emoji check or cross ("✅ …", "❌ …") an item, an emoji's U+FE0F no letter of the text;
#     a course app's UI words no passages (a "Selengkapnya"/"Lihat semua" link alone on its line, an avatar, a search's
#     empty-state message, a paragraph of marks alone like a decorative "“"); span-per-line text: a word cut in three
#     pieces with a letter alone between them ("T" / "e" / "ori") one word
# 161: Markdown (and .txt unwrapping): an indented block that is program code ("def f(x):", "print(x)", "x = 1",
#     ">>>" prompts; structure.looks_like_code) keeps its lines as written, its "# komentar" lines no headings
# 162: LaTeX (.tex: notes, beamer slides; documents/latex.py with pylatexenc) and Jupyter notebooks (.ipynb: Markdown
#     cells as text, code cells as code, outputs left out; documents/notebook.py) read, no longer refused
# 163: a paragraph repeated three times whose only digits are in its math ("dengan $M_2$ batas atas …" under each
#     formula) is no running header (furniture._at_page_breaks)
# 164: hard-wrapped .txt/.md: a lone line a char or three past the width many lines reach (a token the wrapper could
#     not break) no longer widens it; a hard-wrapped Markdown quote's full line goes on in the quote line under it
# 165: Markdown: an indented block whose every line opens with "##" (R Markdown's printed output, "## group 2 3.766 …")
#     is its lines as written, no headings; a sentence ending on "yaitu", "yakni", "antara lain", "di antaranya" or
#     "meliputi" without its colon announces what follows, as "… sebagai berikut" does (structure.announces_list)
# 166: HTML (and Markdown's HTML blocks): a bold title standing alone between blocks, its <p> left out ("<br>
#     <strong>2.5 Bread Board</strong><p align=center><img …>"), is a heading as a bold paragraph is
# 167: a Markdown heading wrapped by the converter that wrapped the text ("#### 1. Tanda … berupa" / "kata, frasa,
#     …": the next line in lower case or on a comma, the heading full or long and open) is one heading; two or more
#     numbered headings in a row that each state a sentence ("… dalam perincian berupa kata, frasa, atau bilangan.")
#     are items with their examples under them (structure._stated_headings); a wrapped line opening on an
#     emphasised small word ("_sehubungan dengan itu_ , …") goes on in its paragraph
# 168: Markdown (and notebooks): a paragraph showing no text over the first heading (a Colab or build badge, a
#     logo image) no longer keeps that heading from being the title
# 169: Markdown: a star Markdown left standing opens no item and shows no star ("*Note: …", "### *Direction *",
#     "`*args` …"); a line of code cut from the next by <br> ("total = f(2)<br>" / "print(total)") keeps its line
# 170: 168's title rule narrowed to a paragraph showing no text (a bold first title and a left-out header read as
#     at 167: the title stays the file name)
# 171: Markdown: no space between closing emphasis and the comma or stop after it (html2text's "_tetapi_ ,"); LaTeX:
#     \ref prints a figure's, a table's or an equation's number ("pada Gambar 2", not a bare "Gambar"), a beamer
#     frame repeating the title of the section it sits in adds no second heading
# 172: Markdown: a heading written without the space after its hashes ("####Sanksi", "#BAB 4 …", from older
#     Markdown and PDF converters) is a heading; a static site's highlight marks in code ("# highlight-start",
#     "// highlight-next-line") are not shown; reStructuredText: auto-numbered footnotes ("[#]_", ".. [#]") get the
#     numbers docutils gives them, not a bare "[#]"; a line set apart as a title may close on its short name in
#     brackets ("CAPAIAN PEMBELAJARAN LULUSAN (CPL)", an LMS page's bold label: structure.title_shaped)
# 173: a .txt that is a JavaScript or JSON data literal (a site's lesson text kept in a data file) reads as the
#     lesson it holds (script_data: titles as headings, strings as paragraphs, arrays as lists; ids and picture
#     names left out); HTML: a heading element holding a page's sentences (a template's whole text inside one <h3>)
#     is read as text; a server template's code (Blade "@extends(...)", "{{ … }}", Jinja "{% … %}") is none; an
#     FAQ accordion's question (<button class="accordion">) heads its panel instead of being dropped as a control;
#     Markdown: a bold title running into its text ("**Pemilihan Warna** Warna netral …") is set apart by a colon;
#     an ordered list's numbers as typed when they are no lazy run (CommonMark counted "2. Harga" after an example
#     list "3."); headings: emoji decorating them
# 174: 173 without its knitr rule (a run-in of session 39 built indexes with it: a new number, so none is reused)
# 175: typed list numbers only where the writer counted (a converter's lazy "1." list resumed at "8." is counted on)
# 176: .mdx/.qmd/.Rmd read as Markdown (MDX import/export lines and JSX comments no text, a component's label titles
#      its panel, knitr/Quarto chunks as code without their options or hidden, MyST boxes as text); a list styled
#      lettered or numbered by CSS ("list-style: lower-alpha", "list-decimal") shows its letters or numbers; a plain
#      .txt heading opened by emoji is a heading named without them; a picture's source line ("Referensi: https://…")
#      read with the text above it; a box's bold title (":::info[**Tagline**]") a line of text, not a heading
# 177: HTML: a list after a paragraph naming the sources alone ("<p>Sumber:</p><ul>...") keeps its links' addresses
#     at its items' line ends, as a reference list's entries do
# 178: HTML: text written straight inside a list with no <li> ("1. ...<br/>2. ..." in a bare <ul>) is read, its typed
#      numbers items
# 179: a line set apart as a title in title case closing on its capitalised name in brackets ("4. Pemeriksaan … Ibu
#     (Kunjungan Nifas)", structure.title_shaped) is a title however long; a hard-wrapped line ending on a word no
#     sentence ends on ("… Menurut" / "Harvey dan …") goes on into the capital below; in a text not wrapped at a
#     width the lines a lead-in announces ("… maka:" / "bukaan menjadi lebih besar" / "lebih banyak cahaya …") stay
#     apart; HTML: a page's text written line by line in one <p> (<br> lines, the author's own source line ends
#     where no editor wrapped the source) is read as a .txt of lines: its title lines headings ("SPEED (KECEPATAN)")
# 180: LaTeX: a thebibliography environment is read as the reference list it prints (it was left out), each \bibitem
#      a numbered entry under a "Daftar Pustaka" heading (none added under the text's own reference heading); .bib:
#      an entry with no year is listed "(t.t.)" (it was left out), a report's series and number follow its title, its
#      institution or school is its publisher, a DOI written as its address is not doubled; an official's numbered
#      letter ("Surat Direktur ... Nomor ...") opens a law's line (LAW_OPENING) as a decree's does
# 181: a run of "-- -- --" lines an author set between sections is no Pandoc table when the dashes' column bounds fall
#      inside words on most lines under them (its prose was cut into three-letter cells and its headings lost)
# 182: an HTML page whose whole text sits where the walk guesses a page's furniture (a header, a footer, a dialog, a
#      hidden modal, an empty <article> beside the text) is read as a browser shows it, refused only with no prose
#      there either; a class-named part ("widget", "banner", a tab's "nav-…") holding a sentence and as many words as
#      the page outside such parts is read; a quiz's form (choices to tick) and a choice's label are read; a Blade
#      comment "{{-- … --}}", a directive with its arguments inline ("<h3>@yield('judul')</h3>") and a PHP block
#      (what it echoes as written kept) are template code
# 183: LaTeX: "\pagestyle{fancy}", "\thispagestyle{...}", "\pagenumbering{...}" and "\def\name{...}" definitions are
#      no text (their arguments were paragraphs: "fancy", "3em"); .bib: a body's name in single braces is kept whole
#      ("Kementerian Kesehatan RI", not "RI, K. K."), a body set in brackets loses them, TeX's "--"/"---" in a title
#      or a container print as dashes, an @misc's organization stands where a publisher does
# 184: LaTeX: a code environment the document defines (\newminted, \lstnewenvironment, \DefineVerbatimEnvironment,
#      \newtcblisting) or names minted's way ("pythoncode", "pyconcode") is program text: its "# comment" no heading
# 185: HTML: three or more links to the page's own parts set one after another, nothing but line breaks between them,
#      are a side menu of its parts (no paragraph of their labels), whatever element holds them
# 186: LaTeX as TeX sets it: a single line break in the source is a space, a blank line a paragraph's end (a sentence
#      hard-wrapped before "$x$" or "(" was cut at the source's line, "(9) sehingga ..." read as an item); what
#      \maketitle / \titlepage prints (title, subtitle, authors and where they work, institute, date) is a paragraph;
#      a line "\\" ends at a source line's end stays a line of its own (in a list item, a line of the item: an item's
#      text under its title no longer breaks the list), a centred block, an abstract or a float a paragraph of its own,
#      a displayed formula in a list item a line of it; \addcontentsline prints nothing ("tocsection...")
# 187: a hard-wrapped line opening on an inline formula or a bracket whose first word is small ("… kluster" /
#      "(contohnya, …", "… singkatan dari X" / "(empat sistem …") goes on with the sentence above (structure.opens_small)
# 188: HTML: a link set as a button is a control; a part of 12 or more words repeating an earlier one word for word
#      (a page's desktop and phone copies) read once; a placeholder filling its element ("{elapsed_time}",
#      "{{judul}}") dropped; an empty <article>/<main> no main element; a React component saved as a page keeps only
#      its markup (no "import ... return (" / "export default X" passages)
# 189: notes typed by hand under a label ("Catatan:" / "[1] Lihat Simon Singh, ...") that the text above marks by their
#      numbers in brackets ("... sejarahnya. [1]") are footnotes, in any format (structure.typed_endnotes), and
#      those marks refer to them (Document.note_references); so are notes opening with a raised number ("¹ Soerjono
#      Soekanto, ...") that the text marks so ("masih lemah.¹"), with or without a label
READERS_VERSION = "189"
# suffix -> reader module (each has read(raw: bytes, rel: str) -> Document)
READERS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",  # Docusaurus/Next.js docs: Markdown with JSX components and import lines
    ".qmd": "markdown",  # Quarto and R Markdown course notes: Markdown with fenced {r}/{python} code chunks
    ".rmd": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".bib": "bibtex",  # a pandoc text's bibliography
    ".adoc": "asciidoc",  # lecture notes kept in a repository (Asciidoctor, Antora)
    ".asciidoc": "asciidoc",
    ".rst": "rst",  # course notes published with Sphinx or Read the Docs
    ".ipynb": "notebook",  # Jupyter notebooks a data-science or programming course hands out
    ".tex": "latex",  # lecture notes and slides (beamer) typeset with LaTeX
}
# Formats people have that telusur does not read, with what to do instead.
UNSUPPORTED = {
    ".doc": "format Word lama (.doc) tidak didukung; simpan ulang sebagai .docx atau PDF.",
    ".docm": "dokumen Word bermakro (.docm) tidak dibaca; simpan ulang sebagai .docx (tanpa makro) atau PDF.",
    ".rtf": "format RTF tidak didukung; simpan ulang sebagai .docx atau PDF.",
    ".odt": "format OpenDocument (.odt) tidak didukung; simpan ulang sebagai .docx atau PDF.",
    ".ppt": "presentasi (.ppt) tidak didukung; ekspor sebagai PDF.",
    ".pptx": "presentasi (.pptx) tidak didukung; ekspor sebagai PDF.",
    ".odp": "presentasi (.odp) tidak didukung; ekspor sebagai PDF.",
    ".xls": "lembar kerja tidak didukung; salin teksnya ke .txt atau ekspor sebagai PDF.",
    ".xlsx": "lembar kerja tidak didukung; salin teksnya ke .txt atau ekspor sebagai PDF.",
    ".epub": "e-book (.epub) tidak didukung; ekspor sebagai PDF.",
}
IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic")
IGNORED_NAMES = frozenset({"telusur.toml", "thumbs.db", "desktop.ini"})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str  # Indonesian, names what to do


@dataclass(frozen=True)
class FileReport:
    """What happened to one file of the corpus folder."""

    path: str
    status: str  # "indexed", "skipped" (telusur cannot use it) or "failed" (telusur broke on it)
    format: str | None = None
    pages: int | None = None
    blocks: int = 0
    reason: str | None = None  # why it was skipped or failed, and what to do
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "format": self.format, "pages": self.pages,
                "blocks": self.blocks, "reason": self.reason, "warnings": list(self.warnings)}


@dataclass(frozen=True)
class Corpus:
    root: Path
    documents: tuple[Document, ...]
    skipped: tuple[SkippedFile, ...]  # skipped and failed files, with their reasons
    files: tuple[FileReport, ...] = ()
    prepared: tuple[Any, ...] = ()  # what read_corpus's prepare made of each document, in the same order


def corpus_files(root: Path, leave_out: Path | None = None) -> list[Path]:
    """Every visible file under root, sorted, following no symlink twice (loops are skipped); hidden files and
    folders (an index kept inside the corpus, editor backups) are not part of the corpus, nor is the folder
    leave_out (the index folder, when it sits inside the corpus: `--corpus . --index index`)."""
    if not root.is_dir():
        raise CorpusError(f"Folder korpus '{root}' tidak ada: beri folder berisi berkas teks, PDF atau DOCX dengan --corpus.")
    found, seen = [], {os.path.realpath(leave_out)} if leave_out is not None else set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(folder) / f for f in sorted(files)
                  if not f.startswith(".") and not f.startswith("~$") and f.lower() not in IGNORED_NAMES]
    return found


def read_corpus(root: Path, max_file_mb: float = 5.0, progress=None,
                prepare: Callable[[Document], Any] | None = None, limits: ReadingLimits | None = None,
                leave_out: Path | None = None, admit: Callable[[Document, Any], None] | None = None) -> Corpus:
    """Read every file; one that cannot be used is skipped with its reason, never silently, and one that breaks
    telusur fails alone (see read_one), as does one whose reading hangs or runs away (documents/guard.py).
    prepare(document), when given, is the rest of that file's work (chunking, citations): it runs under the same
    guard, in the worker process, and what it returns is kept in Corpus.prepared. admit(document, prepared) runs
    here, in order, for what depends on the files before (a collection's limit): a CorpusError from it skips the file.
    progress(files_done, pages_done) is called after each file."""
    from .guard import GuardedReader, can_guard

    limits = limits or ReadingLimits(file_mb=max_file_mb)
    documents, prepared, reports = [], [], []
    pages_done = 0

    def read(path: Path, rel: str) -> tuple:
        return read_one(path, rel, max_file_mb, prepare, limits)

    guard = GuardedReader(read, limits) if can_guard() and limits.read_seconds > 0 else None  # 0: no limit
    try:
        for n, path in enumerate(corpus_files(root, leave_out), 1):
            rel = path.relative_to(root).as_posix()
            report, doc, made = (guard or read)(path, rel)
            if doc is not None and admit is not None:
                try:
                    admit(doc, made)
                except CorpusError as exc:
                    report, doc = FileReport(rel, "skipped", _format_of(rel), reason=str(exc)), None
            reports.append(report)
            if doc is not None:
                documents.append(doc)
                prepared.append(made)
                pages_done += doc.pages or 1
            if progress is not None:
                progress(n, pages_done)
    finally:
        if guard is not None:
            guard.close()
    skipped = tuple(SkippedFile(r.path, r.reason or "") for r in reports if r.status != "indexed")
    return Corpus(root, tuple(documents), skipped, tuple(reports), tuple(prepared) if prepare else ())


def read_one(path: Path, rel: str, max_file_mb: float = 5.0, prepare: Callable[[Document], Any] | None = None,
             limits: ReadingLimits | None = None) -> tuple[FileReport, Document | None, Any]:
    """One file alone: (its report, the document or None, what prepare made of it). The one place a file's failure
    is contained: a CorpusError skips the file with its reason; any other exception (a bug in a reader, in
    chunking or in citations, met on a file nobody foresaw) fails this file with a one-line reason, and the rest
    of the folder is read as if it were not there."""
    try:
        doc = read_document(path, rel, max_file_mb, limits)
        made = prepare(doc) if prepare is not None else None
    except CorpusError as exc:
        return FileReport(rel, "skipped", _format_of(rel), reason=str(exc)), None, None
    except MemoryError:  # past the worker's memory limit (documents/guard.py), or the machine's
        reason = memory_reason(rel, limits or ReadingLimits())
        return FileReport(rel, "failed", _format_of(rel), reason=reason), None, None
    except Exception as exc:  # noqa: BLE001 - containing any failure to its file is the point
        log.debug("%s failed", rel, exc_info=True)
        return FileReport(rel, "failed", _format_of(rel), reason=failure_reason(rel, exc)), None, None
    warnings = doc.warnings + self_check(path, rel, doc)
    return FileReport(rel, "indexed", doc.format, doc.pages, len(doc.blocks), warnings=warnings), doc, made


def self_check(path: Path, rel: str, doc: Document) -> tuple[str, ...]:
    """The build report's warning for a file whose text the reader mostly missed (documents/unread.py); the file is
    indexed all the same. The check is advice: a failure in it costs the warning, never the file."""
    from . import unread

    try:
        said = unread.warning(path.read_bytes(), path.suffix, doc.text)
    except Exception:  # noqa: BLE001 - a file the second reading cannot take (a broken DOCX) is the reader's to judge
        log.debug("%s: self-check failed", rel, exc_info=True)
        return ()
    return (said,) if said else ()


def failure_reason(rel: str, exc: BaseException) -> str:
    """One line for a file telusur broke on: what broke, and what the user can do meanwhile."""
    detail = " ".join(str(exc).split())[:120]
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return (f"{rel}: gagal diproses karena kesalahan di telusur ({what}); berkas lain tetap diindeks. "
            "Laporkan berkas ini, atau simpan ulang dalam format lain (.docx, PDF atau .txt) lalu bangun ulang.")


def read_document(path: Path, rel: str, max_file_mb: float = 5.0, limits: ReadingLimits | None = None) -> Document:
    """One file through the reader for its format; CorpusError (with what to do) when it cannot be read."""
    from .decode import clean_document  # reading only: a process that opens an index does not compile it

    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise CorpusError(f"{rel}: {UNSUPPORTED[suffix]}")
    if suffix in IMAGES:
        raise CorpusError(f"{rel}: gambar tidak berisi teks yang bisa dibaca; jalankan OCR dulu lalu simpan sebagai PDF "
                          "berlapisan teks atau .txt.")
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise CorpusError(f"{rel}: jenis berkas '{suffix or path.name}' tidak dikenal; telusur membaca {known}.")
    raw = _read_bytes(path, rel, max_file_mb)
    if not raw.strip():
        raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
    limits = limits or ReadingLimits(file_mb=max_file_mb)
    check_packed(raw, rel, suffix, limits)  # a decompression bomb is refused before a reader inflates it
    doc = titled(flat_lists(endnotes(clean_document(reader(suffix).read(raw, rel)))))
    check_text(len(doc.text), rel, limits)
    return doc


def flat_lists(doc: Document) -> Document:
    """A list written out flat (a letter list under a numbered item set at the numbered list's own indent, or typed
    with no indent, or a Markdown list's items a blank line apart) nests as a plain text's does
    (structure.nested_between), in any format."""
    from .structure import nested_between

    if not any(b.kind == "item" for b in doc.blocks):
        return doc
    blocks = tuple(nested_between(doc.text, list(doc.blocks)))
    return doc if blocks == doc.blocks else replace(doc, blocks=blocks)


def endnotes(doc: Document) -> Document:
    """Notes typed by hand, "[1] ..." under "Catatan:" or "¹ ..." (Word's raised number kept), referred to by that
    number in the text above ("[1]", "lemah.¹"), read as footnotes (structure.typed_endnotes), in any format."""
    from .model import SUPERSCRIPTS
    from .structure import typed_endnotes

    if "[" not in doc.text and not any(c in doc.text for c in SUPERSCRIPTS):
        return doc
    blocks = tuple(typed_endnotes(doc.text, list(doc.blocks)))
    return doc if blocks == doc.blocks else replace(doc, blocks=blocks)


def titled(doc: Document) -> Document:
    """A document whose title (its first heading, as most readers take it) names its front matter ("DAFTAR ISI",
    "KATA PENGANTAR", "ABSTRAK": a thesis saved from the page after its cover) is called by its file's name, as one
    with no title is (the next heading is a chapter's, "BAB I PENDAHULUAN", no title either)."""
    from .decode import title_from_name
    from .structure import is_front_matter_heading

    return replace(doc, title=title_from_name(Path(doc.path))) if is_front_matter_heading(doc.title) else doc


def reader(suffix: str):
    try:
        return importlib.import_module(f".{READERS[suffix]}", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{READERS[suffix]}":
            raise
        raise CorpusError(f"format {suffix} belum dapat dibaca oleh telusur versi ini.") from None


def _read_bytes(path: Path, rel: str, max_file_mb: float) -> bytes:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # reading a FIFO or a device would block or never end
            raise CorpusError(f"{rel}: bukan berkas biasa (mis. pipa atau perangkat); hapus dari folder korpus.")
        if st.st_size > max_file_mb * 1024 * 1024:
            raise CorpusError(
                f"{rel}: {st.st_size / 1024 / 1024:.1f} MB melebihi batas {max_file_mb:g} MB "
                f"(menyandikannya butuh berjam-jam di CPU); naikkan TELUSUR_MAX_FILE_MB bila memang perlu."
            )
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{rel}: tidak dapat dibaca ({exc.strerror or exc}); periksa izin berkasnya.") from exc


def _format_of(rel: str) -> str | None:
    suffix = Path(rel).suffix.lower()
    named = READERS.get(suffix) or suffix.lstrip(".")  # a file without a suffix has no format to name
    return named.replace("text", "txt").replace("markdown", "md") if named else None
