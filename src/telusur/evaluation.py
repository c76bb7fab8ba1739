"""Scoring a JSON Lines question set (evidence strings, out-of-scope questions, conversations)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TelusurError

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def fold(text: str) -> str:
    """Lower case, curly quotes made straight, white space collapsed (shared/eval's matching rule)."""
    return re.sub(r"\s+", " ", text.lower().translate(_QUOTES)).strip()


def load_cases(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TelusurError(f"Berkas evaluasi {path} tidak dapat dibaca: {exc.strerror}.") from exc
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as exc:
            raise TelusurError(f"{path}:{number}: bukan JSON yang sah ({exc.msg}).") from exc
        if not isinstance(case, dict) or not (case.get("question") or case.get("turns")):
            raise TelusurError(f"{path}:{number}: setiap baris butuh \"question\" atau \"turns\".")
        cases.append(case)
    return cases


@dataclass
class Report:
    ranked: int = 0  # cases with evidence
    hits1: int = 0
    hits3: int = 0
    rr: float = 0.0
    should_abstain: int = 0
    abstained_right: int = 0
    abstained_wrong: int = 0  # answerable cases that abstained
    misses: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        n = max(self.ranked, 1)
        return {
            "questions": self.ranked + self.should_abstain,
            "answerable": self.ranked,
            "hit@1": round(self.hits1 / n, 4),
            "hit@3": round(self.hits3 / n, 4),
            "mrr@10": round(self.rr / n, 4),
            "out_of_scope": self.should_abstain,
            "abstained_correctly": self.abstained_right,
            "abstained_wrongly": self.abstained_wrong,
            "missed": self.misses,
        }


def evaluate(engine, cases: list[dict]) -> Report:
    report = Report()
    for case in cases:
        turns = case.get("turns") or [case["question"]]
        question, history = turns[-1], turns[:-1]
        answer = engine.ask(question, history, k=10)
        name = case.get("id") or question
        if case.get("abstain") or not case.get("evidence"):
            report.should_abstain += 1
            if answer.abstained:
                report.abstained_right += 1
            else:
                report.misses.append({"id": name, "question": question, "why": "seharusnya menolak menjawab"})
            continue
        report.ranked += 1
        evidence = [fold(e) for e in case["evidence"]]
        ranked = answer.related if answer.abstained else answer.passages
        rank = next((p.rank for p in ranked if any(e in fold(p.text) for e in evidence)), None)
        report.hits1 += rank == 1
        report.hits3 += rank is not None and rank <= 3
        report.rr += 1 / rank if rank else 0.0
        if answer.abstained:
            report.abstained_wrong += 1
        if rank != 1 or answer.abstained:
            why = "menolak menjawab" if answer.abstained else f"bukti di peringkat {rank or '>10'}"
            report.misses.append({"id": name, "question": question, "why": why})
    return report
