"""Phrase indexes over criteria.py: control cues and signal words, matched on tokens."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from socproc.classify.text import fold, split_tokens
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


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue phrase with its targets, pre-split the ways `criteria_for` chooses among them."""

    phrase: str  # as written in the table, for rationales ("socaas", not the folded "socaa")
    targets: tuple[_Target, ...]
    private: tuple[_Target, ...]  # personal-data targets
    general: tuple[_Target, ...]  # the others
    private_no_context: tuple[_Target, ...]  # private, less the context targets
    general_no_context: tuple[_Target, ...]  # general, less the context targets
    specific: bool  # a strong or plan target: context cues then name no topic

    @classmethod
    def of(cls, phrase: str, targets: tuple[_Target, ...]) -> Cue:
        private = tuple(t for t in targets if t.kind == "personal")
        general = tuple(t for t in targets if t.kind != "personal")
        return cls(
            phrase,
            targets,
            private,
            general,
            tuple(t for t in private if t.kind != "context"),
            tuple(t for t in general if t.kind != "context"),
            any(t.kind in ("strong", "plan") for t in targets),
        )


def _lengths(keys: Iterable[tuple[str, ...]], longest_first: bool) -> dict[str, tuple[int, ...]]:
    """First token → the lengths of the phrases that start with it (only those can match)."""
    found: dict[str, set[int]] = {}
    for key in keys:
        found.setdefault(key[0], set()).add(len(key))
    return {tok: tuple(sorted(ns, reverse=longest_first)) for tok, ns in found.items()}


def _build_cue_index() -> dict[tuple[str, ...], Cue]:
    index: dict[tuple[str, ...], list[_Target]] = {}
    words: dict[tuple[str, ...], str] = {}
    for crit in CRITERIA:
        for cue in crit.cues:
            kind = {"~": "weak", "@": "personal", "^": "plan", "+": "context"}.get(cue[0], "strong")
            phrase = cue[1:] if kind != "strong" else cue
            key = tuple(split_tokens(fold(phrase)))
            if key:
                index.setdefault(key, []).append(_Target(crit.id, kind))
                words.setdefault(key, phrase)
    return {k: Cue.of(words[k], tuple(v)) for k, v in index.items()}


