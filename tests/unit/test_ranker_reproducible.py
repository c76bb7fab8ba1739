"""data/ranker.json is what one documented command fits (issue 15: "fitting is reproducible from one command"). The
file records the command, the features the code had and a digest of what the fit saw (fitted_with); this layer checks
what can be checked without the shared texts and the encoder: that the file was fitted on the features the code now
computes, and that the command it records is the one the script and the README document. The fit itself is checked by
`python bench/fit_ranker.py --cache DIR ... --check` (exit 1 when it does not give the file back)."""

import json
import re
from pathlib import Path

from telusur.query import ranker
from telusur.query.ranker import PASSAGE_FEATURES, QUESTION_FEATURES

REPO = Path(__file__).resolve().parents[2]


def shipped() -> dict:
    return json.loads(ranker.PARAMETERS.read_text(encoding="utf-8"))


def documented_command() -> str:
    """The command fit_ranker.py's docstring says ships the file (the indented line after 'What ships ... is')."""
    text = (REPO / "bench" / "fit_ranker.py").read_text(encoding="utf-8")
    found = re.search(r"What ships \(src/telusur/data/ranker\.json\) is\n\n    (python bench/fit_ranker\.py[^\n]*)", text)
    assert found, "fit_ranker.py's docstring no longer says which command ships data/ranker.json"
    return found.group(1).strip()


def test_the_file_was_fitted_on_the_features_the_code_computes():
    """A feature added (or renamed, or moved) after the fit is in no weight the fit chose, not even a 0 it chose: the
    file is then not what its command gives (2026-12-03: 'covered' was added after the shipped fit). Refit with the
    command, or ask whoever owns data/ranker.json to."""
    recorded = shipped().get("fitted_with")
    assert recorded, "data/ranker.json does not say what it was fitted with: refit it with bench/fit_ranker.py --write"
    assert tuple(recorded["passage_features"]) == PASSAGE_FEATURES, "passage features changed since the fit: refit"
    assert tuple(recorded["question_features"]) == QUESTION_FEATURES, "question features changed since the fit: refit"
    assert recorded.get("gap_cap") == ranker.GAP_CAP, "the confidence was fitted on gaps capped elsewhere: refit"
    assert re.fullmatch(r"[0-9a-f]{12}", recorded["inputs"])


def test_the_file_names_the_command_the_script_and_the_readme_document():
    data = shipped()
    command = documented_command()
    assert data["fitted_with"]["command"] == command
    assert f"`{command}`" in data["about"]
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert f"`{command}`" in readme, "README's refit paragraph names another command"


def test_the_version_is_the_digest_of_the_file_not_the_day_it_was_fitted():
    """The same fit on another day is the same file (the version was the date of the run until 2026-12-03)."""
    import hashlib

    data = shipped()
    rest = {k: v for k, v in data.items() if k != "version"}
    digest = hashlib.sha256(json.dumps({"version": "", **rest}, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    assert data["version"] == "fit-" + digest[:12]


def test_the_file_records_no_figure_of_the_file_it_replaced():
    """The cross-validation rows scoring the weights in use before the run ("before course", ...) are the replaced
    file's: after a --write that changed a weight, --check scored the new file as "before" and never gave it back
    (2026-12-04, english_passage refitted). They are reported by the script, not written into the file."""
    assert not [k for k in shipped()["cross_validation"] if k.startswith("before")]
