"""The reader's self-check (issue 14): a file whose text mostly reaches no block is warned about in the build report,
in Indonesian, and still indexed; a page whose only unread text is its site's navigation, header and footer is not.
The measure is documents/unread.py's (bench/lost_text.py --share uses the same)."""

from __future__ import annotations

import pytest

import telusur.documents.html
import telusur.documents.markdown
from telusur.documents import read_corpus, unread
from telusur.index.store import format_file_report
from telusur.index.build import prepare_document
from telusur.limits import ReadingLimits

LESSON = [
    "Fotosintesis berlangsung di kloroplas yang terdapat pada sel daun tumbuhan hijau.",
    "Cahaya matahari diserap oleh klorofil lalu dipakai untuk memecah molekul air.",
    "Oksigen yang dihasilkan dilepaskan ke udara melalui stomata di permukaan daun.",
    "Glukosa hasil fotosintesis disimpan sebagai amilum di dalam batang dan umbi.",
    "Laju fotosintesis dipengaruhi oleh suhu, kadar karbon dioksida, dan intensitas cahaya.",
    "Tumbuhan di tempat teduh biasanya memiliki daun yang lebih lebar dan tipis.",
]
SITE = """<html><head><title>Fotosintesis</title><style>p {{ color: red; }}</style></head><body>
<header class="site-header"><a href="/">Beranda Sekolah Kita</a> Portal belajar daring untuk siswa sekolah menengah.
</header>
<nav><ul><li><a href="/bio">Materi biologi untuk kelas sepuluh semester satu</a></li>
<li><a href="/kim">Materi kimia untuk kelas sepuluh semester satu</a></li></ul></nav>
<article><h1>Fotosintesis pada Tumbuhan</h1>
<p>Artikel ini menjelaskan bagaimana tumbuhan hijau membuat makanannya sendiri.</p>
{body}
</article>
<aside class="sidebar"><h3>Artikel terkait</h3><p>Baca juga penjelasan lengkap tentang respirasi sel pada hewan.</p></aside>
<footer><p>Hak cipta 2024 Sekolah Kita. Seluruh isi situs ini dilindungi undang-undang yang berlaku.</p>
<p>Hubungi kami melalui surel untuk pertanyaan tentang materi pelajaran.</p></footer>
<script>var pesan = "Teks di dalam skrip ini bukan bagian dari halaman yang dibaca.";</script>
</body></html>"""


def _read(tmp_path, name: str, text: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / name).write_text(text, encoding="utf-8")
    return read_corpus(corpus, prepare=prepare_document, limits=ReadingLimits(read_seconds=0))


@pytest.fixture
def reader_skips_sections(monkeypatch):
    """The HTML reader as one that does not look inside a <section> (a page shape it does not know yet)."""
    real = telusur.documents.html.read

    def read(raw: bytes, rel: str):
        head, _, rest = raw.partition(b"<section>")
        return real(head + rest.partition(b"</section>")[2], rel)

    monkeypatch.setattr(telusur.documents.html, "read", read)


def test_a_page_whose_text_sits_where_the_reader_does_not_look_is_warned_and_still_indexed(tmp_path,
                                                                                          reader_skips_sections):
    page = SITE.format(body="<section>" + " ".join(LESSON) + "</section>")
    corpus = _read(tmp_path, "fotosintesis.html", page)
    [report] = corpus.files
    assert report.status == "indexed"
    [warning] = report.warnings
    assert warning.startswith("sebagian besar teks halaman ini tidak terbaca (86%)")  # 6 of its 7 sentences
    assert "simpan ulang sebagai PDF" in warning
    lines = format_file_report([report.to_dict()])  # the CLI's build output and the admin page's report
    assert lines[1] == f"  peringatan: {warning}"


def test_a_normal_page_with_navigation_sidebar_and_footer_is_not_warned(tmp_path):
    page = SITE.format(body="".join(f"<p>{s}</p>" for s in LESSON))
    [report] = _read(tmp_path, "fotosintesis.html", page).files
    assert report.status == "indexed" and report.warnings == ()
    assert unread.unread(page.encode(), ".html", "")[0] == len(LESSON) + 1  # navigation, footer, sidebar aside


