"""The analyzer's disk cache (nlu/model_cache.py): same answers as a build, a new key for any change to
what the build reads, and nothing a stale, broken or foreign file can do but cause a rebuild."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from nlu import Analyzer
from nlu import model_cache as mc
from nlu.dataset import load_examples

DEV = Path(__file__).resolve().parents[2] / "nlu" / "data" / "heldout_b"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HELPLINE_NLU_CACHE", str(folder))
    return folder


class Built:
    """A stand-in for a build, counting how often it ran."""

    runs = 0

    def __init__(self, value: str = "model") -> None:
        Built.runs += 1
        self.value = value


def test_a_loaded_analyzer_answers_exactly_as_the_built_one(analyzer: Analyzer) -> None:
    loaded = pickle.loads(pickle.dumps(analyzer, protocol=pickle.HIGHEST_PROTOCOL))
    texts = [ex.text for path in sorted(DEV.glob("*.yml")) for ex in load_examples(path)]
    texts += ["", "🙂🙂", "x" * 5000, "они забрали паспорт, я не могу уйти", "what if they take my passport?"]
    assert len(texts) > 150
    for text in texts:
        assert loaded.parse(text) == analyzer.parse(text), text


def test_the_second_start_loads_instead_of_building(cache: Path) -> None:
    Built.runs = 0
    first = mc.cached("test", Built, Built)
    second = mc.cached("test", Built, Built)
    assert Built.runs == 1 and second.value == first.value == "model"
    files = list(cache.glob("test-*.pickle"))
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o777 == 0o600 and cache.stat().st_mode & 0o777 == 0o700


def _tree(root: Path) -> Path:
    (root / "data" / "pl").mkdir(parents=True)
    (root / "data" / "pl" / "nlu.yml").write_text("- szef zabrał paszport\n")
    (root / "risk.py").write_text("X = 1\n")
    (root / "reports").mkdir()
    (root / "reports" / "first-run.txt").write_text("0.9\n")
    (root / "README.md").write_text("notes\n")
    return root


def test_any_change_to_code_or_data_makes_a_new_key_and_notes_do_not(tmp_path: Path) -> None:
    root = _tree(tmp_path / "nlu")
    key = mc.fingerprint("net", root)
    assert mc.fingerprint("rules", root) != key
    (root / "README.md").write_text("more notes\n")
    (root / "reports" / "first-run.txt").write_text("0.95\n")
    assert mc.fingerprint("net", root) == key
    (root / "data" / "pl" / "nlu.yml").write_text("- szef zabrał paszporty\n")
    changed = mc.fingerprint("net", root)
    assert changed != key
    (root / "risk.py").write_text("X = 2\n")
    assert mc.fingerprint("net", root) != changed
    (root / "data" / "pl" / "extra.yml").write_text("")
    assert mc.fingerprint("net", root) not in {key, changed}


def test_a_broken_file_is_rebuilt_and_replaced(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    Built.runs = 0
    mc.cached("test", Built, Built)
    (path,) = cache.glob("test-*.pickle")
    path.write_bytes(b"\x80\x05truncated")
    again = mc.cached("test", Built, Built)
    assert Built.runs == 2 and again.value == "model"
    assert "unreadable" in caplog.text
    assert mc.cached("test", Built, Built).value == "model" and Built.runs == 2


def test_a_file_of_another_kind_is_not_used(cache: Path) -> None:
    mc.cached("test", lambda: "a plain string", str)
    Built.runs = 0
    assert isinstance(mc.cached("test", Built, Built), Built) and Built.runs == 1


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_a_file_others_can_write_is_not_trusted(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    Built.runs = 0
    mc.cached("test", Built, Built)
    (path,) = cache.glob("test-*.pickle")
    path.chmod(0o666)
    mc.cached("test", Built, Built)
    assert Built.runs == 2 and "writable by others" in caplog.text


def test_switched_off_it_builds_every_time_and_writes_nothing(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPLINE_NLU_CACHE", "off")
    assert mc.cache_dir() is None
    Built.runs = 0
    mc.cached("test", Built, Built)
    mc.cached("test", Built, Built)
    assert Built.runs == 2


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HELPLINE_NLU_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert mc.cache_dir() == tmp_path / "helpline" / "nlu"


def test_an_unwritable_folder_still_gives_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("HELPLINE_NLU_CACHE", str(blocker / "cache"))
    assert mc.cached("test", Built, Built).value == "model"
    assert "not written" in caplog.text


def test_only_the_newest_builds_are_kept(cache: Path) -> None:
    for n in range(mc.KEEP + 3):
        mc.cached(f"v{n}", lambda n=n: Built(str(n)), Built)
        os.utime(next(cache.glob(f"v{n}-*.pickle")), (1_000_000 + n, 1_000_000 + n))
    kept = sorted(p.name.split("-")[0] for p in cache.glob("*.pickle"))
    assert len(kept) == mc.KEEP and "v0" not in kept
