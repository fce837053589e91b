"""Shared fixtures, and a header line saying where the real-questionnaire corpus is read from.

The corpus location is read in one place, `helpers.CORPUS` (SOCPROC_CORPUS, default
../shared/corpus); corpus tests skip with `CORPUS_HINT` when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CORPUS, CORPUS_HINT


def pytest_report_header() -> str:
    """One line: the corpus the `corpus` tests read, or how to turn them on."""
    return f"corpus: {CORPUS}" if CORPUS.is_dir() else CORPUS_HINT


@pytest.fixture
def corpus() -> Path:
    """The shared corpus folder; the test skips, saying how to enable it, when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_HINT)
    return CORPUS
