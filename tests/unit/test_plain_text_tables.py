"""A table typed with pipes in a plain text (a rule row under its header or none, a grid of "+---+" rules) is
one table block, as every reader writes one; in Markdown too, where a paragraph of pipe rows is no table."""

from tests.unit.test_typed_lists import _read  # a plain text written to a file and read

PROSE = "Basis data menyimpan data secara terstruktur agar mudah dicari, diperbarui, dan dipakai bersama."


ROWS = ["| Sistem | Lisensi | Kelebihan utama |", "| MySQL | GPL | Mudah dipasang |",
        "| PostgreSQL | PostgreSQL License | Fitur SQL lengkap |"]
TABLE = "Sistem | Lisensi | Kelebihan utama\nMySQL | GPL | Mudah dipasang\nPostgreSQL | PostgreSQL License | Fitur SQL lengkap"


def test_a_table_typed_with_pipes_is_one_table_with_or_without_a_rule_row(tmp_path):
    lead, after = "Tabel berikut membandingkan dua sistem basis data.", "Keduanya bersifat sumber terbuka."
    for rows in (ROWS, ROWS[:1] + ["|---|:---:|---|"] + ROWS[1:]):
        _, blocks = _read(tmp_path, "\n".join([lead, "", *rows, "", after]) + "\n")
        assert blocks == [("paragraph", 0, lead), ("table", 0, TABLE), ("paragraph", 0, after)]
    grid = ["+------+-----+", "| Nama | Peran |", "+======+=====+", "| Budi | Ketua |", "+------+-----+"]
    _, blocks = _read(tmp_path, "\n".join([lead, "", *grid]) + "\n")
    assert blocks[1] == ("table", 0, "Nama | Peran\nBudi | Ketua")
    # Markdown has no table without the rule row: its paragraph of pipe rows is one too
    _, blocks = _read(tmp_path, "\n".join([lead, "", *ROWS]) + "\n", "catatan.md")
    assert blocks[1] == ("table", 0, TABLE)


def test_a_line_with_one_pipe_is_no_table(tmp_path):
    line = "Menu situs: Beranda | Berita | Kontak"
    _, blocks = _read(tmp_path, f"{PROSE}\n\n{line}\n")
    assert blocks[-1] == ("paragraph", 0, line)


def test_a_long_run_of_pipe_lines_is_read_once(monkeypatch):
    # a folder tree ("| app") or a long table with one short row: each line is matched once, not once a start
    from telusur.documents import structure

    calls = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, line):
            calls.append(line)
            return self.pattern.match(line)

    monkeypatch.setattr(structure, "_PIPE_ROW", Counting(structure._PIPE_ROW))
    lines = [f"| baris {n}" for n in range(300)] + [f"| a{n} | b{n} |" for n in range(300)] + ["| akhir"]
    assert structure.pipe_tables("\n".join(lines)) == "\n".join(lines)
    assert len(calls) <= 2 * len(lines)
