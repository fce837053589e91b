"""The hosting provider as a subject: who hosts the service, the provider's names, the dropdown choice that names it."""

from __future__ import annotations

import re

from socproc.inventory.load import SubserviceOrg
from socproc.mapping.holdings import Context
from socproc.mapping.signable.caveats import _CAPITAL_WORD_RX
from socproc.mapping.signable.data_location import _hosting_orgs, is_hosting
from socproc.mapping.signable.narrower import _SENTENCE_RX
from socproc.mapping.signable.negation import _places
from socproc.mapping.signable.scope import (
    _PROVIDER_ALIASES,
    _PROVIDER_NAMES,
    _mentions,
    _plain,
    provider_names,
)
from socproc.mapping.signable.vocab import _WORD_RX, NONE, Cue, Signed


def third_parties_holding_data(ctx: Context, question: str) -> Signed:
    """Yes to "Do any third parties or subcontractors store or process our data?" where the
    reports name a subservice organisation that hosts the service (it holds the data); NONE
    otherwise (a list of reports is no proof that nobody else holds data)."""
    if not _THIRD_PARTY_DATA_RX.search(question) or _places(question) or "outside" in question:
        # Where they hold it ("outside the EU?") is not said by who they are.
        return NONE
    if _CREDENTIAL_WORD_RX.search(question):
        # "Do third parties that process our data hold ISO 27001 certification?" asks of
        # their credentials; who they are does not say.
        return NONE
    # One organisation named by several reports is said once, with all it does.
    services: dict[str, list[str]] = {}
    for org in _hosting_orgs(ctx):
        done = services.setdefault(org.name, [])
        done.extend(x for x in org.services if x not in done)
    hosts = sorted(f"{name} ({', '.join(done)})" for name, done in services.items())
    if not hosts:
        return NONE
    said = (
        f"{'; '.join(hosts)} host the service as subservice organisations of our reports."
        if len(hosts) > 1
        else f"{hosts[0]} hosts the service as a subservice organisation of our reports."
    )
    return Signed("Yes", said, "subservice_orgs")


_OTHERS = r"third[- ]part(y|ies)|sub-?contractors?|sub-?processors?|outside\s+part(y|ies)"


_CREDENTIAL_WORD_RX = re.compile(
    r"\b(SOC\s*[123]|ISO\s*\d{4,5}|certifi\w*|attestations?|accredit\w*|PCI|HITRUST|FedRAMP|"
    r"audit\s+reports?|assurance\s+reports?)\b",
    re.I,
)


# Whether anyone else holds the customer's data: a third party, subcontractor or subprocessor
# that stores, processes or hosts it.
_THIRD_PARTY_DATA_RX = Cue(
    # "Do any subcontractors or third parties store ...?", "Do you use subprocessors that
    # process ...?", "Will data be shared with or hosted by any third parties?"; not "Do you
    # assess third parties that process data?" (a question about the vendor's own practice),
    # nor whether they have access to it or it is shared with them (not stated by hosting).
    r"^\s*(do|does|will|would|are|is|can)\s+(you\s+(use|engage|rely\s+on|have)\s+)?(any\s+)?"
    r"(" + _OTHERS + r")(\s*(,|or|and|/)\s*(" + _OTHERS + r"))*\s+(that\s+|who\s+|which\s+)?"
    r"(store|process|host|hold)\b|"
    r"\b(stored|processed|hosted|held|shared\s+with\s+or\s+hosted)\s+(by|at)\s+"
    r"(any\s+)?(" + _OTHERS + r")",
    ("third", "contract", "processor", "outside"),
)


