"""Glyphs of a symbol font (Symbol, Wingdings) that a PDF's text layer or a DOCX run gives as private-use characters
(U+F000 plus the font's own code): read as the character they show when it is known, else left out with a warning,
never passed on as an invisible private-use character."""

import io
import zipfile

from pdf_pages import minimal_pdf

from telusur.documents import decode, docx, pdf, read_document


def _shown(y: int, *runs: tuple[str, bytes]) -> bytes:
    """One line at the margin: (font resource, codes) runs; "F3s" is F3 set small and raised (a note's mark)."""
    out = b"BT 72 %d Td " % y
    for font, codes in runs:
        size, rise = (7, 5) if font.endswith("s") else (12, 0)
        out += b"/%s %d Tf %d Ts (%s) Tj " % (font.rstrip("s").encode(), size, rise, codes)
    return out + b"ET\n"


def test_a_pdf_symbol_font_without_a_unicode_map_reads_as_its_glyphs():
    # pidana-pembakaran-hutan's "SymbolMT" note asterisks came out as U+F02A after the title and the authors' names
    # and before each note; Pantana's bullets are U+F0B7 of a symbol font; Wingdings has Word's square bullet
    # (0xA7) and pictures (0x4A, a smiling face) that are no text
    stream = b"".join([
        _shown(760, ("F1", b"Pengaruh Iklim Organisasi"), ("F3s", b"*")),
        _shown(740, ("F1", b"Ayu Sisthayoni"), ("F3s", b"**")),
        _shown(700, ("F1", b"Syarat uji: nilai "), ("F3", b"a"), ("F1", b" "), ("F3", b"\xa3"),
               ("F1", b" 0,05 dan hasilnya baik sekali.")),
        _shown(690, ("F4", b"J")),
        _shown(680, ("F4", b"\xa7"), ("F1", b" Butir pertama daftar ini berisi sebuah kalimat.")),
    ])
    doc = decode.clean_document(pdf.read(minimal_pdf([stream], symbol_fonts=("SymbolMT", "Wingdings-Regular")),
                                         "simbol.pdf"))
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in doc.text)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Pengaruh Iklim Organisasi"), ("paragraph", "Ayu Sisthayoni"),  # the raised marks: a note's
        ("paragraph", "Syarat uji: nilai α ≤ 0,05 dan hasilnya baik sekali."),
        ("item", "• Butir pertama daftar ini berisi sebuah kalimat.")]
    assert doc.warnings == (decode.SYMBOL_UNKNOWN.format(count=1),)  # the face: left out, and said


def _docx(body: str) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
    return out.getvalue()


def test_a_docx_run_typed_in_a_symbol_font_reads_as_its_glyphs(tmp_path):
    # Word keeps a character typed in the Symbol font as U+F000 plus its code in the run's text, and Insert > Symbol
    # from Wingdings as a w:sym: the check mark is Word's own, the face is a picture left out with a warning
    def run(text, font=None):
        fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
        return f'<w:r>{fonts}<w:t xml:space="preserve">{text}</w:t></w:r>'

    def sym(font, char):
        return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'

    body = (f"<w:p>{run('Taraf nyata ')}{run(chr(0xF061), 'Symbol')}{run(' = 0,05 ')}{sym('Wingdings', 'F0FC')}"
            f"{sym('Wingdings', 'F04A')}{run(' selesai.')}</w:p>")
    path = tmp_path / "simbol.docx"
    path.write_bytes(_docx(body))
    doc = read_document(path, "simbol.docx")
    assert doc.text.strip() == "Taraf nyata α = 0,05 ✓ selesai."
    assert doc.warnings == (decode.SYMBOL_UNKNOWN.format(count=1),)
    assert docx.read(_docx(body), "simbol.docx").text.count(chr(0xF04A)) == 1  # the reader passes it; the boundary drops it


def test_webdings_bullets_and_checks_read_as_their_characters(tmp_path):
    # Webdings' triangle ("4", ⏵) and square ("g", ■) set as typed bullets, its check ("a", ✔) in a sentence: items
    # and a character, not pictures left out (which left the items without their markers, read as one paragraph)
    def sym(char, text):
        return (f'<w:p><w:r><w:sym w:font="Webdings" w:char="{char}"/><w:tab/>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')

    body = ('<w:p><w:r><w:t>Langkah yang dilakukan peneliti:</w:t></w:r></w:p>'
            + sym("F034", "Menyusun rencana pelaksanaan pembelajaran.")
            + sym("F067", "Menyusun lembar observasi aktivitas siswa.")
            + '<w:p><w:r><w:t xml:space="preserve">Lembar kerja sudah diperiksa </w:t></w:r>'
              '<w:r><w:sym w:font="Webdings" w:char="F061"/></w:r></w:p>')
    path = tmp_path / "langkah.docx"
    path.write_bytes(_docx(body))
    doc = read_document(path, "langkah.docx")
    assert [(b.kind, doc.block_text(b).split()[0]) for b in doc.blocks] == [
        ("paragraph", "Langkah"), ("item", "⏵"), ("item", "■"), ("paragraph", "Lembar")]
    assert doc.text.rstrip().endswith("diperiksa ✔") and doc.warnings == ()
