"""The kinds of idea a text names after its author ("Teori Hierarki Kebutuhan Maslow", "Model DeLone dan McLean") are
written once, in names.THEORY_KINDS: intext's heads of an English concept's name before its year ("Theory of Planned
Behavior (1991)") hold them, so that a kind added there counts in both readings."""

from telusur.citations import intext, names


def test_the_concept_heads_hold_the_theory_kinds():
    assert names.THEORY_KINDS <= intext._CONCEPT_HEADS
    assert {"theory", "model", "pyramid", "concept"} <= intext._CONCEPT_HEADS