def uses_hosting(ctx: Context, question: str) -> Signed:
    """Yes to "Do you use Google Cloud, AWS or similar?" where a subservice organisation of
    the reports hosts the service and the question names it (or asks only whether the vendor
    uses a hosting provider); NONE otherwise. What the question asks must be the provider
    itself: "your cloud provider's hardening tools", "AWS KMS" or a provider "to store
    backups" ask more, and a question naming only another provider is not answered No (the
    reports need not name every provider)."""
    m = _USES_RX.match(question)
    if m is None:
        return NONE
    asked_rest = m["rest"].casefold()
    rest = _GENERIC_HOSTING_RX.sub(" ", asked_rest)
    general = rest != asked_rest
    cloud = general and "hosting" not in asked_rest  # "a cloud provider", not a colocation one
    # "AWS, GCP, or a similar data center": any provider of that kind is asked about.
    similar = _SIMILAR_RX.search(rest)
    if similar is not None:
        general, cloud = True, cloud or "hosting" not in asked_rest
        rest = rest[: similar.start()]
    asked = " " + " ".join(_WORD_RX.findall(rest)) + " "
    for org in _hosting_orgs(ctx):
        names = provider_names(org.name)
        named = [n for n in names if f" {n} " in asked]
        left = asked
        for name in sorted(_PROVIDER_NAMES | set(named), key=len, reverse=True):
            left = left.replace(f" {name} ", " ")
        if cloud and not named and not _is_cloud(org):
            continue
        if (named or general) and set(left.split()) <= _LIST_WORDS:
            said = f"{org.name} ({', '.join(org.services)}) hosts the service as a subservice "
            return Signed("Yes", said + "organisation of our reports.", "subservice_orgs")
    return NONE


def _is_cloud(org: SubserviceOrg) -> bool:
    """A cloud provider by name (AWS, Azure) or by the services the report names."""
    return _plain(org.name) in _PROVIDER_ALIASES or any(_CLOUD_RX.search(s) for s in org.services)


_CLOUD_RX = re.compile(r"\b(cloud|iaas|paas)\b", re.I)


# "Do you use / rely on / host on ...": whether the vendor uses a provider, and the rest.
_USES_RX = re.compile(
    r"^\s*(do|does|are|is)\s+(you|your\s+(organi[sz]ation|company|solution|service|"
    r"application|product|platform))\s+(use|using|rely\s+on|relying\s+on|leverage|utili[sz]e|"
    r"hosted\s+(on|in|at|by))\b(?P<rest>[^?]*)",
    re.I,
)


# A hosting provider in general words: "a cloud service provider", "an IaaS provider".
_GENERIC_HOSTING_RX = re.compile(r"\b(cloud|hosting|iaas|paas)\s+(service\s+)?providers?\b")


# Words that only join a list of providers: "Google Cloud, AWS, or another".
_LIST_WORDS = frozenset({"a", "an", "the", "or", "and", "any", "other", "another", "similar"})


def hosting_provider(ctx: Context, choices: tuple[str, ...] = ()) -> Signed:
    """The organisation that hosts the service, as the reports' subservice organisations name
    it (one whose services are hosting); spelled as a dropdown choice that names it, or left
    for the reviewer when no choice does or the reports name several."""
    orgs = _hosting_orgs(ctx)
    # One provider however each report words it: "Microsoft Azure (North Europe region)" and
    # "Microsoft Azure (North Europe, West Europe and UK South regions)".
    by_provider = {_plain(_BRACKETED_RX.sub(" ", org.name)): org.name for org in orgs}
    names = sorted(by_provider.values())
    if len(names) > 1 and choices:
        # Two providers host the service (one region each): a hybrid, where a choice says so.
        said = f"{' and '.join(names)} host the service (subservice organisations of our reports)."
        return _kind_choice(choices, _HYBRID_CHOICE_RX, said)
    if len(names) != 1:
        return NONE
    name = names[0]
    if _hosted_elsewhere_too(ctx, name, orgs):
        # "Data of Chilean farms is stored in AWS South America", "the feeding database stays
        # on our own servers at Bulk" beside Azure as the reports' host: not one provider.
        return NONE
    fact = f"{name} hosts the service (a subservice organisation of our audit report)."
    if not choices:
        return Signed(name, fact, "subservice_orgs")
    picked = _choices_naming(name, choices)
    if len(picked) == 1:
        return Signed(picked[0], fact, "subservice_orgs")
    if picked or not any(_PROVIDER_CHOICE_RX.search(c) for c in choices):
        return NONE
    # A provider the dropdown does not list: a colocation facility for our own servers, or
    # another cloud ("Oracle Cloud Infrastructure" among AWS, Azure, GCP: Other).
    colocation = all(_COLOCATION_RX.search(" ".join(o.services)) for o in orgs)
    return _kind_choice(choices, _PHYSICAL_CHOICE_RX if colocation else _OTHER_CHOICE_RX, fact)


