"""Phrase indexes over criteria.py: control cues and signal words, matched on tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from socproc.classify.text import _fold, _tokens
from socproc.criteria import (
    CRITERIA,
    FINANCIAL_CONTROL_WORDS,
    FINANCIAL_PROCESS,
    FINANCIAL_STRONG,
    PERSONAL_CUES,
    TEST_CUES,
)


@dataclass(frozen=True, slots=True)
class _Target:
    cid: str
    kind: str  # "strong" | "weak" | "personal" | "plan" | "context"


# The cue phrase as written in the table, for rationales ("socaas", not the folded "socaa").
_CUE_WORDS: dict[tuple[str, ...], str] = {}


def _build_cue_index() -> tuple[dict[tuple[str, ...], tuple[_Target, ...]], dict[str, int]]:
    index: dict[tuple[str, ...], list[_Target]] = {}
    for crit in CRITERIA:
        for cue in crit.cues:
            kind = {"~": "weak", "@": "personal", "^": "plan", "+": "context"}.get(cue[0], "strong")
            phrase = cue[1:] if kind != "strong" else cue
            key = tuple(_tokens(_fold(phrase)))
            if key:
                index.setdefault(key, []).append(_Target(crit.id, kind))
                _CUE_WORDS.setdefault(key, phrase)
    first: dict[str, int] = {}
    for key in index:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return {k: tuple(v) for k, v in index.items()}, first


def _build_signals(
    vocabularies: dict[str, Sequence[str]],
) -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int]]:
    """One phrase index for every signal vocabulary: phrase tokens → the signals it raises."""
    index: dict[tuple[str, ...], set[str]] = {}
    for signal, phrases in vocabularies.items():
        for phrase in phrases:
            key = tuple(_tokens(_fold(phrase)))
            if key:
                index.setdefault(key, set()).add(signal)
    first: dict[str, int] = {}
    for key in index:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return {k: frozenset(v) for k, v in index.items()}, first


_CUES, _CUE_FIRST = _build_cue_index()
_SIGNALS, _SIGNAL_FIRST = _build_signals(
    {
        "personal": PERSONAL_CUES,
        "testing": TEST_CUES,
        "fin_strong": FINANCIAL_STRONG,
        "fin_process": FINANCIAL_PROCESS,
        "fin_control": FINANCIAL_CONTROL_WORDS,
    }
)


def _signals(tokens: list[str]) -> dict[str, str]:
    """The signals (personal data, testing, financial words...) the tokens raise, each with
    the first phrase that raised it (for the rationale)."""
    raised: dict[str, str] = {}
    first = _SIGNAL_FIRST
    for i in [i for i, tok in enumerate(tokens) if tok in first]:
        for n in range(1, first[tokens[i]] + 1):
            key = tuple(tokens[i : i + n])
            for signal in _SIGNALS.get(key, ()):
                raised.setdefault(signal, " ".join(key))
    return raised


def _cue_matches(tokens: list[str]) -> list[tuple[str, tuple[_Target, ...]]]:
    """Longest non-overlapping cue phrases, left to right, with their targets."""
    out: list[tuple[str, tuple[_Target, ...]]] = []
    first, size, done = _CUE_FIRST, len(tokens), 0
    # Only positions whose token starts some cue can start a match (most tokens start none).
    for i in [i for i, tok in enumerate(tokens) if tok in first]:
        if i < done:
            continue  # inside the previous, longer match
        for n in range(min(first[tokens[i]], size - i), 0, -1):
            key = tuple(tokens[i : i + n])
            targets = _CUES.get(key)
            if targets:
                out.append((_CUE_WORDS[key], targets))
                done = i + n
                break
    return out
