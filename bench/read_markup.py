"""Reading Markdown and HTML: quality and speed of the readers, side by side with the alternatives, in one run.

Markdown: the markdown-it-py reader against the line rules that read .md before (the .txt reader).
HTML: the same block walk over trees from lxml.html (libxml2), html5lib and BeautifulSoup's html.parser (through
lxml.html.soupparser), and trafilatura's own main-text extraction. Pages: the three .txt files of ../shared/texts
that are HTML fragments, and every .md text rendered to HTML and saved inside a blog page template (site header,
menu, sidebar, comments, footer, scripts), so that what is article and what is furniture is known.

Quality: share of the question evidence and cited passages (../shared/texts/*.jsonl) found in the text (words in
order), pages where furniture text leaked in, markup left. Speed: milliseconds per file (best of 5 runs).

Usage: python bench/read_markup.py   (needs ../shared/texts; html5lib, bs4 and trafilatura are optional)
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "texts"
MARKUP = ("<li", "<ol", "<p>", "<br", "<div", "**", "\\)", "](", "{%", "{:")
FURNITURE = ("Beranda", "Hubungi Kami", "Artikel Terkait", "Komentar terbaru", "mantap gan", "Hak cipta",
             "trackRead", "Bagikan ke")
TEMPLATE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Blog Kuliah</title>
<style>.menu{{color:red}}</style><script>function trackRead(){{}}</script></head><body>
<header class="site-header"><div class="logo">Blog Kuliah</div><nav class="main-navigation"><ul>
<li><a href="/">Beranda</a></li><li><a href="/kontak">Hubungi Kami</a></li></ul></nav></header>
<div id="page" class="site"><main id="main" class="site-main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{body}</div>
<div class="sharedaddy share-buttons">Bagikan ke Facebook</div>
</article>
<section id="comments" class="comments-area"><h2>Komentar terbaru</h2><ol class="comment-list">
<li class="comment"><p>mantap gan, sangat membantu</p></li></ol><form id="commentform"><textarea></textarea></form></section>
</main><aside id="secondary" class="widget-area"><h2>Artikel Terkait</h2><ul><li>Pengertian Negara</li>
<li>Teori Belajar</li></ul></aside></div>
<footer class="site-footer"><p>Hak cipta 2024 Blog Kuliah</p></footer><script>trackRead();</script></body></html>"""