def _hosted_elsewhere_too(ctx: Context, name: str, orgs: list[SubserviceOrg]) -> bool:
    """Whether a control or an approved answer keeps or runs some of the service with another
    cloud provider than `name`, or on servers of the vendor's own where `name` is no colocation
    provider: "Data of Chilean farms is stored in AWS South America (Sao Paulo)", "the EDI
    gateway runs on two servers we own in a cabinet at Harbourview DataCentre"."""
    # The reports' own organisations by any of their names ("OVH SAS (OVHcloud)", Hetzner for
    # backups beside a colocation provider).
    named = [name] + [o.name for r in ctx.inventory.reports for o in r.subservice_orgs]
    own = {n.casefold() for n in named} | {
        a for n in named for a in provider_names(_BRACKETED_RX.sub(" ", n))
    }
    colocation = any(_COLOCATION_RX.search(" ".join(o.services)) for o in orgs)
    texts = [c.description for c in ctx.inventory.controls] + [
        a.answer for a in ctx.current_answers
    ]
    for text in texts:
        if not _KEPT_OR_RUN_RX.search(text):
            continue
        for said in _SENTENCE_RX.split(text):
            if not _KEPT_OR_RUN_RX.search(said) or not _SERVICE_PART_RX.search(said):
                continue
            if not colocation and _OWN_SERVERS_RX.search(said):
                return True
            clouds = {m[0].casefold() for m in _CLOUD_NAMED_RX.finditer(said)}
            if any(not _among(c, own) for c in clouds):
                return True
    return False


def _among(cloud: str, own: set[str]) -> bool:
    """Whether a cloud named ("aws", "ovhcloud") is one of the organisations' names or aliases."""
    return bool({cloud, *provider_names(cloud)} & own) or any(cloud in n for n in own)


# What of the service is kept or run: its data, servers, backups, systems.
_SERVICE_PART_RX = re.compile(
    r"\b(data|databases?|servers?|backups?|snapshots?|applications?|platform|workloads?|"
    r"systems?|environments?|infrastructure)\b",
    re.I,
)
# Where something is kept or run: "is stored in", "runs on", "is hosted at", "stays on".
_KEPT_OR_RUN_RX = re.compile(
    r"\b(stor(?:e|ed|es)|kept|keeps?|hosted|hosts|runs?|running|stays?|deployed|lives?)\b", re.I
)
# Servers of the vendor's own: "servers we own", "our own servers", "on-premises", "a cabinet".
_OWN_SERVERS_RX = re.compile(
    r"\b(servers?\s+(?:that\s+)?we\s+own|our\s+own\s+(?:\w+\s+)?(?:servers?|hardware|machines|"
    r"data\s*cent(?:er|re)s?)|on[- ]prem(?:ise|ises)?|in\s+(?:a|our)\s+(?:cabinet|cage|rack))\b",
    re.I,
)
# Cloud providers named in an inventory's words (not their other services: "Microsoft 365").
_CLOUD_NAMED_RX = re.compile(
    r"\b(aws|amazon\s+web\s+services|azure|microsoft\s+azure|gcp|google\s+cloud(?:\s+platform)?|"
    r"oracle\s+cloud(?:\s+infrastructure)?|oci|hetzner|ovh(?:cloud)?|digitalocean|linode|"
    r"rackspace|ibm\s+cloud|alibaba\s+cloud|heroku)\b",
    re.I,
)


def _choices_naming(name: str, choices: tuple[str, ...]) -> list[str]:
    """The dropdown choices that name the provider: "Google Cloud (europe-north1)" is Google
    Cloud, and so GCP; "5) Azure" is Azure."""
    bare = _plain(_BRACKETED_RX.sub(" ", name))
    known = {name.casefold(), bare, *_PROVIDER_ALIASES.get(bare, ())}
    plain = {c: _plain(_ENUMERATOR_RX.sub("", c)) for c in choices}
    return [c for c in choices if plain[c] in known or _names_word(bare, plain[c])]


