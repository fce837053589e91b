"""Index terms for control retrieval: stems, stop words and buyer-to-catalog synonyms.

The same function turns NIST SP 800-53 control text (at build time, scripts/build_knowledge.py)
and a questionnaire's question (at run time) into terms, so both sides stem alike.
"""

from __future__ import annotations

from collections.abc import Iterable

# Suffixes stripped once, longest first, when at least four letters stay: "encryption",
# "encrypted" and "encrypt" meet, so do "monitoring" and "monitored".
_SUFFIXES = (
    "ational", "ations", "ation", "itions", "ition", "ments", "ment", "ings", "ing", "ions",
    "ion", "ated", "ate", "edly", "ed", "ers", "er", "ies", "es", "ly", "ive", "al", "s",
)  # fmt: skip
_STEM_CHARS = 7
_VOWELS = frozenset("aeiou")

# Function words and the questionnaire's own frame ("do you", "the vendor", "please"): they say
# nothing about which control is meant.
_STOP_TEXT = """
    a about above across after again against all also am an and any are as at be because been
    before being below between both but by can could did do doe does doing down during each
    either etc few for from further had has have having he her here hers how i if in into is it
    its itself just least may me might more most must my neither no nor not now of off on once
    only or other our ours out over own per please same shall she should so some such than that
    the their theirs them then there these they this those through thu to too under until up
    upon us very via was we were what when where whether which while who whom why will with
    within without would yes you your yours e g ie eg i.e via
    vendor vendors supplier company organization organisation organizational institution
    institutional customer customers client clients solution solutions provider
    describe explain list indicate confirm detail details please currently
    provide provided providing product products service services use used using utilize offer
    offered ability able allow allowed support supported supports require required requires
    include includes included including ensure ensures appropriate manner regard regarding part
    any type types example examples like well whole one two three also based
    de la le les des du un une et en est sont vos votre nos pour par sur au aux il elle
    der die das und ist sind ein eine fur mit von zu den dem des im bei auf oder wie
    el los las del y es son un una por para con su sus al lo que como o
    """
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Buyer words → catalog words (NIST SP 800-53 says "multifactor authentication", never "MFA").
# Keys are folded tokens as `text.split_tokens` yields them; values are catalog phrases.
SYNONYMS: dict[str, str] = {
    "mfa": "multifactor authentication",
    "2fa": "multifactor authentication",
    "sso": "single sign on authentication",
    "saml": "authentication federation",
    "oidc": "authentication federation",
    "ldap": "authentication directory account",
    "pentest": "penetration testing",
    "pentesting": "penetration testing",
    "siem": "audit record correlation analysis",
    "syslog": "audit record",
    "vpn": "remote access encrypted",
    "ids": "intrusion detection",
    "ips": "intrusion prevention",
    "idps": "intrusion detection",
    "tls": "cryptographic transmission confidentiality",
    "ssl": "cryptographic transmission confidentiality",
    "https": "cryptographic transmission confidentiality",
    "aes": "cryptographic encryption",
    "kms": "cryptographic key management",
    "hsm": "cryptographic key management",
    "ddos": "denial service",
    "dos": "denial service",
    "xss": "information input validation flaw",
    "csrf": "information input validation flaw",
    "xsrf": "information input validation flaw",
    "owasp": "flaw vulnerability",
    "antivirus": "malicious code protection",
    "malware": "malicious code",
    "ransomware": "malicious code",
    "edr": "malicious code protection monitoring",
    "waf": "boundary protection",
    "firewall": "boundary protection firewall",
    "firewalls": "boundary protection firewall",
    "dmz": "boundary protection subnetwork",
    "vlan": "network segmentation boundary",
    "segmentation": "segmentation boundary separation",
    "segmented": "segmentation boundary separation",
    # the verb and its forms, which the catalog never uses (so the index is unchanged)
    "segment": "segmentation boundary separation",
    "segmenting": "segmentation boundary separation",
    "vet": "screening assessment",
    "vetted": "screening assessment",
    "vetting": "screening assessment",
    "segregated": "separation boundary",
    "segregation": "separation",
    "rbac": "role based access control",
    "abac": "attribute based access control",
    "sdlc": "system development life cycle",
    "sast": "static code analysis",
    "dast": "dynamic code analysis",
    "patch": "flaw remediation software update",
    "patches": "flaw remediation software update",
    "patching": "flaw remediation software update",
    "bcp": "contingency plan",
    "drp": "contingency plan recovery",
    "rto": "recovery time",
    "rpo": "recovery point",
    "cctv": "video surveillance physical access monitoring",
    "badge": "physical access",
    "badges": "physical access",
    "datacenter": "facility physical",
    "ups": "emergency power",
    "generator": "emergency power",
    "generators": "emergency power",
    "hvac": "temperature humidity",
    "mdm": "mobile device",
    "laptop": "mobile device",
    "laptops": "mobile device",
    "byod": "mobile device",
    "dlp": "exfiltration data loss",
    "onboarding": "personnel",
    "offboarding": "personnel termination access",
    "offboarded": "personnel termination access",
    "subprocessor": "external service provider",
    "subprocessors": "external service provider",
    "subcontractor": "external service provider",
    "subcontractors": "external service provider",
    "hardening": "configuration settings baseline",
    "hardened": "configuration settings baseline",
    "backup": "backup",
    "backups": "backup",
    "pii": "personally identifiable information",
    "phi": "personally identifiable information",
    "gdpr": "privacy",
    "dsar": "individual access personally identifiable information",
    "cmek": "cryptographic key",
    "byok": "cryptographic key",
    "secrets": "authenticator cryptographic",
    "passphrase": "password authenticator",
    "passwords": "password authenticator",
    "password": "password authenticator",
    "lockout": "unsuccessful logon attempts",
    "timeout": "session lock termination",
    "iam": "identification authentication account",
    "pam": "privileged account",
    "soc": "security monitoring incident",
    # web application flaws and the product's own protections, as the catalog names them
    "forgery": "information input validation flaw",
    "injection": "information input validation flaw",
    "sqli": "information input validation flaw",
    "httponly": "session authenticity",
    "csp": "information input validation flaw",
    "credential": "authenticator password",
    "credentials": "authenticator password",
    "token": "authenticator",
    "tokens": "authenticator",
    "jwt": "authenticator session",
    "oauth": "authenticator federation",
    "hash": "cryptographic authenticator",
    "hashed": "cryptographic authenticator",
    "hashing": "cryptographic authenticator",
    "allowlist": "access control allow boundary",
    "allowlisting": "access control allow boundary",
    "whitelist": "access control allow boundary",
    "whitelisting": "access control allow boundary",
    "tenant": "separation information flow",
    "tenants": "separation information flow",
    "multitenant": "separation information flow",
    "allowlisted": "access control allow boundary",
    "whitelisted": "access control allow boundary",
    # classifying information is what the catalog calls security categorization
    "classify": "security categorization classification",
    "classified": "security categorization classification",
    "classification": "security categorization classification",
    "classifying": "security categorization classification",
    # replicas are the catalog's alternate storage and processing sites
    "replicated": "backup alternate storage site",
    "replication": "backup alternate storage site",
    "replicate": "backup alternate storage site",
    "login": "logon authentication",
    "logins": "logon authentication",
    "signin": "logon authentication",
}

