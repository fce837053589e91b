"""import_answers(): questionnaires the vendor already completed → an approved-answer library."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from socproc.errors import SocprocError
from socproc.extract import extract_file
from socproc.inventory.load import ApprovedAnswer, load_answers
from socproc.mapping.answers import fold_words, is_placeholder
from socproc.mapping.similar import names_subject
from socproc.model import Requirement, Settings
from socproc.write.atomic import write_text_atomic

# File-name words that tell completions of one questionnaire apart, not what it is:
# "HECVAT_Full_v3.00_completed_2022-08-30" and "HECVAT_Full_v3.06_final" are one family.
_EDITION_TEXT = (
    "v ver version rev revision completed complete final draft copy filled answered signed "
    "blank response responses updated latest new old"
)
_EDITION_WORDS = frozenset(_EDITION_TEXT.split())
# Words by which a question takes its subject from the one above it.
_POINTS_BACK = re.compile(
    r"\b(these|those|aforementioned)\b|\b(mentioned|listed|described) above\b|\bthe above\b|"
    r"^\W*if (so|yes|no|not)\b",
    re.I,
)
# An answer that is only a date (the day the form was filled in) is not reusable.
_DATE_ONLY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$")
_HEADER = (
    "# Approved answers imported by `socproc answers import` from completed questionnaires.\n"
    "# Review and edit freely; re-importing a newer completion of the same questionnaire\n"
    "# updates its entries in place. Use with `socproc run --answers FILE`.\n"
)


@dataclass(frozen=True, slots=True)
class ImportSkip:
    """A question left out of the library, and why (unanswered, placeholder, date-only)."""

    source: str
    ref: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportFailure:
    """A file that could not be read; the others are still imported."""

    path: str
    error: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The library after an import, and what the import did."""

    answers: tuple[ApprovedAnswer, ...]
    files: int  # files read
    imported: int  # entries of the library that now come from these files
    new: int
    updated: int  # replaced an entry with a different question, id or answer
    skipped: tuple[ImportSkip, ...] = ()
    failed: tuple[ImportFailure, ...] = ()

    def summary(self) -> str:
        """`N answers imported from M files: A new, U updated, S unanswered skipped`."""
        files = "file" if self.files == 1 else "files"
        return (
            f"{self.imported} answers imported from {self.files} {files}: {self.new} new, "
            f"{self.updated} updated, {len(self.skipped)} unanswered skipped"
        )


def questionnaire_family(source: str) -> str:
    """What a completed questionnaire is, without its version, date or status words."""
    words = re.findall(r"[a-z]+|\d+", Path(source).stem.lower())
    kept = [w for w in words if not w.isdigit() and w not in _EDITION_WORDS]
    return " ".join(kept) or Path(source).stem.lower()


def answer_from(req: Requirement) -> str | None:
    """The reusable answer a completed row holds: its answer, then its comment when it says
    more; None when the row is unanswered or holds a template placeholder."""
    answer = " ".join((req.answer or "").split())
    comment = " ".join((req.comment or "").split())
    if is_placeholder(answer, req.question) or _DATE_ONLY.match(answer):
        answer = ""
    # A comment of "None"/"N/A" beside an answer adds nothing; on its own it answers nothing.
    if is_placeholder(comment, req.question) or fold_words(comment) in ("none", fold_words(answer)):
        comment = ""
    if answer and comment:
        lead = answer if answer.endswith((".", "!", "?", ":")) else answer + "."
        return f"{lead} {comment}"
    return answer or comment or None


def entries_from(
    source: str, requirements: Sequence[Requirement]
) -> tuple[list[ApprovedAnswer], list[ImportSkip]]:
    """The library entries of one completed questionnaire, and the rows left out."""
    name = Path(source).name
    entries: list[ApprovedAnswer] = []
    skipped: list[ImportSkip] = []
    parents = parent_questions(requirements)
    for req, parent in zip(requirements, parents, strict=True):
        text = answer_from(req)
        if text is None:
            reason = "unanswered" if not (req.answer or req.comment) else "placeholder"
            skipped.append(ImportSkip(name, req.ref, reason))
            continue
        ref = req.ref.rsplit("!", 1)[-1] if req.sheet else req.ref
        entries.append(
            ApprovedAnswer(
                question=" ".join(req.question.split()),
                answer=text,
                question_id=req.question_id,
                source=name,
                sheet=req.sheet,
                ref=ref,
                context=parent,
            )
        )
    return entries, skipped