def part_left_out(ctx: Context, question: str) -> bool:
    """Whether a question asks who hosts a part ("Which cloud provider hosts Trichome
    Loyalty?") that the scope of every report naming a hosting provider leaves out: the
    provider hosts the parts the reports are on, not that one."""
    parts = [m[0] for m in _NAME_RUN_RX.finditer(question) if m.start() > 0]
    parts = [
        p for p in parts if not set(provider_names(p)) & (_PROVIDER_NAMES | {*_PROVIDER_ALIASES})
    ]
    if _hosted_apart(ctx, question):
        return True
    if not parts:
        return False
    reports = [
        r
        for r in ctx.inventory.reports
        if any(is_hosting(x) for o in r.subservice_orgs for x in o.services)
    ]
    return bool(reports) and any(
        all(any(_left_out(part, c) for c in _CLAUSE_RX.split(r.scope or "")) for r in reports)
        for part in parts
    )


def _hosted_apart(ctx: Context, question: str) -> bool:
    """Whether a question asks who hosts a part ("Hosting provider for KestrelFuel", "for the
    billing app") that a control or an approved answer says runs somewhere of its own without
    naming the reports' host ("KestrelFuel runs in a Hetzner data centre in Falkenstein")."""
    if not _HOSTING_ASK_RX.search(question):
        return False  # "Primary security contact for KestrelFuel" asks no host
    parts = _CAPITAL_WORD_RX.findall(question)[1:] + [m[1] for m in _THE_PART_RX.finditer(question)]
    parts = [p for p in parts if p.lower() not in _NOT_PARTS and not p.isupper()]
    if not parts:
        return False
    orgs = _hosting_orgs(ctx)
    hosts = {w.lower() for o in orgs for w in _WORD_RX.findall(o.name) if len(w) > 3}
    # "AWS", "GCP": the host by its short names too
    known = {n for o in orgs for n in provider_names(o.name)}
    texts = [c.description for c in ctx.inventory.controls] + [
        a.answer for a in ctx.current_answers
    ]
    for part in parts:
        words = [w for w in _WORD_RX.findall(part.lower()) if w != "the"]
        for text in texts:
            if not _RUNS_AT_RX.search(text):
                continue  # most texts say nothing of where something runs: one search first
            for said in _SENTENCE_RX.split(text):
                if (
                    _RUNS_AT_RX.search(said)
                    and all(_mentions(said, w, whole=True) for w in words)
                    and not _host_where_it_runs(said, hosts | known)
                ):
                    return True
    return False


_HOSTING_ASK_RX = re.compile(
    r"\b(host\w*|cloud|data\s*cent(er|re)s?|colocation|infrastructure|iaas|paas|compute|"
    r"servers?|runs?|deployed)\b",
    re.I,
)
# "for the billing app", "of the driver portal"
_THE_PART_RX = re.compile(
    r"\b(?:for|of|by|hosts?)\s+(the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:app|application|product|module|"
    r"portal|platform|system|service|api))\b",
    re.I,
)
# Words of a hosting question that name no part.
_NOT_PARTS = frozenset(
    ("hosting", "provider", "cloud", "data", "center", "centre", "service", "services", "where")
)
_RUNS_AT_RX = re.compile(
    r"\b(runs?|running|hosted|hosts|is\s+deployed|are\s+deployed|lives?)\s+(in|at|on|by|from)\b",
    re.I,
)


def _host_where_it_runs(said: str, names: set[str]) -> bool:
    """Whether a sentence names one of the reports' hosts where it says the part runs ("runs in
    AWS eu-west-1"), not for a side service ("..., with backups in AWS S3")."""
    for m in _RUNS_AT_RX.finditer(said):
        near = " ".join(_plain(said[m.end() :]).split()[:6])
        if any(re.search(rf"\b{re.escape(n)}\b", near) for n in names):
            return True
    return False


def _left_out(part: str, clause: str) -> bool:
    """Whether a scope clause leaves a part out: every word of its name (in any order: "the
    Counter app of Trichome is excluded") in a clause that says so."""
    words = _WORD_RX.findall(part.lower())
    return bool(_LEFT_OUT_RX.search(clause)) and all(
        _mentions(clause, w, whole=True) for w in words
    )


# A run of capitalised words: "Trichome Loyalty".
_NAME_RUN_RX = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+\b")
_LEFT_OUT_RX = re.compile(
    r"\b(not\s+in\s+scope|out\s+of\s+(the\s+)?scope|excluded|not\s+covered|not\s+included)\b",
    re.I,
)
# A scope's clauses, "but" and "while" parting what is in from what is left out ("Loyalty is in
# scope, but its mobile app is not").
_CLAUSE_RX = re.compile(r";\s*|\.\s+(?=[A-Z0-9])|,?\s+(?:but|while|whereas)\s+")


