"""`python -m nlu.first_run`: a blind pair's first run writes the reports the README quotes, and refuses a
tree whose NLU is not the frozen commit's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from nlu.first_run import first_run, main, unfrozen

SPLIT = """# Held-out split {name}: a test split.
version: "3.1"
nlu:
- intent: emergency
  metadata: {{level: critical, indicators: [immediate_danger, restriction_of_movement]}}
  examples: |
    - help they locked us in the container right now and the boss has a knife, please come
- intent: report_situation
  metadata: {{level: high, indicators: [document_retention, wage_withholding]}}
  examples: |
    - the boss took my passport in march and has not paid us for three months
- intent: check_job_offer
  metadata: {{level: low, indicators: [recruitment_fee]}}
  examples: |
    - the agency wants 500 euro for the job in germany before i go, is that normal
- intent: rights
  metadata: {{level: none, indicators: []}}
  examples: |
    - how many days of holiday do i get on a one year contract in poland
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in ("zy", "zz"):
        folder = tmp_path / "data" / f"heldout_{name}"
        folder.mkdir(parents=True)
        (folder / "en.yml").write_text(SPLIT.format(name=name.upper()), encoding="utf-8")
    (tmp_path / "reports").mkdir()
    return tmp_path


def test_a_pair_gets_a_report_each_and_one_together(data: Path) -> None:
    summary = first_run(["zy", "zz"], "abc1234", "test rules", out=data / "reports", data_dir=data / "data")
    each = (data / "reports" / "ZY-first-run.txt").read_text(encoding="utf-8")
    assert each.startswith("# Split ZY, first run (written blind")
    assert "rules and net frozen at commit abc1234 (test rules); never tuned on" in each
    assert "| all | 4 | " in each and "# Secondary, same commit: rules alone" in each
    both = (data / "reports" / "ZYZZ-first-run.txt").read_text(encoding="utf-8")
    assert both.startswith("# Splits ZY and ZZ together, first run (two blind splits, 8 messages;")
    assert "| all | 8 | " in both
    assert "# Tertiary, same commit: rules + net without the veto" in both
    assert "Levels the net changed" in summary and "Critical threshold" in summary


def test_a_missing_split_is_a_clear_error(data: Path) -> None:
    with pytest.raises(FileNotFoundError, match="heldout_nope"):
        first_run(["nope"], "abc1234", "x", out=data / "reports", data_dir=data / "data")


def test_a_commit_that_is_not_the_trees_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert unfrozen("0" * 40, ["zz"]) is not None  # no such commit
    assert main(["zz", "--frozen", "0" * 40, "--rules", "x"]) == 2
    assert "not a frozen tree" in capsys.readouterr().err


def test_a_new_file_in_the_nlu_is_not_frozen(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=tmp_path, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    git("init", "-q")
    (tmp_path / "nlu").mkdir()
    (tmp_path / "nlu" / "risk.py").write_text("RULES = 1\n", encoding="utf-8")
    git("add", "nlu")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "frozen")
    frozen = git("rev-parse", "HEAD")
    assert unfrozen(frozen, ["zz"], root=tmp_path) is None
    (tmp_path / "nlu" / "reports").mkdir()
    (tmp_path / "nlu" / "reports" / "ZZ-first-run.txt").write_text("report\n", encoding="utf-8")
    assert unfrozen(frozen, ["zz"], root=tmp_path) is None  # the reports are what a first run writes
    (tmp_path / "nlu" / "extra.yml").write_text("a: 1\n", encoding="utf-8")  # untracked, but it would be read
    why = unfrozen(frozen, ["zz"], root=tmp_path)
    assert why is not None and "nlu/extra.yml" in why
