"""Section titles of a text's first blocks that read like a name over an affiliation stay titles: a role word
("Guru", "Dosen") names where only with a school after it, and a heading over a heading is a section over its part."""

import pytest

from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = "Guru sekolah dasar mengajar semua mata pelajaran di kelasnya dan menjadi wali kelas bagi siswanya."


@pytest.mark.parametrize("name, text", [
    ("pendidik.md", f"# Profesi Pendidik\n\n## Tenaga Pendidik\n\n### Guru Sekolah Dasar\n\n{PROSE}\n"),
    ("pendidik.html", f"<h1>Profesi Pendidik</h1><h2>Tenaga Pendidik</h2><h3>Guru Sekolah Dasar</h3><p>{PROSE}</p>"),
    ("organisasi.md", f"# Profil Universitas\n\n## Struktur Organisasi\n\n### Fakultas Ekonomi\n\n{PROSE}\n"),
])
def test_a_section_title_over_a_heading_naming_a_role_or_a_school_is_no_byline(tmp_path, name, text):
    doc, blocks = _read(tmp_path, text, name)
    assert [kind for kind, _, _ in blocks] == ["heading", "heading", "heading", "paragraph"]
    assert len(doc.blocks[3].location.section) == 3


def test_a_txt_section_title_naming_a_role_is_no_affiliation(tmp_path):
    text = f"Profesi Pendidik\n\nTenaga Pendidik\n\nGuru Sekolah Dasar\n\n{PROSE}\n"
    doc, blocks = _read(tmp_path, text, "pendidik.txt")
    assert blocks[2] == ("heading", 2, "Guru Sekolah Dasar")
    assert doc.blocks[3].location.section == ("Profesi Pendidik", "Guru Sekolah Dasar")


@pytest.mark.parametrize("where", ["Guru SD Negeri 1 Malang", "Dosen FKIP Universitas Lampung",
                                   "Mahasiswa Program Studi Pendidikan Ekonomi", "Guru SMA Negeri 2, Bandung"])
def test_a_role_with_its_school_is_still_an_affiliation(tmp_path, where):
    text = (f"Peran Koperasi di Desa\n\nDewi Lestari dan Intan Permata\n\n{where}\n\n"
            "Koperasi desa adalah badan usaha yang beranggotakan warga desa dan bertujuan menyejahterakan anggotanya.\n")
    doc, blocks = _read(tmp_path, text, "koperasi.txt")
    assert [kind for kind, _, _ in blocks] == ["heading", "paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("under", ["NIM 123456789", "NPM. 2019110045"])
def test_a_txt_titles_authors_number_right_under_it_is_no_part_of_the_title(tmp_path, under):
    text = f"PERAN KOPERASI DALAM PEREKONOMIAN DESA\n{under}\n\n{PROSE}\n"
    doc, blocks = _read(tmp_path, text, "koperasi.txt")
    assert doc.title == "PERAN KOPERASI DALAM PEREKONOMIAN DESA"
    assert blocks[1] == ("paragraph", 0, under)


@pytest.mark.parametrize("names", ["Budi Santoso, SE, MM", "Siti Aminah, MPd", "Budi Santoso, S.E., M.M."])
def test_a_name_with_its_degrees_run_together_under_a_title_is_its_byline(tmp_path, names):
    text = f"Peran Koperasi di Desa\n\n{names}\n\n{PROSE}\n"
    doc, blocks = _read(tmp_path, text, "koperasi.txt")
    assert blocks[1] == ("paragraph", 0, names)  # no section title
    assert doc.blocks[2].location.section == ("Peran Koperasi di Desa",)