def _kind_choice(choices: tuple[str, ...], rx: re.Pattern[str], fact: str) -> Signed:
    picked = [c for c in choices if rx.search(c)]
    return Signed(picked[0], fact, "subservice_orgs") if len(picked) == 1 else NONE


def third_party_hosting(ctx: Context, question: str, choices: tuple[str, ...]) -> Signed:
    """ "Where will the software be hosted?" and its choices ("Institution Secured Facility",
    "Third-Party Data Center", "Other"): a third party's data centre where the reports name a
    subservice organisation that hosts the service."""
    if not choices or not _WHERE_HOSTED_RX.search(question):
        return NONE
    names = sorted({org.name for org in _hosting_orgs(ctx)})
    if not names:
        return NONE
    verb = "host" if len(names) > 1 else "hosts"
    said = f"{' and '.join(names)} {verb} the service (subservice organisations of our reports)."
    if len(names) == 1 and not _others_keeping_data(ctx, names[0]):
        # A list that names the provider ("AWS" beside "Third-Party Data Center") is answered
        # by its name, the more precise of the two true choices, where no other organisation
        # of the reports stores data (a carrier keeping call recordings is a second place).
        named = _choices_naming(names[0], choices)
        if len(named) == 1:
            return Signed(named[0], said, "subservice_orgs")
    return _kind_choice(choices, _THIRD_PARTY_CHOICE_RX, said)


def _others_keeping_data(ctx: Context, host: str) -> bool:
    return any(
        org.name != host and any(_KEEPS_DATA_RX.search(x) for x in org.services)
        for report in ctx.inventory.reports
        for org in report.subservice_orgs
    )


_KEEPS_DATA_RX = re.compile(r"\b(stor(e|es|ed|ing|age)|keeps?|archiv\w*|backups?|vault\w*)\b", re.I)


_WHERE_HOSTED_RX = re.compile(r"^\s*where\b[^?]{0,60}\b(hosted|stored|reside)\b", re.I)


_THIRD_PARTY_CHOICE_RX = re.compile(r"\bthird[- ]party\b", re.I)


_PROVIDER_CHOICE_RX = re.compile(r"\b(aws|azure|gcp|google|amazon)\b", re.I)


_COLOCATION_RX = re.compile(r"\bco-?location\b", re.I)


_PHYSICAL_CHOICE_RX = re.compile(r"\bphysical\s+co-?location\b", re.I)


_OTHER_CHOICE_RX = re.compile(r"\bother\b", re.I)


_HYBRID_CHOICE_RX = re.compile(r"\bhybrid\b|^\W*\d*\W*other\b", re.I)


# A dropdown choice's number or letter: "5) Azure", "(b) AWS", "3. GCP".
_ENUMERATOR_RX = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.):]\s+", re.I)


def _asks_for_a_name(question: str) -> bool:
    """A field ("Cloud provider name") or a question asking which one ("Who is your data center
    provider?", "Select your hosting option"), not a requirement that mentions one ("Verify
    the application encrypts traffic between cloud providers")."""
    text = question.strip()
    return bool(_WHICH_RX.match(text)) or (len(text) <= 70 and not text.endswith("?"))


_WHICH_RX = re.compile(
    r"^\s*(please\s+)?(who|which|what|select|choose|name|identify|specify|list|indicate)\b", re.I
)


_BRACKETED_RX = re.compile(r"\s*\([^()]*\)")


def _names_word(name: str, choice: str) -> bool:
    """Whether a short choice ("Azure") is a whole word of the provider's name."""
    return len(choice) >= 3 and f" {choice} " in f" {name} "


# A field asking who hosts the service: "Who is your data center provider?", "Select your
# hosting option", "Cloud provider name".
_HOSTING_FIELD_RX = Cue(
    r"\b(hosting|cloud|data ?cent(er|re)|colocation|co-location|iaas)\s+(service\s+)?"
    r"(provider|vendor|option|company|partner)s?\b|\bwho hosts\b",
    ("hosting", "cloud", "data cent", "datacent", "colocation", "co-location", "iaas", "hosts"),
)


_SIMILAR_RX = re.compile(r",?\s+or\s+(a|an|any)?\s*(similar|other|another|equivalent)\b.*$")