def fold(text: str) -> str:
    """Words in order, as tests/test_markdown.py compares them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text).replace("*", "")
    text = re.sub(r"<[^<>]+>", " ", text)
    text = re.sub(r"\[\^[^\]]*\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", text)
    text = re.sub(r"(?:^|(?<=\s))>(?=\s)|\|", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def expectations() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, key in (("questions.jsonl", "evidence"), ("citations.jsonl", "passage_substring")):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.setdefault(row["doc"], []).append(row[key])
    return out


def best_ms(fn, items, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / len(items)


def score(texts: dict[str, str], expected: dict[str, list[str]]) -> tuple[int, int, int, int]:
    """(found, total, markup occurrences, pages with furniture)."""
    found = total = markup = leaked = 0
    for name, text in texts.items():
        folded = fold(text)
        for e in expected.get(name, ()):
            total += 1
            found += fold(e) in folded
        markup += sum(text.count(m) for m in MARKUP)
        leaked += any(f in text for f in FURNITURE)
    return found, total, markup, leaked


def markdown_part(expected) -> list[str]:
    from telusur.documents import markdown, text as text_reader

    files = sorted(p for p in SHARED.glob("*.md") if p.name != "SOURCES.md")
    raw = {p.name: p.read_bytes() for p in files}
    rows = ["| reader | evidence/passages found | markup left (occurrences) | lead-in then formula as a quote block | ms per file |",
            "| --- | --- | --- | --- | --- |"]
    for label, reader in (("line rules (.txt reader, before)", text_reader.read), ("markdown-it-py reader", markdown.read)):
        docs = {n: reader(b, n) for n, b in raw.items()}
        found, total, markup, _ = score({n: d.text for n, d in docs.items()}, expected)
        prof = docs["wahyu243--profitabilitas.md"]
        blocks = [(b.kind, prof.block_text(b)) for b in prof.blocks]
        adjacent = any(a.endswith("(Net profit margin) :") and kind == "quote" and b.startswith("NPM =")
                       for (_, a), (kind, b) in zip(blocks, blocks[1:]))
        ms = best_ms(lambda n: reader(raw[n], n), list(raw))
        rows.append(f"| {label} | {found}/{total} | {markup} | {'yes' if adjacent else 'no'} | {ms:.2f} |")
    return rows


def html_pages() -> dict[str, str]:
    from markdown_it import MarkdownIt

    render = MarkdownIt("commonmark", {"html": True}).enable("table")
    pages = {}
    for p in sorted(SHARED.glob("*.txt")):
        body = p.read_bytes().decode("utf-8", errors="replace")
        if body.lstrip().startswith("<"):
            pages[p.name] = body
    for p in sorted(SHARED.glob("*.md")):
        if p.name != "SOURCES.md":
            body = render.render(p.read_bytes().decode("utf-8", errors="replace"))
            pages[p.name] = TEMPLATE.format(title=p.stem.split("--")[-1].replace("-", " ").title(), body=body)
    return pages


def html_variants():
    import lxml.html

    from telusur.documents import html

    yield "lxml.html (libxml2) + telusur walk (chosen)", None
    try:
        import html5lib

        yield f"html5lib {html5lib.__version__} + telusur walk", \
            lambda t: html5lib.parse(t, treebuilder="lxml", namespaceHTMLElements=False).getroot()
    except ImportError:
        print("html5lib not installed: skipped", file=sys.stderr)
    try:
        import bs4
        from lxml.html import soupparser

        yield f"BeautifulSoup {bs4.__version__} html.parser + telusur walk", lambda t: soupparser.fromstring(t)
    except ImportError:
        print("bs4 not installed: skipped", file=sys.stderr)
    del lxml, html


def html_part(expected) -> list[str]:
    from telusur.documents import html
    from telusur.documents.model import DocumentBuilder

    pages = html_pages()
    rows = [f"Pages: {len(pages)} ({sum(1 for p in pages.values() if '<html' not in p)} fragments saved as .txt, "
            f"{sum(1 for p in pages.values() if '<html' in p)} full blog pages).", "",
            "| reader | evidence/passages found | pages with furniture | markup left | list items | ms per page |",
            "| --- | --- | --- | --- | --- | --- |"]
    original = html.parse
    for label, parser in html_variants():
        html.parse = original if parser is None else parser

        def read(name):
            builder = DocumentBuilder()
            html.blocks_from_html(pages[name], builder)
            return builder.build(name, "", "0", "html")

        try:
            docs = {n: read(n) for n in pages}
            found, total, markup, leaked = score({n: d.text for n, d in docs.items()}, expected)
            items = sum(1 for d in docs.values() for b in d.blocks if b.kind == "item")
            ms = best_ms(read, list(pages))
            rows.append(f"| {label} | {found}/{total} | {leaked} | {markup} | {items} | {ms:.2f} |")
        finally:
            html.parse = original
    try:
        import trafilatura

        def extract(name):
            return trafilatura.extract(pages[name], include_comments=False, include_tables=True,
                                       favor_recall=True) or ""

        texts = {n: extract(n) for n in pages}
        found, total, markup, leaked = score(texts, expected)
        items = sum(1 for t in texts.values() for line in t.split("\n") if line.startswith("- "))
        empty = sum(1 for t in texts.values() if not t.strip())
        ms = best_ms(extract, list(pages))
        rows.append(f"| trafilatura {trafilatura.__version__} extract (text; {empty} pages empty) | {found}/{total} | "
                    f"{leaked} | {markup} | {items} (\"- \" lines, numbers lost) | {ms:.2f} |")
    except ImportError:
        print("trafilatura not installed: skipped", file=sys.stderr)
    return rows


def main() -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} not found: this benchmark reads the shared development texts", file=sys.stderr)
        return 1
    expected = expectations()
    print(f"load: {os.getloadavg()[0]:.2f} (1 min), cores: {os.cpu_count()}")
    print("\n## Markdown\n")
    print("\n".join(markdown_part(expected)))
    print("\n## HTML\n")
    print("\n".join(html_part(expected)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