def parent_questions(requirements: Sequence[Requirement]) -> list[str | None]:
    """For each requirement, the parent question it takes its subject from, or None.

    A sub-question is one whose text the file asks again under another id and that names no
    subject of its own (CAIQ's "Are the policies and procedures reviewed and updated at least
    annually?" under every domain; `similar.names_subject`), or one that points back ("these rights", "the plans mentioned above", "If so, ..."); its
    parent is the nearest question above it, in its section, that is not itself a sub-question.
    A question asked again in another section with no parent of its own there (HECVAT's
    "Do you have a formal incident response plan?" heading Incident Handling) has none (the
    last section's question is another subject) and is the parent of those that follow.
    """
    ids: dict[str, set[str]] = {}
    for req in requirements:
        ids.setdefault(fold_words(req.question), set()).add(req.question_id or req.ref)
    parents: list[str | None] = []
    parent: str | None = None
    section: tuple[str | None, str | None] | None = None
    for req in requirements:
        if (req.sheet, req.section) != section:
            section, parent = (req.sheet, req.section), None
        norm = fold_words(req.question)
        # Asked again under another id, it is a sub-question only when it names no subject of
        # its own: HECVAT asks "Do you have a formal incident response plan?" under Policies
        # and again under Incident Handling, and it means the same plan in both.
        repeated = len(ids[norm]) > 1 and parent is not None and not names_subject(req.question)
        if repeated or _POINTS_BACK.search(req.question):
            parents.append(parent)
        else:
            parents.append(None)
            parent = " ".join(req.question.split())
    return parents


def entries_from_review(
    path: str | Path, settings: Settings | None = None
) -> tuple[list[ApprovedAnswer], list[ImportSkip]]:
    """The library entries of a reviewed NAME.response.xlsx: its approved rows (`Approved` is
    Yes), each with its `Final Answer` and `Final Response` (the machine's where the reviewer
    approved it as it stood), under the original questionnaire's name; the rest are skipped."""
    from socproc.review import YES, read_review

    workbook = read_review(path, settings)
    name = Path(workbook.source).name if workbook.source else Path(path).name
    entries: list[ApprovedAnswer] = []
    skipped: list[ImportSkip] = []
    for row in workbook.rows:
        review = row.review
        if review.approved != YES:
            skipped.append(ImportSkip(name, row.ref, "not approved"))
            continue
        answer = review.final_answer or row.answer
        said = review.final_response or (row.suggested_response if not review.final_answer else "")
        # "Yes. MFA is enforced..." already says the answer it starts with.
        opens = bool(answer) and fold_words(said).startswith(fold_words(answer))
        pair = Requirement(row.ref, row.question, answer=answer, comment=said)
        text = said if opens else answer_from(pair)
        if text is None:
            skipped.append(ImportSkip(name, row.ref, "unanswered"))
            continue
        sheet, _, ref = row.ref.rpartition("!")
        entries.append(
            ApprovedAnswer(
                question=" ".join(row.question.split()),
                answer=text,
                question_id=row.question_id or None,
                source=name,
                sheet=sheet or None,
                ref=ref,
            )
        )
    return entries, skipped


class _Library:
    """Entries keyed by (family, question id) and (family, question text), for updates."""

    def __init__(self, existing: Iterable[ApprovedAnswer]):
        self.slots: list[ApprovedAnswer | None] = []
        self.keys: dict[tuple[str, str], int] = {}
        for entry in existing:
            self._put(entry, len(self.slots))
            self.slots.append(entry)

    @staticmethod
    def _keys(entry: ApprovedAnswer, ids: bool) -> list[tuple[str, str]]:
        family = questionnaire_family(entry.source or "")
        keys = [(family, "text:" + fold_words(entry.question))]
        if ids and _id_key(entry):
            keys.append((family, "id:" + _id_key(entry)))
        return keys

    def _put(self, entry: ApprovedAnswer, slot: int, ids: bool = True) -> None:
        for key in self._keys(entry, ids):
            self.keys[key] = slot

    def add(self, entry: ApprovedAnswer, ids: bool) -> None:
        """Add `entry`, replacing the entries of the same family with its id or its text; an
        entry of the same file with the same text and another id stays separate (spec 8)."""
        slots = sorted({self.keys[k] for k in self._keys(entry, ids) if k in self.keys})
        live = [s for s in slots if self.slots[s] is not None and not self._sibling(s, entry)]
        if not live:
            self._put(entry, len(self.slots), ids)
            self.slots.append(entry)
            return
        self.slots[live[0]] = entry
        for extra in live[1:]:
            self.slots[extra] = None  # an old entry under its other key: the same question
        self._put(entry, live[0], ids)

    def _sibling(self, slot: int, entry: ApprovedAnswer) -> bool:
        # Another question of the same file that happens to share the text (HECVAT 3.00 asks
        # CHNG-11 again as CHNG-14): not an older version of this one.
        held = self.slots[slot]
        return (
            held is not None
            and held.source == entry.source
            and bool(_id_key(held))
            and _id_key(held) != _id_key(entry)
        )

    def entries(self) -> tuple[ApprovedAnswer, ...]:
        return tuple(e for e in self.slots if e is not None)


