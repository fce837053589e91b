"""Other frameworks (ISO 27001, PCI DSS...) and non-SOC artifacts a requirement names or asks for."""

from __future__ import annotations

import re
from collections.abc import Collection

from socproc.classify.gated import Gated, gate_words
from socproc.criteria import ARTIFACTS, FRAMEWORKS

CERT_WORDS = Gated(
    "report|rapport|informe|bericht|certif|complian|comply|complies|listed|accredit|attest|aoc|ato|authori|registered|audit|assessed|examin|conforme|zertifi|certificad|achiev|attain|validat",
    # "comply with", "listed as": asks whether the vendor meets the framework itself
    # "listed on / under" a procurement framework (G-Cloud) is membership of it
    r"report|rapport|informe|bericht|certif|complian|\bcompl(?:y|ies) with\b|\blisted (?:as|on|under|in)\b|accredit|attest|\baoc\b|\bato\b|authori[sz](?:ation|ed)|registered|audit|assessed"
    # an examination is how an attestation scheme is done (SOC for Supply Chain, FFIEC)
    r"|\bexamin(?:ation|ations|ed)\b"
    r"|\bachieved\b|\battained\b"
    # a compliance validation of the company ("validated as a Level 1 service provider")
    r"|\bvalidated as\b|\bvalidation (?:level|status)\b"
    r"|conforme|zertifi|certificad",
)
# "Which standard is your program based on?" asks for a framework name, not a control.
FRAMEWORK_QUESTION = Gated(
    "standard|framework|best practice|scheme",
    r"\b(?:which|what|name of)\b.{0,40}\b(?:standards?|frameworks?|best practices)\b"
    r"|\bconform\w* (?:with|to) (?:a |an |any )?(?:specific )?(?:industry[\s\-])?(?:standard|framework)"
    r"|\bbased on (?:a |an |any )?(?:industry[\s\-])?(?:standard|framework)"
    # compliance with a named standard or scheme ("compliant with the Spectrum collections
    # management standard"): a framework of its own, asked alone
    r"|\b(?:compliant|complies|comply|conforms?|conformant|accredited|certified) (?:with|to|under"
    r"|against) (?:the |a |an )?[\w\-.' ]{1,50}?\b(?:standards?|schemes?|frameworks?)\b",
)
FRAMEWORK_RULES = tuple((name, Gated.auto(rx)) for name, rx in FRAMEWORKS)
ARTIFACT_RULES = tuple((name, Gated.auto(rx)) for name, rx in ARTIFACTS)
_FRAMEWORK_GATE = gate_words(
    "iec ieee etsi "
    "hitech health ferpa pa dss payment pipl glba gramm coppa lgpd pipeda cjis fisma federal "
    "iso iso27001 27001 27017 27018 27701 22301 42001 9001 27k pci hitrust fedramp stateramp csa star caiq "
    "hipaa 800 nist cmmc bsi c5 cyber tisax irap gdpr rgpd dsgvo ccpa cpra webtrust sig shared hecvat tia iso27k iso27017 iso27018 iso27701 iso22301 iso42001 iso9001 sp800 "
    "essential ffiec g gcloud"
)
_FRAMEWORK_ARTIFACT = {
    "ISO 27001": "ISO 27001 certificate",
    "PCI DSS": "PCI DSS AOC",
    "HITRUST": "HITRUST certification",
    "FedRAMP": "FedRAMP authorization package",
    "CSA STAR": "CSA STAR entry",
    "HIPAA": "HIPAA attestation",
}


# Artifacts that certify the vendor under another scheme or state a fact about it: "Do you
# hold a current X?" asks for the credential, no SOC report need whatever the scheme. Not
# plans, policies, insurance or screening, whose existence is itself a practice (CC9.1 counts
# insurance among the ways risks are mitigated).
CREDENTIALS = frozenset(("PCI DSS AOC", "W-9", "audited financial statements"))
HOLDS = Gated(
    "",
    r"(?:do|does) (?:you|your (?:company|organi[sz]ation|firm)|the (?:vendor|supplier))"
    r" (?:currently )?(?:have|hold|possess|maintain|carry|keep)\b",
)


