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
# Every byte that `_TOKEN` does not match becomes a space: ASCII text splits into its tokens.
_SEPARATE = bytes(c if 0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_ISE = re.compile(r"is(ation|ations|ed|es|ing|e)$")
# The ASCII characters folding changes (the backtick): ASCII text without them stays as is.
_FOLDED_ASCII = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD if c < 128)) + "]")


def _stem_of(word: str) -> str:
    """A light plural folding, so 'backups' meets 'backup' (same rule for text and cues)."""
    # British and American spellings meet ("authorised" → "authorized"); cues are folded
    # the same way, so any consistent rewrite is safe.
    stem = _ISE.sub(r"iz\1", word) if len(word) >= 6 else word
    if len(stem) >= 5:
        if stem.endswith("ies"):
            stem = stem[:-3] + "y"
        elif stem[-1] == "s" and stem[-2] not in "sui":
            stem = stem[:-1]
    return stem


class _StemCache(dict[str, str]):
    """word → stem; a miss computes the stem, so a hit is one C-level dict lookup."""

    def __missing__(self, word: str) -> str:
        stem = word if word.isdigit() else _stem_of(word)
        if len(self) < 200_000:  # bounded: arbitrary input must not grow memory forever
            self[word] = stem
        return stem


_STEMS = _StemCache()
stem_word = _STEMS.__getitem__


def split_tokens(folded: str) -> list[str]:
    if folded.isascii():  # the common case: a byte translate and split beat the regex
        words = folded.encode("ascii").translate(_SEPARATE).decode("ascii").split()
    else:
        words = _TOKEN.findall(folded)
    return list(map(stem_word, words))


def fold(text: str) -> str:
    """Lower-case and drop accents ("Überprüfung" → "uberprufung"); cues are folded alike."""
    low = text.lower()
    if low.isascii() and not _FOLDED_ASCII.search(low):
        return low  # the common case: nothing to translate
    return low.translate(_FOLD)
