"""Fixtures for the NLU tests: the analyzer (built once) and the labelled splits."""

from __future__ import annotations

import pytest

from nlu import Analyzer, load_analyzer
from nlu.dataset import DATA_DIR, Example, load_examples


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return load_analyzer()


@pytest.fixture(scope="session")
def rules() -> Analyzer:
    """The rules alone (the statistical net off), for the class tests of each round."""
    return load_analyzer(net=False)


def _split(name: str) -> list[Example]:
    return [ex for p in sorted((DATA_DIR / name).glob("*.yml")) for ex in load_examples(p)]


@pytest.fixture(scope="session")
def heldout() -> list[Example]:
    splits = ("heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
              "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n")
    return [ex for name in splits for ex in _split(name)]