def _build_signals(
    vocabularies: dict[str, Sequence[str]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """One phrase index for every signal vocabulary: phrase tokens → the signals it raises."""
    index: dict[tuple[str, ...], set[str]] = {}
    for signal, phrases in vocabularies.items():
        for phrase in phrases:
            key = tuple(split_tokens(fold(phrase)))
            if key:
                index.setdefault(key, set()).add(signal)
    # Sorted: the order a phrase raises its signals in does not matter (first phrase wins).
    return {k: tuple(sorted(v)) for k, v in index.items()}


_CUES = _build_cue_index()
_CUE_LENGTHS = _lengths(_CUES, longest_first=True)
_SIGNALS = _build_signals(
    {
        "personal": PERSONAL_CUES,
        "testing": TEST_CUES,
        "fin_strong": FINANCIAL_STRONG,
        "fin_process": FINANCIAL_PROCESS,
        "fin_control": FINANCIAL_CONTROL_WORDS,
    }
)
_SIGNAL_LENGTHS = _lengths(_SIGNALS, longest_first=False)


class _Start(NamedTuple):
    """The phrases that can start at a token. Most are one token long, and those are known
    outright; the longer ones are looked up only when the next token can continue one."""

    cue_lengths: tuple[int, ...]  # lengths > 1 of cues starting here, longest first
    cue: Cue | None  # the one-token cue, if any
    signals: tuple[str, ...]  # the signals the token alone raises
    signal_lengths: tuple[int, ...]  # lengths > 1 of signal phrases starting here, shortest first
    seconds: frozenset[str]  # the second tokens of those longer phrases


def _build_starts() -> dict[str, _Start]:
    seconds: dict[str, set[str]] = {}
    for key in (*_CUES, *_SIGNALS):
        if len(key) > 1:
            seconds.setdefault(key[0], set()).add(key[1])
    return {
        tok: _Start(
            tuple(n for n in _CUE_LENGTHS.get(tok, ()) if n > 1),
            _CUES.get((tok,)),
            _SIGNALS.get((tok,), ()),
            tuple(n for n in _SIGNAL_LENGTHS.get(tok, ()) if n > 1),
            frozenset(seconds.get(tok, ())),
        )
        for tok in _CUE_LENGTHS.keys() | _SIGNAL_LENGTHS.keys()
    }


_STARTS = _build_starts()


# Every token some phrase holds. The phrases see no other token, so those are blanked (kept
# in place: reordered cues are matched by distance) and the scan is cached by what is left:
# questions that differ only in words no phrase uses (names, numbers, systems) share one scan.
VOCABULARY = frozenset(tok for key in (*_CUES, *_SIGNALS) for tok in key)


def find_signals(tokens: list[str]) -> tuple[Mapping[str, str], Sequence[Cue]]:
    """The signals (personal data, testing, financial words...) the tokens raise, each with
    the first phrase that raised it (for the rationale); and the longest non-overlapping cue
    phrases, left to right. Both are shared between calls: read them, do not change them."""
    vocabulary = VOCABULARY
    return _scan(tuple([tok if tok in vocabulary else "" for tok in tokens]))


def scan(tokens: tuple[str, ...]) -> tuple[Mapping[str, str], Sequence[Cue]]:
    """`find_signals` on tokens as they are (uncached; any token outside VOCABULARY reads as
    no phrase word)."""
    raised: dict[str, str] = {}
    cues: list[Cue] = []
    starts, size, done = _STARTS, len(tokens), 0
    # Only positions whose token starts some phrase can start a match (most tokens start none).
    for i in [i for i, tok in enumerate(tokens) if tok in starts]:
        cue_lengths, one_cue, one_signals, signal_lengths, seconds = starts[tokens[i]]
        for signal in one_signals:
            if signal not in raised:
                raised[signal] = tokens[i]
        longer = i + 1 < size and tokens[i + 1] in seconds
        for n in signal_lengths if longer else ():
            if i + n > size:
                break  # shortest first: the longer ones do not fit either
            key = tokens[i : i + n]
            for signal in _SIGNALS.get(key, ()):
                if signal not in raised:
                    raised[signal] = " ".join(key)
        if i < done:
            continue  # inside the previous, longer cue
        for n in cue_lengths if longer else ():
            if i + n <= size:
                cue = _CUES.get(tokens[i : i + n])
                if cue is not None:
                    cues.append(cue)
                    done = i + n
                    break
        else:
            if one_cue is not None:
                cues.append(one_cue)
                done = i + 1
    return raised, tuple(cues or _unordered(tokens))


_scan = functools.lru_cache(maxsize=16_384)(scan)


# Multi-word cues by each of their words, for the reordered-phrase fallback below.
_MULTI: dict[tuple[str, ...], Cue] = {k: c for k, c in _CUES.items() if len(k) > 1}


def _by_rarest_word(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each multi-word cue filed under its rarest word: a text is then checked only against
    the few cues whose rarest word it contains, and each cue at most once."""
    keys = list(keys)
    uses: dict[str, int] = {}
    for key in keys:
        for word in set(key):
            uses[word] = uses.get(word, 0) + 1
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in keys:
        index.setdefault(min(set(key), key=lambda w: (uses[w], w)), []).append(key)
    return {word: tuple(found) for word, found in index.items()}


_BY_WORD = _by_rarest_word(_MULTI)
# How many other words may stand between a reordered cue's words ("review all user access").
_SLACK = 2


def _unordered(tokens: tuple[str, ...]) -> list[Cue]:
    """Cues written in another word order ("review user access" for "user access review").

    Only a fallback for texts where no cue matched as written, so it adds recall where the
    classifier would otherwise see no control topic at all, and cannot change other rows.
    """
    words = set(tokens)
    found: list[Cue] = []
    # In text order (a set's order changes with each process's string hashing).
    for tok in dict.fromkeys(t for t in tokens if t in _BY_WORD):
        for key in _BY_WORD[tok]:
            if words.issuperset(key):
                at = [tokens.index(word) for word in key]
                if max(at) - min(at) < len(key) + _SLACK:
                    found.append(_MULTI[key])
    return found
