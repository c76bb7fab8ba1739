"""structure.page_number_lines finds the chains a lone number may go on by their last number, not by comparing it with
every chain so far: a text of many lines holding only a number (a column counting up a line at a time, a table of
ones) was quadratic (8,000 such lines: 4 s); the same lines are page numbers as when each chain was compared."""

import random
import re
import sys

from telusur.documents.structure import PAGE_LINES, PAGE_NUMBER, TERMINAL, page_number_lines


def _compared(lines: list[str]) -> set[int]:
    """page_number_lines as each number compared with every chain: the longest (the first, of equal ones) ending one
    or two lower a page above it takes it."""
    found = [(i, int(re.search(r"\d+", line).group())) for i, line in enumerate(lines)
             if line.strip() and PAGE_NUMBER.match(line.strip())]
    chains: list[list[tuple[int, int]]] = []
    for i, n in found:
        going = [c for c in chains if 1 <= n - c[-1][1] <= 2 and i - c[-1][0] >= PAGE_LINES]
        if going:
            max(going, key=len).append((i, n))
        else:
            chains.append([(i, n)])
    out = {i for c in chains if len(c) >= 3 for i, _ in c}
    for i, _ in found:
        before, after = (lines[i - 1].rstrip() if i else ""), (lines[i + 1].lstrip() if i + 1 < len(lines) else "")
        if before and not before.endswith(TERMINAL) and after[:1].islower():
            out.add(i)
    return out


def _random_pages(rng: random.Random) -> list[str]:
    lines, page = [], rng.randint(1, 5)
    for _ in range(rng.randint(0, 120)):
        r = rng.random()
        if r < 0.25:
            lines.append(rng.choice([str(page), str(page), str(rng.randint(1, 8)), f"- {page} -", f"Halaman {page}"]))
            page += rng.choice([0, 1, 1, 2])
        else:
            lines.append(rng.choice(["", "kalimat yang masih", "mengabaikan hal itu.", "Judul Bagian"]))
    return lines


def test_the_page_numbers_are_those_every_chain_compared_finds():
    rng = random.Random(29)
    for _ in range(3000):
        lines = _random_pages(rng)
        assert page_number_lines(lines) == _compared(lines), lines
    pages = [line for p in range(1, 30) for line in [f"Teks halaman {p}."] * 12 + [str(p)]]
    assert page_number_lines(pages) == _compared(pages) and len(page_number_lines(pages)) == 29


def _steps(lines: list[str]) -> int:
    """How many lines of Python run to read them (a count, not a time)."""
    count = [0]

    def trace(frame, event, arg):
        def line(frame, event, arg):
            count[0] += event == "line"
            return line
        return line

    sys.settrace(trace)
    try:
        page_number_lines(lines)
    finally:
        sys.settrace(None)
    return count[0]


def test_twice_the_lone_numbers_take_about_twice_the_steps():
    page_number_lines(["1"])  # patterns compiled
    for make in (lambda k: [str(j + 1) for j in range(k)], lambda k: ["1"] * k + ["2"] * k):
        assert _steps(make(800)) < 3 * _steps(make(400))
