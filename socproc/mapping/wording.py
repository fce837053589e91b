"""The words of an answer: holdings described, suggested responses, remedies, dropdown values."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from socproc.inventory.load import Control, EvidenceDocument, Report
from socproc.mapping.holdings import Facts
from socproc.model import LIMITING_FLAGS, Classification, Flag, SocNeed

_FLAG_ORDER = {f: i for i, f in enumerate(Flag)}
_EQUIVALENT_OF = {"ISAE 3402": "SOC 1", "ISAE 3000": "SOC 2"}
_CERTIFICATE_KINDS = frozenset({"ISO 27001", "PCI DSS", "HITRUST", "FedRAMP", "other"})
# What the vendor holds for each certificate-like kind.
_HELD_NOUN = {
    "ISO 27001": "certificate",
    "HITRUST": "certificate",
    "PCI DSS": "Attestation of Compliance",
    "FedRAMP": "authorization",
}
# Dropdown wordings, normalised (lowercase words): best first.
_YES_CHOICES = ("yes", "y", "true", "compliant", "fully compliant", "implemented", "in place")
_PARTIAL_CHOICES = ("partial", "partially", "partially compliant", "partially implemented")
_NO_CHOICES = ("no", "n", "false", "not compliant", "non compliant", "not implemented")


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def flag_names(flags: Iterable[Flag]) -> tuple[str, ...]:
    """The flags as strings, each once, in the order Flag declares them."""
    return tuple(str(f) for f in sorted(set(flags), key=_FLAG_ORDER.__getitem__))


def held_noun(kind: str) -> str:
    """What the vendor holds for a certificate-like kind ("certificate", "authorization")."""
    return _HELD_NOUN.get(kind, "certificate")


def sharing(item: Report | EvidenceDocument) -> str:
    """How the item can be shared ("available under NDA")."""
    if item.sharing == "public":
        link = f" at {item.file}" if item.file and item.file.startswith("http") else ""
        return f"publicly available{link}"
    if item.sharing == "internal":
        return "available for review on request"
    return "available under NDA"


def held_document(doc: EvidenceDocument) -> str:
    """ "Our penetration test summary, dated 2026-03-10, is available under NDA." An internal
    document's title never goes to the buyer (the answer lands in their file)."""
    dated = f", dated {doc.date}," if doc.date else ""
    title = (
        "internal documentation on this" if doc.sharing == "internal" else lower_first(doc.title)
    )
    return f"Our {title}{dated} is {sharing(doc)}."


def period(report: Report) -> str:
    """'period 2025-10-01 to 2026-09-30', 'as of 2026-09-30' or ''."""
    start, end = report.period_start, report.period_end
    if start and end and start != end:
        return f"period {start} to {end}"
    return f"as of {end}" if end else ""


def describe(report: Report) -> str:
    """'our SOC 2 Type II report (security and availability; period 2025-10-01 to 2026-09-30)'."""
    if report.kind == "other":
        return f"our {lower_first(report.title)}" if report.title else f"our report {report.id}"
    if report.kind in _CERTIFICATE_KINDS:
        valid = f" (valid until {report.expires})" if report.expires else ""
        return f"our {report.kind} {held_noun(report.kind)}{valid}"
    head = f"our {report.label} report"
    if report.kind in _EQUIVALENT_OF:
        head += f", the international equivalent of a {_EQUIVALENT_OF[report.kind]},"
    details = [_and(report.categories)] if report.kind in ("SOC 2", "SOC 3", "ISAE 3000") else []
    details.append(period(report))
    inner = "; ".join(d for d in details if d)
    return f"{head} ({inner})" if inner else head


def need_label(need: SocNeed) -> str:
    """The report a need asks for ("SOC 1 Type II", "SOC 2 Type I")."""
    return "SOC 1 Type II" if need is SocNeed.SOC1 else str(need)


