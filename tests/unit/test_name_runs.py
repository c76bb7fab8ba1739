"""Retriever._initialled reads each passage's runs of capitalised words once (retrieval._name_runs), looking back a
bounded stretch for a capitalised word right before a run: the runs, and the phrases an acronym finds in them, are
those of a look back over the whole passage, however far into a long passage the run stands."""

import re

from telusur.query import retrieval

FILLER = "data dikumpulkan dari laporan tahunan dan diolah secara bertahap oleh tim peneliti. " * 40


def _runs_looking_back_from_the_start(text):
    return tuple((m.group()[0], tuple(re.findall(r"[^\W\d_]+", m.group())),
                  bool(retrieval._CAPITAL_AFTER.match(text, m.end())), bool(retrieval._NUMBER_AFTER.match(text, m.end())))
                 for m in retrieval._NAME_RUN.finditer(text) if not retrieval._CAPITAL_BEFORE.search(text, 0, m.start()))


def test_a_run_far_into_a_passage_is_read_as_from_its_start():
    text = (FILLER + "Angka itu dirilis oleh Badan Pusat Statistik pada bulan Maret. " + FILLER
            + "Menurut laporan KEMENTERIAN-ATR untuk Badan Pertanahan Nasional Tahun 2019 ada sengketa. " + FILLER
            + "Pasien yang parah dirujuk ke Rumah Sakit Umum Daerah setempat. ")
    assert len(text) > 10 * retrieval._LOOK_BACK
    assert retrieval._name_runs(text) == _runs_looking_back_from_the_start(text)
    assert list(retrieval._run_names(text, "BPS")) == ["Badan Pusat Statistik"]
    # a capitalised word right before the run, a small word between ("KEMENTERIAN-ATR untuk"), makes it part of a
    # longer name: not the acronym's phrase
    assert list(retrieval._run_names(text, "BPN")) == []
    assert list(retrieval._run_names(text, "RSUD")) == ["Rumah Sakit Umum Daerah"]
