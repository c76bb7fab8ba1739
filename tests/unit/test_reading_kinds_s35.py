"""Reading kinds of issue 14 found on new real documents by bench/lost_text.py --share --folder read25 (helper
"reading", session 35): each written here as a made-up file of the kind, in words of its own."""

from pathlib import Path

from telusur.chunking import chunk_document
from telusur.documents import read_document


def _blocks(path: Path):
    doc = read_document(path, path.name)
    return doc, [(b.kind, b.level, doc.block_text(b).strip()) for b in doc.blocks]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BOXES = """# Merawat Tanaman Hias

Siram tanaman setiap pagi.

{% include note.html content="Air hujan lebih baik daripada air ledeng yang mengandung kaporit." %}

{% include callout.html title="Peringatan"
   content="Pupuk kimia yang berlebihan membuat akar membusuk." %}

{{< hint type="warning" title="Tanya Jawab" >}}
Kapan tanaman perlu dipindah ke pot yang lebih besar?
{{< /hint >}}

<!-- {% include note.html content="Bagian ini belum selesai ditulis oleh penyusun." %} -->

{{< figure src="daun.png" title="Daun" >}}

Pangkas daun yang layu seminggu sekali.
"""


def test_a_static_sites_note_box_shows_its_text_and_title(tmp_path):
    """A documentation theme's note written as an include ("{% include note.html content='…' %}") holds its text in a
    parameter, and a box shortcode names its title in one ("{{< hint title='…' >}}"): the reader dropped both (the
    lead's list; the index holds Indonesian Hugo pages with {{< alert title="Catatan" >}}). A tag commented out
    still shows nothing, and a figure's one-word title is still no text."""
    doc, blocks = _blocks(_write(tmp_path, "tanaman.md", BOXES))
    texts = [t for _, _, t in blocks]
    assert "Air hujan lebih baik daripada air ledeng yang mengandung kaporit." in texts
    assert "Peringatan" in texts
    assert "Pupuk kimia yang berlebihan membuat akar membusuk." in texts
    assert "Tanya Jawab" in texts
    assert "Kapan tanaman perlu dipindah ke pot yang lebih besar?" in texts
    assert not any("belum selesai" in t for t in texts)  # commented out
    assert "Daun" not in texts
    assert texts[-1] == "Pangkas daun yang layu seminggu sekali."


CODE = """# Menyiapkan Server

Berkas konfigurasi layanan ditulis seperti ini:

```yaml
layanan: toko
replika: 3

# port yang dibuka:
- 80
- 443
```

Daftar langkah yang ditempel tanpa bahasa tetap daftar:

```
1. Unduh paket
2. Pasang paket
```

Simpan berkas itu sebelum menjalankan server.
"""


def test_fenced_code_with_a_language_keeps_its_lines_as_code(tmp_path):
    """A fence naming its language (```yaml, ```python) is code: its "- 80" lines are the file's, no list items of
    the text (a bootcamp's Marp slides listed a dataset's columns in a Python fence: each became an item, the
    fence's text cut into a paragraph and seven items). A fence with no language stays pasted text, its items items."""
    doc, blocks = _blocks(_write(tmp_path, "server.md", CODE))
    code = [t for k, _, t in blocks if "layanan: toko" in t]
    assert code == ["layanan: toko\nreplika: 3\n\n# port yang dibuka:\n- 80\n- 443"]
    assert [k for k, _, t in blocks if t in ("- 80", "- 443")] == []
    assert [(k, t) for k, _, t in blocks if "paket" in t] == [("item", "1. Unduh paket"), ("item", "2. Pasang paket")]