# Two-word buyer phrases → catalog words, checked before the single words.
BIGRAMS: dict[tuple[str, str], str] = {
    ("pen", "test"): "penetration testing",
    ("cross", "site"): "information input validation flaw",
    ("around", "clock"): "continuous monitoring",
    ("ip", "address"): "network address boundary",
    ("ip", "addresses"): "network address boundary",
    ("rate", "limit"): "denial service",
    ("rate", "limiting"): "denial service",
    ("rate", "limited"): "denial service",
    ("log", "out"): "logout session termination",
    ("logs", "out"): "logout session termination",
    ("log", "off"): "logout session termination",
    ("logs", "off"): "logout session termination",
    ("log", "in"): "logon",
    ("logs", "in"): "logon",
    ("log", "on"): "logon",
    ("pen", "testing"): "penetration testing",
    ("multi", "factor"): "multifactor authentication",
    ("two", "factor"): "multifactor authentication",
    # ("a second factor when signing in": the same control in other words)
    ("second", "factor"): "multifactor authentication",
    ("single", "sign"): "single sign authentication",
    ("data", "center"): "facility physical",
    ("data", "centre"): "facility physical",
    ("background", "check"): "personnel screening",
    ("background", "screening"): "personnel screening",
    ("disaster", "recovery"): "contingency recovery",
    ("business", "continuity"): "contingency plan",
    ("code", "review"): "code review developer",
    ("least", "privilege"): "least privilege",
    ("data", "breach"): "incident breach",
    ("security", "awareness"): "security awareness training",
    ("bug", "bounty"): "vulnerability disclosure",
    ("responsible", "disclosure"): "vulnerability disclosure",
}


# A buyer's word in another sense than the catalog's, dropped from a question's terms only
# (the index keeps the catalog's): the resolution of a picture, a screen or a scan is no name
# resolved to an address (SC-20 to SC-22).
_PICTURE = frozenset(
    (
        "high", "full", "low", "higher", "lower", "original", "image", "images", "photo",
        "photos", "picture", "pictures", "screen", "video", "print", "scan", "camera", "dpi",
    )
)  # fmt: skip


