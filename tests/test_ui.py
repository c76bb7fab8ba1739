"""The chat UI's HTML, without a browser: what the Sumber table shows (the browser tests check how it looks)."""

from telusur.web.ui import render_sources_table


def _source(label, pages):
    passages = [{"pages": p, "document": "Interaksi Sosial", "location": {"start_paragraph": i, "end_paragraph": i}}
                for i, p in enumerate(pages, 1)]
    return {"label": label, "authors": ["Soekanto"], "year": "1990", "passages": passages, "score": None}


def test_sources_table_lists_pages_as_numbers_and_names_every_cell():
    html = render_sources_table([_source("Soekanto (1990)", ["105", "367", "45", "105", "652-653", None])])
    assert '<td data-label="Halaman">45, 105, 367, 652-653</td>' in html
    assert '<td data-label="Bagian">6</td>' in html
    assert html.count("data-label=") == 5  # every cell says its column, for the one-column phone layout


def test_sources_table_escapes_what_the_text_wrote():
    html = render_sources_table([_source("<b>X</b> (1990)", ["1"])])
    assert "<b>" not in html and "&lt;b&gt;X&lt;/b&gt; (1990)" in html


REFERENCE_CORPUS = """# Efek Media

Media massa memengaruhi sikap khalayak secara bertahap melalui paparan yang berulang (Perse, 2001: 12).

## Daftar Pustaka

Perse, E. M. (2001). Media effects and society. Mahwah: Lawrence Erlbaum.

Barker, M. (2001). Ill Effects: The Media/Violence Debate. London: Routledge.
"""


def test_sources_table_by_topic_keeps_works_only_in_the_reference_list(tmp_path):
    """A listed work the text never cites has no topic score: the table says so instead of failing."""
    from telusur.engine import open_built
    from telusur.settings import Settings

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "efek-media.md").write_text(REFERENCE_CORPUS, encoding="utf-8")
    engine = open_built(Settings(corpus=tmp_path / "corpus", index=tmp_path / "index"))
    sources = [s.to_dict() for s in engine.sources("efek media massa")]
    assert [(s["label"], s["cited"], s["score"] is None) for s in sources] == [
        ("Perse (2001)", True, False), ("Barker (2001)", False, True)]
    html = render_sources_table(sources)
    assert "<caption>1 karya dirujuk, 1 lagi hanya di daftar pustaka</caption>" in html
    assert ('<td data-label="Bagian">tidak dirujuk (hanya di daftar pustaka)</td>'
            '<td data-label="Kecocokan">-</td>') in html


class _NoContext:
    """An engine with nothing around any passage: the cards are what is under test here."""

    def surrounding(self, *args):
        return {"before": [], "after": []}


def _passage(rank, cite=None, text="Ada tiga motif.", labels=("Toma & Gorman (1991: 384)",)):
    return {"rank": rank, "text": text, "document": "Definisi", "path": "d.txt", "highlights": [[0, 8]],
            "location": {"start_paragraph": rank, "end_paragraph": rank, "pages": None, "section": []},
            "citations": [{"label": label} for label in labels], "cite": cite}


CITE = {"text": "“Ada tiga motif” (Toma & Gorman, 1991, hlm. 384).", "in_text": "(Toma & Gorman, 1991, hlm. 384)",
        "references": ["Toma & Gorman (1991): entri daftar pustaka tidak ada di dokumen."], "style": "apa", "note": None}


def test_only_the_first_passage_card_is_open_and_each_carries_its_ready_citation():
    from telusur.web.ui import render_answer

    answer = {"searched_for": "q", "abstained": False, "answer": "Ada tiga motif. [1]", "related": [],
              "passages": [_passage(1, CITE), _passage(2, CITE), _passage(3, CITE)]}
    html = render_answer(_NoContext(), answer)
    assert html.count('<details class="tl-card" open>') == 1 and html.count('<details class="tl-card">') == 2
    assert html.count('<button type="button" class="tl-copy">Salin kutipan</button>') == 3
    assert "Kutip (APA 7)" in html and "(Toma &amp; Gorman, 1991, hlm. 384)." in html
    assert '<li class="tl-ref">Toma &amp; Gorman (1991): entri daftar pustaka tidak ada di dokumen.</li>' in html


def test_related_passages_are_closed_and_the_ready_citation_is_escaped():
    from telusur.web.ui import render_answer

    bad = {**CITE, "text": "“<img src=x onerror=alert(1)>” (X, t.t.).", "note": "<b>catatan</b>"}
    answer = {"searched_for": "q", "abstained": True, "answer": "Maaf", "passages": [],
              "related": [_passage(1, bad), _passage(2, bad)]}
    html = render_answer(_NoContext(), answer)
    assert " open>" not in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>catatan</b>" not in html and "&lt;b&gt;catatan&lt;/b&gt;" in html
