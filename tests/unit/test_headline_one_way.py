"""A headline after "Baca juga:", "Label:" or "Simak video" (decode._HEADLINE) is read one way only: a "[" could open a
Markdown link or stand alone, so a line of nested links and a full stop took time doubling with each link ("[[](u)" 22
times 2 s, 40 never ended)."""

import subprocess
import sys

from telusur.documents.decode import is_boilerplate_line


def test_a_headline_and_its_link_are_still_read():
    assert is_boilerplate_line("Baca juga: [Lima Kampus [Terbaik di Asia](https://contoh.id/a)")
    assert is_boilerplate_line("Label: [ekonomi](/label/ekonomi), inflasi  ")
    assert not is_boilerplate_line("Baca juga: [Pasal 2](https://contoh.id/b) KUHP (Moeljatno, 2008)")
    assert not is_boilerplate_line("Simak video berikut untuk memahami [konsep](https://contoh.id/c) ini.")


def test_a_line_of_nested_links_ending_in_a_stop_is_read_at_once():
    line = "Baca juga: " + "[[](u)" * 40 + "."
    code = f"from telusur.documents.decode import is_boilerplate_line; assert not is_boilerplate_line({line!r})"
    # a hang, not a speed: every way of reading 40 links is 2 ** 40 walks
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