# ... and a part of the product named by what it does ("the invoicing module", "the booking
# modules") is no cryptographic module (IA-7, SC-13): "module" is dropped unless a word of
# cryptography or hardware names it.
_CRYPTO_MODULE = frozenset(
    (
        "cryptographic", "crypto", "cryptography", "encryption", "hardware", "security", "fips",
        "hsm", "tpm", "trusted", "platform", "validated", "kernel", "signing", "key",
    )
)  # fmt: skip
_MODULE = frozenset(("module", "modules"))
# ... and a code an item carries or a person enters ("the grower's lot code", "a QR code on each
# statement", "a discount code") is no program code (SA-11, CM-14, SI-7): "code" is dropped
# when the word before names such a code (not a system's name: "the billing code" may be its
# program).
_ITEM_CODE = frozenset(
    (
        "lot", "plu", "qr", "bar", "zip", "postal", "postcode", "discount", "promo",
        "promotional", "coupon", "voucher", "batch", "sku", "tax", "gl", "cost", "colour",
        "color", "dress", "area", "country", "dialling", "dialing", "diagnosis", "gift",
        "referral", "size", "harvest", "grower", "pallet", "bin", "crop", "date", "expiry",
        "expiration", "variety",
    )
)  # fmt: skip
_CODE = frozenset(("code", "codes"))


def _other_sense(words: list[str], i: int, w: str) -> bool:
    """Whether words[i] (w) is in another sense than the catalog's (see _PICTURE, _MODULE,
    _ITEM_CODE)."""
    if w == "resolution":
        return i > 0 and words[i - 1] in _PICTURE
    if w in _CODE:
        return i > 0 and words[i - 1] in _ITEM_CODE
    return w in _MODULE and i > 0 and words[i - 1] not in _CRYPTO_MODULE


def _question_senses(words: list[str]) -> list[str]:
    """A question's words without those in another sense than the catalog's."""
    return [w for i, w in enumerate(words) if not _other_sense(words, i, w)]


class _StemCache(dict[str, str]):
    """word → index stem; a miss computes it (bounded, like text._StemCache)."""

    def __missing__(self, word: str) -> str:
        stem = index_stem(word)
        if len(self) < 200_000:
            self[word] = stem
        return stem


def index_stem(word: str) -> str:
    """A crude, deterministic stem: one suffix off, a doubled last letter single, 7 letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix == "s" else 4):
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in _VOWELS and word[-1] != "s":
        word = word[:-1]
    return word[:_STEM_CHARS]


_STEMS = _StemCache()
_STOP = frozenset(STOP_WORDS)


def _expand(phrase: str) -> tuple[str, ...]:
    return tuple(index_stem(w) for w in phrase.split())


_SYN: dict[str, tuple[str, ...]] = {k: _expand(v) for k, v in SYNONYMS.items()}
_BI: dict[tuple[str, str], tuple[str, ...]] = {k: _expand(v) for k, v in BIGRAMS.items()}
_BI_FIRST = frozenset(k[0] for k in _BI)


def index_terms(tokens: Iterable[str]) -> list[str]:
    """Index stems of folded tokens (text.split_tokens output), synonyms expanded, stop words out."""
    return [term for term, _ in sourced_terms(tokens)]


class _WordTerms(dict[str, tuple[tuple[str, str], ...]]):
    """word → its (index term, word) pairs: none for a stop word or a number, the synonym's
    terms, or its stem (bounded cache, a hit is one dict lookup)."""

    def __missing__(self, word: str) -> tuple[tuple[str, str], ...]:
        if word in _STOP or word.isdigit():
            found: tuple[tuple[str, str], ...] = ()
        elif word in _SYN:
            found = tuple((t, word) for t in _SYN[word])
        else:
            found = ((_STEMS[word], word),)
        if len(self) < 200_000:
            self[word] = found
        return found


_WORD_TERMS = _WordTerms()


def sourced_terms(tokens: Iterable[str], question: bool = False) -> list[tuple[str, str]]:
    """(index term, the question's word it came from) for folded tokens, as `index_terms`;
    `question`: a buyer's question, whose words in another sense than the catalog's are left
    out."""
    words = [t for t in tokens if t not in _STOP]
    if question and (
        "resolution" in words
        or "module" in words
        or "modules" in words
        or "code" in words
        or "codes" in words
    ):
        words = _question_senses(words)
    if _BI_FIRST.isdisjoint(words):
        of = _WORD_TERMS
        return [pair for w in words for pair in of[w]]
    out: list[tuple[str, str]] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w in _BI_FIRST and i + 1 < n and (w, words[i + 1]) in _BI:
            source = f"{w} {words[i + 1]}"
            out.extend((t, source) for t in _BI[w, words[i + 1]])
            i += 2
            continue
        out.extend(_WORD_TERMS[w])
        i += 1
    return out
