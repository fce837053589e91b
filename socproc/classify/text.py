"""Text normalising: folding and light stemming, applied alike to requirement text and cues."""

from __future__ import annotations

import re

# One-to-one folding so that positions in the folded text match the original text.
_FOLD_PAIRS = (
    ("aàáâãäåā", "a"), ("cçćč", "c"), ("eèéêëēėę", "e"), ("iìíîïī", "i"), ("nñń", "n"),
    ("oòóôõöøōœ", "o"), ("uùúûüū", "u"), ("yýÿ", "y"), ("sß", "s"), ("aæ", "a"),
    ("'’‘`´", "'"), ('"“”«»', '"'),
)  # fmt: skip
_FOLD = str.maketrans({ch: to for chars, to in _FOLD_PAIRS for ch in chars[1:]})
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMS: dict[str, str] = {}
_ISE = re.compile(r"is(ation|ations|ed|es|ing|e)$")


def _stem(word: str) -> str:
    """A light plural folding, so 'backups' meets 'backup' (same rule for text and cues)."""
    stem = _STEMS.get(word)
    if stem is None:
        # British and American spellings meet ("authorised" → "authorized"); cues are folded
        # the same way, so any consistent rewrite is safe.
        stem = _ISE.sub(r"iz\1", word) if len(word) >= 6 else word
        if len(stem) >= 5:
            if stem.endswith("ies"):
                stem = stem[:-3] + "y"
            elif stem[-1] == "s" and stem[-2] not in "sui":
                stem = stem[:-1]
        if len(_STEMS) < 200_000:  # bounded: arbitrary input must not grow memory forever
            _STEMS[word] = stem
    return stem


def _tokens(folded: str) -> list[str]:
    stems = _STEMS
    return [stems.get(t) or _stem(t) for t in _TOKEN.findall(folded)]


def _fold(text: str) -> str:
    """Lower-case and drop accents ("Überprüfung" → "uberprufung"); cues are folded alike."""
    return text.lower().translate(_FOLD)