def test_markdown_whose_front_matter_fences_and_links_are_markup_is_not_warned(tmp_path):
    source = ("---\ntitle: Fotosintesis\ndescription: Ringkasan materi biologi untuk kelas sepuluh semester satu.\n"
              "---\n\n# Fotosintesis\n\n" + "\n\n".join(f"{s} Lihat [bagan berikut](https://contoh.id/bagan)."
                                                       for s in LESSON)
              + "\n\n```python\nprint('Contoh kode ini tidak termasuk teks pelajaran sama sekali.')\n```\n")
    [report] = _read(tmp_path, "fotosintesis.md", source).files
    assert report.status == "indexed" and report.warnings == ()


def test_markdown_text_the_reader_misses_is_warned(tmp_path, monkeypatch):
    real = telusur.documents.markdown.read

    def read(raw: bytes, rel: str):  # a reader that stops at a blank line after the first paragraph
        return real(raw.split(b"\n\n")[0] + b"\n", rel)

    monkeypatch.setattr(telusur.documents.markdown, "read", read)
    [report] = _read(tmp_path, "catatan.md", "\n\n".join(LESSON)).files
    assert report.status == "indexed"
    assert [w[:50] for w in report.warnings] == ["sebagian besar teks berkas ini tidak terbaca (83%)"]


def test_a_few_unread_sentences_are_no_warning():
    text = " ".join(LESSON[:5])
    source = " ".join(LESSON) + " Satu kalimat tambahan di akhir yang tidak dibaca oleh pembacanya."
    assert unread.unread(source.encode(), ".txt", text) == (7, 2)
    assert unread.warning(source.encode(), ".txt", text) is None  # under the share and the count a warning needs


def test_the_reader_text_holds_a_sentence_by_its_words_or_by_its_letters():
    reader = unread.ReaderText("Glukosa hasil foto- sintesis disimpan sebagai amilum. Oksigen dilepaskan ke udara.")
    assert reader.holds(unread.folded("oksigen dilepaskan ke udara"))
    assert reader.holds(unread.folded("Glukosa hasil fotosintesis disimpan sebagai amilum"))  # a word cut at a line end
    assert not reader.holds(unread.folded("oksigen dilepaskan ke tanah"))
    assert not reader.holds(unread.folded("udara ke dilepaskan oksigen"))


def test_a_failing_self_check_costs_the_warning_not_the_file(tmp_path, monkeypatch):
    def broken(*args):
        raise ValueError("rusak")

    monkeypatch.setattr(unread, "warning", broken)
    [report] = _read(tmp_path, "a.md", "\n\n".join(LESSON)).files
    assert report.status == "indexed" and report.warnings == ()


def test_markdown_markup_the_reader_shows_otherwise_is_no_unread_sentence(tmp_path):
    """A bracketed note's link ("[[1]](url)": no wiki link), a task list's box, a picture line over a paragraph with no
    blank line between, and a fenced block of code (no prose, by design) leave no sentence unread."""
    source = ("# Catatan\n\n"
              "Klorofil menyerap cahaya merah dan biru paling kuat [[1]](https://contoh.id/a/1). Cahaya hijau "
              "dipantulkan sehingga daun tampak hijau.\n\n"
              "- [x] Siapkan daun bayam segar dan alkohol panas\n- [ ] Rendam daun dalam larutan iodin selama lima menit\n\n"
              "![daun](img/daun.png)\nDaun yang terkena cahaya berubah biru kehitaman karena mengandung amilum.\n\n"
              "```\nuntuk setiap daun dalam sampel lakukan uji iodin lalu catat warnanya\nx = [1, 2]\n```\n")
    path = tmp_path / "catatan.md"
    path.write_text(source, encoding="utf-8")
    from telusur.documents import read_document

    assert unread.unread(source.encode(), ".md", read_document(path, "catatan.md").text) == (5, 0)


def test_the_warning_reaches_the_report_a_library_shows(tmp_path, stub_encoder, reader_skips_sections):
    """Through a build: the manifest's per-file report, which `telusur build` prints for a fresh index and the admin
    page lists (Library.status -> report_of), holds the warning."""
    from telusur.engine import build
    from telusur.index.store import current_build, stored_report
    from telusur.library import report_of
    from telusur.settings import Settings

    from .conftest import STUB_MODEL

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "fotosintesis.html").write_text(
        SITE.format(body="<section>" + " ".join(LESSON) + "</section>"), encoding="utf-8")
    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "index", model=STUB_MODEL, max_read_seconds=0)
    build(settings)
    [shown] = report_of(current_build(settings.index_dir()))["files"]
    assert shown["status"] == "indexed" and shown["warnings"][0].startswith("sebagian besar teks halaman ini")
    assert stored_report(settings)["files"] == [shown]