def _rules_by_key(
    rules: tuple[tuple[str, Gated], ...],
) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Every key of the rules' gates, and key → the positions of the rules it gates."""
    by_key: dict[str, list[int]] = {}
    for i, (_, rx) in enumerate(rules):
        for key in rx.keys:
            by_key.setdefault(key, []).append(i)
    return tuple(by_key), {key: tuple(at) for key, at in by_key.items()}


_FRAMEWORK_KEYS, _FRAMEWORKS_OF = _rules_by_key(FRAMEWORK_RULES)
_ARTIFACT_KEYS, _ARTIFACTS_OF = _rules_by_key(ARTIFACT_RULES)


def _candidates(low: str, keys: tuple[str, ...], of: dict[str, tuple[int, ...]]) -> list[int]:
    """The rules, in order, one of whose keys occurs in the text (an empty key occurs
    everywhere): no other rule can match."""
    hits = [key for key in keys if key in low]
    if len(hits) == 1:  # (the common case: no set or sort; `of` holds positions in order)
        return list(of[hits[0]])
    return sorted({i for key in hits for i in of[key]})


# Any other standard of a standards body by its number ("certified to ISO 13485", "IEC
# 62443-4-2", "ISO 50001"): a certification or conformity scheme, never a SOC report.
_STANDARD = re.compile(r"\b(iso|iec|ieee|etsi)(?:/iec)?[\s\-]*(\d{3,5}(?:[\-:]\d{1,4})*)\b")
_BODIES = gate_words("iso iec ieee etsi")


def frameworks_named(low: str, tokens: Collection[str]) -> list[str]:
    if _FRAMEWORK_GATE.isdisjoint(tokens) and "soc for" not in low:
        return []
    rules = FRAMEWORK_RULES
    named = [
        rules[i][0]
        for i in _candidates(low, _FRAMEWORK_KEYS, _FRAMEWORKS_OF)
        if rules[i][1].rx.search(low)
    ]
    if _BODIES.isdisjoint(tokens):
        return named
    for m in _STANDARD.finditer(low):
        body = m.group(1).upper()
        name = f"{body} {m.group(2)}"
        # the schemes named above by their own rules (ISO 27001 ...) are reported once
        if not any(n.startswith(f"ISO {m.group(2)[:5]}") for n in named) and name not in named:
            named.append(name)
    return named


# ... or any artifact, when a second clause asks for it to be sent ("Do you carry cyber
# insurance, and can you send the certificate?", "Do you hold a pentest report? Please share
# it."): the document is asked for, whatever holding it would otherwise say of a practice.
_SEND_IT_TOO = re.compile(
    r"(?:,|\?|\.|;|\band\b) (?:and |if so,? |if yes,? )?(?:(?:can|could|will|would) you"
    r" (?:please )?|please )?(?:send|share|provide|upload|attach|forward|e-?mail|supply|furnish)"
    r" (?:us |over |across )?(?:it|them|that|the (?:[\w\-]+ )?(?:certificate|copy|report|letter"
    r"|summary|document|declarations? page|policy schedule)|an? (?:copy|certificate)|a copy of"
    r" (?:it|them|the certificate))\b"
)


def credential_held(low: str, frameworks: list[str]) -> str | None:
    """The credential a "do you have / hold ..." question asks about (CREDENTIALS), or None."""
    if not HOLDS.rx.match(low):
        return None
    found = artifact_asked(low, frameworks, True)
    return found if found in CREDENTIALS else None


def held_and_sent(low: str) -> bool:
    """Whether a "do you have / hold ..." question asks in a later clause for what it names to
    be sent ("..., and can you send the certificate?")."""
    return HOLDS.rx.match(low) is not None and _SEND_IT_TOO.search(low, 12) is not None


def artifact_asked(low: str, frameworks: list[str], request: bool) -> str | None:
    if request:
        for i in _candidates(low, _ARTIFACT_KEYS, _ARTIFACTS_OF):
            name, rx = ARTIFACT_RULES[i]
            if rx.rx.search(low):
                return name
    for name in frameworks:
        if name in _FRAMEWORK_ARTIFACT and (request or CERT_WORDS.search(low)):
            return _FRAMEWORK_ARTIFACT[name]
    return None