def cap(text: str) -> str:
    """The text with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """The text as a sentence: capitalised, ending with a full stop ("" stays ""); a clause cut
    from a longer sentence loses the ";" or "," it ended on."""
    text = text.strip().rstrip(",;:").rstrip()
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".") if text else ""


def lead(
    need: SocNeed | None,
    report: Report,
    flags: frozenset[Flag],
    controls: Sequence[Control],
    cls: Classification,
    facts: Facts,
    bridge: Report | None,
) -> str:
    """The first sentence: what is held for this ask, said without claiming more."""
    desc, share = describe(report), sharing(report)
    with_bridge = f", with a bridge letter through {bridge.through}" if bridge else ""
    if Flag.TYPE_MISMATCH in flags and need is not None:
        wanted = need_label(need)
        # A stale or expired one held is not "not yet held".
        not_held = "hold a current" if wanted in facts.ever_held else "yet hold a"
        return f"We hold {desc}, {share}; we do not {not_held} {wanted} report"
    if Flag.SOC3_ONLY in flags:
        return f"We can share {desc}, {share}; we do not currently provide a full SOC 2 report"
    if Flag.SOC2_NOT_PUBLIC in flags:
        soc3 = (
            "Our SOC 3 report is public"
            if facts.public_soc3
            else "We do not publish a SOC 3 report"
        )
        return f"{soc3}; {desc} is {share}{with_bridge}"
    if Flag.STALE in flags:
        latest = cap(desc.replace("our ", "our most recent ", 1))
        return f"{latest} is {share}; a more recent report is not yet available"
    if Flag.EXPIRED in flags:
        return f"Our {report.kind} certificate expired on {report.expires}"
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        return f"{desc} is {share}{with_bridge}"
    if (cls.criteria or controls) and not facts.report_ask:
        # A control question: whether "yes" is the right answer depends on its wording
        # ("Does your cloud vendor hold your keys?"), so say what evidences it instead.
        verb = "examined" if report.type == "Type I" else "tested"
        if controls:
            noun = "control" if len(controls) == 1 else "controls"
            ids = _and([c.id for c in controls])
            return f"This is addressed by our {noun} {ids}, {verb} in {desc}, {share}{with_bridge}"
        return f"This is within the scope of {desc}, {share}{with_bridge}"
    prefix = "Yes. " if facts.yes and not flags & LIMITING_FLAGS else ""
    return f"{prefix}{cap(desc)} is {share}{with_bridge}"


def extras(
    report: Report,
    flags: frozenset[Flag],
    missing_cats: Sequence[str],
    exception_ids: Sequence[str],
    orgs: Sequence[str],
) -> list[str]:
    """The sentences after the lead: scope left out, exceptions, carve-outs, the opinion."""
    out: list[str] = []
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        verb = "is" if len(missing_cats) == 1 else "are"
        out.append(f"{_and(missing_cats).capitalize()} {verb} not in the report's scope")
    if Flag.EXCEPTIONS_NOTED in flags:
        out.append(
            f"The report notes an exception on {_and(exception_ids)}, described in the report"
        )
    if Flag.CARVE_OUT in flags:
        # What a carved-out organisation does is its own services (hosting, bank
        # verification...): the sentence claims no more than that its controls are not tested.
        many = len(orgs) > 1
        out.append(
            f"{_and(orgs)} {'are carved-out subservice organizations' if many else 'is a carved-out subservice organization'}"
            f": the controls {'they operate' if many else 'it operates'} are not tested in our "
            f"report; please refer to {'their' if many else 'its'} own assurance reports for them"
        )
    if Flag.OPINION_MODIFIED in flags:
        out.append(f"The auditor's opinion is {report.opinion}")
    return [sentence(s) for s in out]


def remedies(
    as_of: date,
    need: SocNeed | None,
    report: Report,
    flags: frozenset[Flag],
    missing: Sequence[str],
    severe: bool,
) -> tuple[str, ...]:
    """What the vendor could do so that the report answers the need in full."""
    out: list[str] = []
    wanted = need_label(need) if need else report.label
    if Flag.TYPE_MISMATCH in flags or Flag.SOC3_ONLY in flags:
        out.append(f"obtain {with_article(wanted)}")
    if Flag.SOC2_NOT_PUBLIC in flags:
        out.append("obtain a SOC 3 with the next SOC 2 examination")
    if Flag.STALE in flags:
        ended = (
            f"period ended {report.period_end}" if report.period_end else f"issued {report.issued}"
        )
        out.append(f"renew the {report.label} ({ended})")
    elif Flag.BRIDGE_LETTER_NEEDED in flags:
        out.append(f"request a bridge letter through {as_of}")
    if Flag.CATEGORY_OUT_OF_SCOPE in flags:
        names = _and([m.title() for m in missing])
        out.append(f"add {names} to the next {report.kind} scope")
    if Flag.EXPIRED in flags:
        out.append(f"renew the {report.kind} certificate (expired {report.expires})")
    if severe:
        out.append(f"obtain a new {report.label} with an unqualified opinion")
    return tuple(out)


_HEAD_END_RX = re.compile(r"\s(?:for|of|on|by|from|to|with|in|at|under)\s")


def lower_first(title: str) -> str:
    """A title as it reads mid-sentence: "Penetration test summary" becomes a noun ("our
    penetration test summary"); a name in title case ("Information Security Policy") and an
    acronym ("ISO", "DR") keep their case."""
    # The head noun phrase decides: "Penetration test summary for Ferncrest Book" is a noun
    # with a name after it; "(Northwind Insights)" is aside.
    head = _HEAD_END_RX.split(_BRACKETED_RX.sub(" ", title), maxsplit=1)[0]
    words = _WORD_RX.findall(head)
    if not title[:2].istitle() or any(w.istitle() for w in words[1:]):
        return title
    return title[0].lower() + title[1:]


# A word of two letters or more, for telling a name in title case from a sentence-case title.
_WORD_RX = re.compile(r"[A-Za-z][a-z]+")
_BRACKETED_RX = re.compile(r"\([^()]*\)")


def no_prefix(yes: bool) -> str:
    """The plain "No. " that starts the answer to a yes/no question (`yes`), else ""."""
    return "No. " if yes else ""


def unprefixed(response: str) -> str:
    """The response without its leading "Yes. " or "No. "."""
    for word in ("Yes. ", "No. "):
        response = response.removeprefix(word)
    return response


def without_lead(text: str) -> str:
    """The text without the Yes or No it leads with, however punctuated ("Yes, USD 2 million"
    → "USD 2 million"): for a row whose answer is the other one."""
    rest = _LEADING_ANSWER_RX.sub("", text, count=1)
    return rest[0].upper() + rest[1:] if rest and rest != text else text


# "Yes, USD 2 million", "No. We ...", "No we do not": not "No breach has occurred", where "No"
# is part of the sentence.
_LEADING_ANSWER_RX = re.compile(
    r"^(yes|no)\b(?:\s*[.,;:!-]+\s*|\s+(?=(?:we|our|it|they|all|every|this|that)\b))(?=\S)", re.I
)


def with_article(noun: str) -> str:
    """The noun with its indefinite article; none for a plural ("scan results")."""
    last = noun.split()[-1] if noun.split() else ""
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and last.islower():
        return noun
    vowel = noun[:1].lower() in "aeio" or noun.startswith(("ISO", "ISAE", "HITRUST", "FedRAMP"))
    return ("an " if vowel else "a ") + noun


# --------------------------------------------------------------------------- dropdowns


@lru_cache(maxsize=256)
def _normalized(choices: tuple[str, ...]) -> dict[str, str]:
    """A dropdown's choices by their normalised wording (a questionnaire reuses a few lists)."""
    return {re.sub(r"[^a-z0-9]+", " ", unnumbered(c).lower()).strip(): c for c in choices}


def unnumbered(choice: str) -> str:
    """A dropdown choice without its own numbering: "2) No" → "No", "b. Yes" → "Yes"."""
    return _NUMBERING_RX.sub("", choice)


_NUMBERING_RX = re.compile(r"^\s*(\d{1,2}|[a-z])\s*[).:]\s+|^\s*\d{1,2}\s*[).:-]\s*", re.I)


def _choice(choices: Sequence[str], wanted: Sequence[str]) -> str | None:
    norm = _normalized(tuple(choices))
    for w in wanted:
        if w in norm:
            return norm[w]
    # "Yes - fully" / "No, not at all": a choice that starts with the word.
    first = wanted[0]
    return next((c for n, c in norm.items() if n.split(" ", 1)[0] == first), None)


def yes_no_choice(choices: Sequence[str], yes: bool) -> str | None:
    """The buyer's own spelling of Yes (or No) among a dropdown's `choices`, None if it has none."""
    return _choice(choices, _YES_CHOICES if yes else _NO_CHOICES)


def not_applicable_choice(choices: Sequence[str]) -> str:
    """The buyer's own spelling of N/A among a dropdown's `choices` ("N/A", "Not applicable",
    "N/A - not applicable"), '' if it has none."""
    return next((c for n, c in _normalized(tuple(choices)).items() if _NA_CHOICE_RX.match(n)), "")


_NA_CHOICE_RX = re.compile(r"(n a|na|not applicable)( |$)")


def choice_for(value: str | None, choices: Sequence[str]) -> str | None:
    """`value` spelled as one of the dropdown `choices` (case and spacing forgiven), None if it
    is not one; `value` itself when there are no choices."""
    if not value or not value.strip():
        return None
    if not choices:
        return value
    wanted = " ".join(value.split()).casefold()
    return next((c for c in choices if " ".join(c.split()).casefold() == wanted), None)
