"""The chat UI's HTML, without a browser: what the Sumber table shows (the browser tests check how it looks)."""

from telusur.ui import render_sources_table


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
