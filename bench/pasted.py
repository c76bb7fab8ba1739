"""Real PDFs copied out of a PDF viewer and pasted into Word, one paragraph per line (issue 14: students paste
journal text this way): does the pasted DOCX give the passages the PDF itself gives?

    python bench/pasted.py [--cache DIR] [--half tuning]

Every PDF of the tuning half (bench/texts-split.json) is copied page after page with pdfium (the engine of Chrome's
viewer: its text as a viewer copies it, a hyphen set at a line end copied as "-"), each line a Word paragraph, and
both files are read and chunked by telusur. Printed per document and in all: the PDF's passages found identical
(white space, soft hyphens and note marks aside) among the pasted DOCX's. Tables pasted line by line lose their
rows and columns in any reader: a table's passages are not expected back. The checking half is never read here.
Another revision side by side: PYTHONPATH=/tmp/base/src python bench/pasted.py --cache /tmp/pasted-base.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
SPLIT = REPO / "bench" / "texts-split.json"
sys.path.append(str(REPO / "src"))  # after PYTHONPATH, so another revision's src can be scored with this script


def pasted_docx(pdf_path: Path, out: Path) -> None:
    """The PDF's text as a viewer copies it, pasted into Word one paragraph per line."""
    import docx
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        lines = [line for page in pdf for line in page.get_textpage().get_text_range().splitlines()]
    finally:
        pdf.close()
    document = docx.Document()
    for line in lines:
        line = re.sub(r"[\x00-\x08\x0b-\x1f\ufffe]", "", line.replace("\x02", "-")).strip()
        if line:
            document.add_paragraph(line)
    document.save(str(out))


def squeeze(text: str) -> str:
    return "".join(re.sub("[\u00ad⁰¹²³⁴⁵⁶⁷⁸⁹]", "", text).split())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=REPO / "bench" / ".cache" / "pasted")
    args = parser.parse_args(argv)
    if not TEXTS.is_dir():
        print(f"{TEXTS} is not beside the repository: nothing to paste", file=sys.stderr)
        return 1
    from telusur.chunking import chunk_document
    from telusur.documents import read_document

    args.cache.mkdir(parents=True, exist_ok=True)
    same = total = 0
    print("| document | PDF passages found in the pasted DOCX |\n| --- | ---: |")
    for rel in json.loads(SPLIT.read_text())["tuning"]:
        if not rel.endswith(".pdf"):
            continue
        source = TEXTS / rel
        copy = args.cache / (source.stem + ".docx")
        if not copy.exists():
            pasted_docx(source, copy)
        wanted = [squeeze(c.text) for c in chunk_document(read_document(source, source.name))]
        have = {squeeze(c.text) for c in chunk_document(read_document(copy, copy.name))}
        found = sum(w in have for w in wanted)
        same, total = same + found, total + len(wanted)
        print(f"| {source.name} | {found}/{len(wanted)} |")
    print(f"| all | {same}/{total} ({same / max(total, 1):.3f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
