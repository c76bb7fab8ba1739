"""Fusion variants compared with telusur's fusion in bench/tydiqa.py (benchmark baselines only)."""


def fuse_minmax(dense: dict[int, float], lexical: dict[int, float], dense_weight: float) -> dict[int, float]:
    """Convex mix of min-max normalized scores (a benchmark baseline)."""
    d = _minmax(dense)
    top_lex = max(lexical.values(), default=0.0)
    return {i: dense_weight * d[i] + (1 - dense_weight) * (lexical.get(i, 0.0) / top_lex if top_lex else 0.0)
            for i in dense}


def fuse_rrf(dense: dict[int, float], lexical: dict[int, float], dense_weight: float, k: int = 60) -> dict[int, float]:
    """Weighted reciprocal-rank fusion (a benchmark baseline)."""
    out: dict[int, float] = {}
    for weight, scores in ((dense_weight, dense), (1 - dense_weight, lexical)):
        for rank, i in enumerate(sorted(scores, key=scores.get, reverse=True)):
            out[i] = out.get(i, 0.0) + weight / (k + rank + 1)
    return out


def _minmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    return {i: (s - lo) / (hi - lo) if hi > lo else 1.0 for i, s in scores.items()}
