"""Scoring JSON Lines question files (evidence, out-of-scope questions, conversations), overall, per file and document."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QuestionError, TelusurError

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
NOT_FOUND = "bukti tidak ditemukan di korpus"


def fold(text: str) -> str:
    """Lower case, curly quotes made straight, white space collapsed (shared/eval's matching rule)."""
    return re.sub(r"\s+", " ", text.lower().translate(_QUOTES)).strip()


@dataclass(frozen=True)
class Case:
    """One line of a question file: the last turn is asked, the earlier ones are its history."""

    file: str
    line: int
    id: str
    turns: tuple[str, ...]
    evidence: tuple[str, ...]  # empty: out of scope, telusur must decline
    doc: str | None = None

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def load_cases(path: Path) -> list[Case]:
    """The cases of one JSON Lines file; a malformed line is a one-line error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "bukan teks UTF-8"
        raise TelusurError(f"Berkas evaluasi {path} tidak dapat dibaca: {reason}.") from exc
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise TelusurError(f"{path}:{number}: bukan JSON yang sah ({getattr(exc, 'msg', 'terlalu bersarang')}).") from exc
        cases.append(parse_case(item, str(path), number))
    return cases


def parse_case(item, file: str, line: int) -> Case:
    """A Case from one decoded line, checked: every problem names the file and line."""
    where = f"{file}:{line}"
    if not isinstance(item, dict):
        raise TelusurError(f"{where}: setiap baris harus objek JSON dengan \"question\" atau \"turns\".")
    turns = item.get("turns") if "turns" in item else [item.get("question")]
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise TelusurError(f"{where}: setiap baris butuh \"question\" (teks) atau \"turns\" (daftar teks, tidak kosong).")
    doc = item.get("doc")
    if doc is not None and not isinstance(doc, str):
        raise TelusurError(f"{where}: \"doc\" harus berupa nama berkas (teks).")
    evidence = _evidence(item, where)
    if evidence and item.get("abstain"):
        raise TelusurError(f"{where}: baris berisi \"evidence\" dan \"abstain\": true sekaligus; pilih salah satu.")
    name = item.get("id")
    return Case(file, line, turns[-1] if name is None else str(name), tuple(turns), evidence, doc)


def _evidence(item: dict, where: str) -> tuple[str, ...]:
    if "evidence" not in item:
        return ()
    value = item["evidence"]
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise TelusurError(
            f"{where}: \"evidence\" harus teks atau daftar teks yang tidak kosong (tertulis: {_kind(value)}); "
            "untuk pertanyaan yang harus ditolak, hapus \"evidence\"."
        )
    return tuple(values)


def _kind(value) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "angka"
    if isinstance(value, dict):
        return "objek"
    if isinstance(value, list):
        return "daftar kosong" if not value else "daftar berisi selain teks atau teks kosong"
    return "teks kosong"


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Outcome:
    """What happened to one case."""

    case: Case
    kind: str  # "ranked" (has evidence in the corpus), "out_of_scope", or "not_found" (evidence in no document)
    abstained: bool = False
    rank: int | None = None  # of the first answer passage holding the evidence; None when none did or it abstained
    related_rank: int | None = None  # the same among the "mungkin terkait" passages of an abstention

    @property
    def why(self) -> str | None:
        """Why this case is listed as missed (None when it went right)."""
        if self.kind == "out_of_scope":
            return None if self.abstained else "seharusnya menolak menjawab"
        if self.kind == "not_found":
            return NOT_FOUND
        if self.abstained:
            return "menolak menjawab" + (f"; bukti di 'mungkin terkait' peringkat {self.related_rank}"
                                         if self.related_rank else "")
        return None if self.rank == 1 else f"bukti di peringkat {self.rank or '>10'}"

    def to_dict(self) -> dict:
        c = self.case
        out = {"file": c.file, "line": c.line, "id": c.id, "question": c.question, "why": self.why}
        if c.doc is not None:
            out["doc"] = c.doc
        if self.kind == "not_found":
            out["evidence"] = list(c.evidence)
        return out


@dataclass
class Tally:
    questions: int = 0
    ranked: int = 0  # cases whose evidence is in the corpus
    hits1: int = 0
    hits3: int = 0
    rr: float = 0.0
    should_abstain: int = 0
    abstained_right: int = 0
    abstained_wrong: int = 0  # answerable cases that abstained (each also a miss)
    not_found: int = 0  # cases whose evidence is in no document: a problem of the question file, not scored

    def add(self, o: Outcome) -> None:
        self.questions += 1
        if o.kind == "not_found":
            self.not_found += 1
        elif o.kind == "out_of_scope":
            self.should_abstain += 1
            self.abstained_right += o.abstained
        else:
            self.ranked += 1
            self.abstained_wrong += o.abstained
            self.hits1 += o.rank == 1
            self.hits3 += o.rank is not None and o.rank <= 3
            self.rr += 1 / o.rank if o.rank else 0.0

    def to_dict(self) -> dict:
        n = max(self.ranked, 1)
        return {
            "questions": self.questions,
            "answerable": self.ranked,
            "hit@1": round(self.hits1 / n, 4),
            "hit@3": round(self.hits3 / n, 4),
            "mrr@10": round(self.rr / n, 4),
            "out_of_scope": self.should_abstain,
            "abstained_correctly": self.abstained_right,
            "abstained_wrongly": self.abstained_wrong,
            "evidence_not_found": self.not_found,
        }


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def tally(self, keep=lambda o: True) -> Tally:
        t = Tally()
        for o in self.outcomes:
            if keep(o):
                t.add(o)
        return t

    @property
    def abstained_wrong(self) -> int:
        return self.tally().abstained_wrong

    @property
    def misses(self) -> list[dict]:
        return [o.to_dict() for o in self.outcomes if o.why and o.kind != "not_found"]

    @property
    def not_found(self) -> list[dict]:
        return [o.to_dict() for o in self.outcomes if o.kind == "not_found"]

    def to_dict(self) -> dict:
        files = list(dict.fromkeys(o.case.file for o in self.outcomes))
        docs = list(dict.fromkeys(o.case.doc for o in self.outcomes if o.case.doc is not None))
        return {
            **self.tally().to_dict(),
            "missed": self.misses,
            "not_in_corpus": self.not_found,
            "files": [{"file": f, **self.tally(lambda o, f=f: o.case.file == f).to_dict()} for f in files],
            "documents": [{"doc": d, **self.tally(lambda o, d=d: o.case.doc == d).to_dict()} for d in docs],
        }


def evaluate(engine, cases) -> Report:
    """Ask every case (k=10) and score it; cases may be Case objects or decoded lines (dicts)."""
    cases = [c if isinstance(c, Case) else parse_case(c, "<pertanyaan>", n) for n, c in enumerate(cases, 1)]
    corpus = [fold(doc.text) for doc in engine.index.documents.values()]
    report = Report()
    for case in cases:
        evidence = [fold(e) for e in case.evidence]
        if evidence and not any(e in text for e in evidence for text in corpus):
            report.outcomes.append(Outcome(case, "not_found"))
            continue
        try:
            answer = engine.ask(case.question, case.turns[:-1], k=10)
        except QuestionError as exc:
            raise TelusurError(f"{case.where}: {exc}") from exc
        if not evidence:
            report.outcomes.append(Outcome(case, "out_of_scope", answer.abstained))
            continue
        ranked = answer.related if answer.abstained else answer.passages
        rank = next((p.rank for p in ranked if any(e in fold(p.text) for e in evidence)), None)
        if answer.abstained:  # the "mungkin terkait" passages are not an answer: never a hit
            report.outcomes.append(Outcome(case, "ranked", True, None, rank))
        else:
            report.outcomes.append(Outcome(case, "ranked", False, rank))
    return report