def import_answers(
    files: Sequence[str | Path], existing: Path | None = None, settings: Settings | None = None
) -> ImportReport:
    """Pair each answered question of the completed `files` with its answer, merged into the
    library at `existing` (when it exists): a newer completion of the same questionnaire
    (the same file name but for version, date and status words) updates its entries in place,
    and later files update earlier ones.

    Files that cannot be read are reported in `failed`; an invalid `existing` library raises.
    `settings` carries the safety limits the files are read under.
    """
    old = load_answers(existing) if existing and existing.exists() else ()
    library = _Library(old)
    read = 0
    skipped: list[ImportSkip] = []
    failed: list[ImportFailure] = []
    for path in files:
        try:
            if str(path).lower().endswith(".response.xlsx"):
                entries, left_out = entries_from_review(path, settings)
            else:
                found = extract_file(path, settings=settings)
                entries, left_out = entries_from(str(path), found.requirements)
        except SocprocError as exc:
            failed.append(ImportFailure(str(path), exc.line()))
            continue
        read += 1
        skipped += left_out
        # An id used twice in one file (a sheet per section, each numbered from 1) is no key.
        ids = Counter(_id_key(e) for e in entries)
        for entry in entries:
            library.add(entry, bool(_id_key(entry)) and ids[_id_key(entry)] == 1)
    # Counted against the library as it was: an identical re-import is neither new nor updated.
    kept = library.slots[: len(old)]
    replaced = sum(
        1 for was, now in zip(old, kept, strict=True) if now is not None and now is not was
    )
    updated = sum(
        1
        for was, now in zip(old, kept, strict=True)
        if now is not None and _said(now) != _said(was)
    )
    new = sum(1 for now in library.slots[len(old) :] if now is not None)
    return ImportReport(
        library.entries(), read, new + replaced, new, updated, tuple(skipped), tuple(failed)
    )


def _id_key(entry: ApprovedAnswer) -> str:
    return (entry.question_id or "").strip().lower()


def _said(entry: ApprovedAnswer) -> tuple[str, str, str | None]:
    # What an update is about: a newer source file alone does not make an answer "updated".
    return (entry.question, entry.answer, entry.question_id)


def library_yaml(answers: Iterable[ApprovedAnswer]) -> str:
    """The `answers:` list in inventory format, keys in reading order, empty fields left out."""
    items: list[dict[str, Any]] = []
    for a in answers:
        item: dict[str, Any] = {"question_id": a.question_id, "question": a.question}
        item |= {"answer": a.answer, "source": a.source, "sheet": a.sheet, "ref": a.ref}
        item |= {"criteria": list(a.criteria) or None, "tags": list(a.tags) or None}
        item |= {"context": a.context}
        items.append({k: v for k, v in item.items() if v is not None})
    body = yaml.safe_dump({"answers": items}, sort_keys=False, allow_unicode=True, width=100)
    return _HEADER + body


def write_library(path: Path, answers: Iterable[ApprovedAnswer]) -> Path:
    """Write the library to `path` atomically (a reader never sees half a file)."""
    return write_text_atomic(Path(path), library_yaml(answers))


__all__ = [
    "ImportFailure",
    "ImportReport",
    "ImportSkip",
    "answer_from",
    "entries_from",
    "entries_from_review",
    "import_answers",
    "library_yaml",
    "questionnaire_family",
    "write_library",
]
