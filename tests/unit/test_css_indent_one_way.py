"""A web page's paragraph indent (html.first_line_indent: CSS margin-left and text-indent, as LibreOffice's and Word's
web pages set a typed list's) is read with its number read one way only: "\\d*\\.?\\d+" split a run of digits every way
before the unit failed, time growing with its square (4,000 digits 2.8 s)."""

import subprocess
import sys

from lxml import html

from telusur.documents.html import first_line_indent


def _p(style: str):
    return html.fromstring(f"<p style='{style}'>x</p>")


def test_a_paragraphs_indent_is_still_read():
    assert first_line_indent(_p("margin-left: 0.5in; text-indent: -0.25in"), 0.0) == 360.0
    assert first_line_indent(_p("margin-left:36.0pt;text-indent:-18.0pt"), 0.0) == 360.0
    assert first_line_indent(_p("margin-left: .5in"), 0.0) == 720.0
    assert first_line_indent(_p("color: red"), 90.0) == 90.0  # no indent of its own: its parent's


def test_a_long_run_of_digits_with_no_unit_is_read_at_once():
    style = "margin-left:" + "1" * 100_000 + "x"
    code = ("from lxml import html; from telusur.documents.html import first_line_indent; "
            f"assert first_line_indent(html.fromstring(\"<p style='{style}'>x</p>\"), 7.0) == 7.0")
    # a hang, not a speed: the old pattern walked 100,000 ** 2 / 2 splits (about 30 minutes)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
