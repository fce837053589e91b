"""Gated regexes: a pattern runs only when one of its key substrings or tokens occurs."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from socproc.classify.text import stem_word


def top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex at the `|` that are outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _alternative_keys(alt: str) -> tuple[str, ...]:
    """Substrings one of which every match of a regex alternative holds: its longest literal
    run outside groups, else every run outside optional groups; ("",) when none is safe."""
    bare = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\w[?*]|\w\{0,\d*\}", " ", alt)
    outside = bare
    while True:  # drop every group, innermost first: what is left must occur
        stripped = re.sub(r"\([^()]*\)[?*]?", " ", outside)
        if stripped == outside:
            break
        outside = stripped
    runs = re.findall(r"[a-z0-9]{2,}", outside)
    if runs:
        return (max(runs, key=len),)
    optional = bare
    while True:  # no literal outside groups: any run outside optional groups
        stripped = re.sub(r"\((?:\?:)?[^()]*\)[?*]", " ", optional)
        if stripped == optional:
            break
        optional = stripped
    inner = re.findall(r"[a-z0-9]{2,}", optional)
    return tuple(sorted(set(inner))) if inner else ("",)


# A regex alternative opening on a whole word: \b, the word, then \b or a space.
_LEADING_WORD = re.compile(r"\\b([a-z0-9]+)(?:\\b| )")


class Gated:
    """A regex that runs only when one of its key substrings occurs in the text.

    Every match of the pattern contains at least one key, so a text without any key cannot
    match; a few substring tests are far cheaper than a regex scan.
    """

    __slots__ = (
        "always", "keys", "part_keys", "parts", "parts_of", "parts_of_stem", "rx", "stems",
        "words",
    )  # fmt: skip

    def __init__(
        self,
        keys: str | tuple[str, ...],
        pattern: str,
        words: str = "",
        first: str = "",
        split: bool = False,
    ):
        # Optional `first`: a regex class of the characters every match starts with. Checked
        # up front, it spares the engine trying each alternative at every position (2x faster
        # on long alternations); it must hold every alternative's first character.
        self.rx = re.compile(f"(?=[{first}])(?:{pattern})" if first else pattern)
        self.keys = tuple(keys.split("|")) if isinstance(keys, str) else keys
        self.always = "" in self.keys  # an empty key occurs in every text
        # Optional whole-token gate (cheaper still): every match holds one of these tokens.
        self.words = frozenset(stem_word(w) for w in words.split())
        # Optional `split`: each top-level alternative compiled alone behind its own keys, so
        # only the alternatives whose words occur run (a long alternation costs the engine
        # every alternative at every position, 10-20 us a text). `search` then returns what
        # the whole pattern would: the leftmost match, the earlier alternative at a tie.
        alternatives = top_level_alternatives(pattern) if split else []
        # key → the positions of the alternatives it gates, and each alternative compiled.
        self.parts = tuple(re.compile(alt) for alt in alternatives)
        by_key: dict[str, list[int]] = {}
        # An alternative that opens on a whole word ("\\bprovide\\b", "\\bcopy of") can only
        # match where that word is a token: with the text's token set at hand, one set
        # intersection finds those alternatives (the word's stem, as the tokens are stemmed).
        by_stem: dict[str, list[int]] = {}
        for i, alt in enumerate(alternatives):
            lead = _LEADING_WORD.match(alt)
            if lead:
                by_stem.setdefault(stem_word(lead.group(1)), []).append(i)
            for key in _alternative_keys(alt):
                by_key.setdefault(key, []).append(i)
        self.part_keys = tuple(by_key)
        self.parts_of = {key: tuple(at) for key, at in by_key.items()}
        whole = len(by_stem) > 0 and sum(map(len, by_stem.values())) == len(alternatives)
        self.stems = frozenset(by_stem) if whole else frozenset()
        self.parts_of_stem = {stem: tuple(at) for stem, at in by_stem.items()} if whole else {}

    @classmethod
    def auto(cls, pattern: str) -> Gated:
        """Keys derived from the pattern: one mandatory literal run per top-level alternative."""
        keys: set[str] = set()
        for alt in top_level_alternatives(pattern):
            found = _alternative_keys(alt)
            if found == ("",):
                return cls(("",), pattern)  # no safe key: always run the regex
            keys.update(found)
        return cls(tuple(sorted(keys)), pattern)

    def search(self, low: str, tokens: Collection[str] | None = None) -> re.Match[str] | None:
        # `tokens`: best the text's token set (FoundReports.words): a set meets a set by the
        # smaller of the two, a list is walked whole.
        if tokens is not None and self.words and self.words.isdisjoint(tokens):
            return None
        if not self.parts:
            if self.always:
                return self.rx.search(low)
            # A plain loop: `key in low` is a specialised operation, twice as cheap as
            # any(map(low.__contains__, ...)) calling the bound method per key (measured).
            for key in self.keys:
                if key in low:
                    return self.rx.search(low)
            return None
        # Split: the alternatives' own keys present (they are narrower than `keys`), then
        # those alternatives in pattern order.
        if self.stems and isinstance(tokens, (set, frozenset)):
            of = self.parts_of_stem
            at: Sequence[int] = sorted(
                {i for stem in self.stems.intersection(tokens) for i in of[stem]}
            )
        else:
            parts_of = self.parts_of
            # (most texts hold no key or one: a list first, the set and sort only for more)
            hits = [key for key in self.part_keys if key in low]
            if not hits:
                return None
            at = (
                parts_of[hits[0]]
                if len(hits) == 1
                else sorted({i for key in hits for i in parts_of[key]})
            )
        best: re.Match[str] | None = None
        for i in at:
            m = self.parts[i].search(low)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def found(self, low: str, tokens: Collection[str] | None = None) -> bool:
        """Whether the pattern matches anywhere: `search` without finding the leftmost match,
        so a split pattern stops at the first alternative that matches."""
        if not self.parts:
            return self.search(low, tokens) is not None
        if tokens is not None and self.words and self.words.isdisjoint(tokens):
            return False
        parts = self.parts
        if self.stems and isinstance(tokens, (set, frozenset)):
            of = self.parts_of_stem
            for stem in self.stems.intersection(tokens):
                for i in of[stem]:
                    if parts[i].search(low) is not None:
                        return True
            return False
        parts_of = self.parts_of
        for key in self.part_keys:
            if key in low:
                for i in parts_of[key]:
                    if parts[i].search(low) is not None:
                        return True
        return False


# Cheap gates: a pattern family can only match when one of its trigger words is a token,
# so most texts skip most regexes (classify must reach 20,000 texts/s).
def gate_words(words: str) -> frozenset[str]:
    return frozenset(stem_word(w) for w in words.split())
