"""A line of people's names under a text's title (structure.names_people) is read one way only: ", A. Budi" is a degree
and a name alike, so a line of many such names that was none (", dkk." closing it) took time doubling with each name
(20 names 5 s of reading a small .txt)."""

import subprocess
import sys

from telusur.documents.structure import names_people

TEXT = "Peran Koperasi\n\nKoperasi adalah badan usaha.\n"


def test_names_with_their_degrees_are_a_line_of_people():
    assert names_people("Dr. Siti Aminah, M.Pd. dan Agus Salim, S. Ag.", TEXT)
    assert names_people("Budi Santoso, A. Budi & C. Dewi", TEXT)
    assert not names_people("Budi Santoso, A. Budi, dkk.", TEXT)


def test_a_line_of_many_names_closed_by_dkk_is_read_at_once():
    line = "Budi Santoso" + ", A. Budi" * 40 + ", dkk."
    code = f"from telusur.documents.structure import names_people; assert not names_people({line!r}, '')"
    # a hang, not a speed: every way of reading 40 names is 2 ** 40 walks
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
