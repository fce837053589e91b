"""Report requests that name no SOC report: auditor's reports, report lifecycle, public reports."""

from __future__ import annotations

import re

from socproc.classify.gated import Gated, gate_words, top_level_alternatives
from socproc.classify.needs import SOC1_BIT, SOC3_BIT, Decision
from socproc.classify.reports import REPORT_WORDS, FoundReports

IMPLICIT = Gated(
    "auditor|cpa|independent|third|external|outside|attestation report|assurance report|examination report|audit report|rapport d|prufbericht|prufungsbericht|testat|informe de|suitab|effective|design",
    r"auditor'?s'? (?:report|opinion|attestation)|service auditor|\bcpa(?:'s)?(?: firm'?s?)? "
    r"(?:report|attestation|examination|opinion)|independent (?:third[\s\-]party )?(?:attestation|assurance"
    r"|audit report|examination|auditor)|attestation report|assurance report|examination report"
    r"|\baudit report|rapport d'?audit|rapport d'?assurance|prufbericht|prufungsbericht|\btestat\b"
    r"|informe de auditoria|informe de aseguramiento|informe de un auditor"
    r"|\b(?:an?|independent|external|third[\s\-]party|service|cpa) auditor\b"
    r"|\bthird[\s\-]party (?:audit|attestation|assurance)"
    # a CPA's examination of controls is the engagement a SOC report comes from, and an
    # independent audit of security is what a SOC 2 reports
    r"|\b(?:examination|examined|audit|audited|attestation) (?:\w+ ){0,3}by (?:an? |the |our |your )?"
    r"(?:independent |external |outside |licensed )?(?:cpa|certified public account\w*)\b"
    r"|\bindependent (?:security |controls? )?audits?\b"
    # a report whose author is a CPA or a service auditor ("a report from a CPA firm on ...")
    r"|\b(?:reports?|attestations?|opinions?) (?:from|by|issued by|signed by) (?:an? |the |your )?"
    r"(?:independent |external |licensed )?(?:cpa|certified public account\w*|service auditor)\b"
    # a report whose subject is the design or the operating effectiveness of controls ("a report
    # on whether your controls were suitably designed as of a date"): what a SOC report opines on
    r"|\breports?\b[^.?]{0,60}?\bcontrols?\b[^.?]{0,40}?\b(?:suitab\w* (?:of )?(?:the )?design\w*"
    r"|suitably designed|design\w* and operat\w*|operat\w* effective\w*|operated effectively)"
    r"|\breports?\b[^.?]{0,40}?\b(?:operat\w* effective\w*|suitab\w* of (?:the )?design"
    r"|design and operat\w*)\b[^.?]{0,40}?\bcontrols?\b"
    # ... said in plain words by someone independent ("an independent report on how your
    # controls worked over the last year"): operating effectiveness, what a SOC report opines on
    r"|\b(?:independent|external|outside|third[\s\-]party) (?:[\w\-]+ )?reports? on (?:how|whether)"
    r" (?:well )?(?:your |the |its |our )?(?:[\w\-]+ )?controls? (?:worked|work|operated|operate"
    r"|were operating|performed|functioned|held up)\b",
    words="auditor auditors cpa independent attestation assurance examination audit rapport prufbericht prufungsbericht testat informe suitably suitability effectiveness effectively design designed operation operating external outside",
)
LIFECYCLE = Gated(
    "letter|cuec|complementary|user entity|carve|subservice|opinion|exception|next|period|system description|assertion|lettre|bruckenbrief|carta puente",
    r"bridge letter|gap letter|\bcuecs?\b|complementary user[\s\-]entity|user entity controls"
    r"|complementary subservice|carve[\s\-]?d?[\s\-]?out|subservice organi[sz]ation|qualified opinion"
    r"|unmodified opinion|adverse opinion|audit opinion|exceptions? (?:noted|identified|reported)"
    r"|next (?:audit|examination|report)|report(?:ing)? period|audit period|period covered"
    r"|system description|management'?s? assertion|lettre de couverture|bruckenbrief|carta puente",
    words="bridge gap cuec cuecs complementary user carve carved carveout subservice qualified unmodified adverse audit exception next report reporting period system management assertion lettre bruckenbrief carta",
    first="abceglmnpqrsu",
    split=True,
)
# "Has an independent party reviewed your security programme? Provide the results.": the
# results of an independent review of controls are what a SOC 2 reports.
# A CPA firm is an independent party by what it is (a licensed public accountant).
REVIEWED = Gated(
    "independent|third|external|outside|cpa",
    r"\b(?:(?:independent|third[\s\-]party|external|outside)(?: (?:security|cpa|audit|assessment))?"
    r"|(?:a |the )?(?:licensed |certified )?cpa)"
    r" (?:party|parties|firm|firms|assessor|assessors|reviewer|reviewers|organi[sz]ation|expert"
    r"|experts|company|auditor|auditors)\b[^.?]{0,80}?\b(?:review|audit|assess|evaluat|examin"
    r"|test)\w*",
    words="independent third external outside cpa",
)
RESULTS = Gated(
    "result|report|finding|summary|opinion|outcome",
    r"\b(?:results?|reports?|findings|summary|opinion|outcomes?)\b",
)
PUBLIC = Gated(
    "nda|non|public|general|web|anyone|freely|sans|publiquement|ohne|offentlich|sin |publicamente|posted|published|post |display|publish|include|put|without ",
    r"without (?:an? |(?:us |you |we |our \w+ )?(?:signing|having signed|sign) (?:an? )?|any )?(?:nda|non[\s\-]disclosure)|\bno nda|nda[\s\-]free|before (?:we |you )?(?:sign(?:ing)? )?"
    r"(?:an? |the )?nda|prior to (?:signing )?(?:an? )?nda|not under (?:an? )?nda|publicly|public (?:report"
    r"|version|summary|link|url|attestation|seal|audit|distribution|release)|\bpublic soc|general[\s\-]use|on your (?:public )?"
    r"web ?site|(?:posted|published) (?:on|to) (?:your|the) web|with anyone|(?:show|give|send|pass|circulate|distribute)\b[^.?]{0,40}?\bto anyone|freely (?:distribut|shar|avail)"
    r"|sans (?:accord de confidentialite|nda)|publiquement|ohne (?:nda|geheimhaltung)|offentlich"
    r"|sin (?:nda|acuerdo de confidencialidad)|publicamente"
    # shown to readers who sign nothing ("without them signing anything", "without readers
    # having to sign an agreement"): no NDA, whoever the readers are
    r"|without (?:them|anyone|readers?|recipients?|people|those|the (?:reader|recipient)s?"
    r"|[\w\-]+s) (?:signing|having to sign|having signed|needing to sign) (?:anything|an? "
    r"(?:[\w\-]+ )?agreement|an? nda|a confidentiality)\b"
    # the buyer putting it on its own public site ("a report we can post on our website")
    r"|(?:post|publish|display|put)(?:ed|ing|s)? (?:it |them )?(?:on|to) (?:our|the|a)\b[^.?]{0,30}?"
    r"\bweb ?site"
    # or in a public document of its own ("post with the board's public meeting packet")
    r"|(?:post|publish|display|include)(?:ed|ing)? (?:it |them )?(?:with|in|on|to|alongside)"
    r" (?:our|the|a)\b[^.?]{0,40}?\bpublic\b"
    # ... with the report named between ("post an independent assurance report on the vendor's
    # controls on its public transparency page")
    # (two alternatives, each with a literal word outside its groups for the split gate)
    r"|(?:post|publish|display|put)(?:ed|ing|s)? (?:an? |the |your |this |that |its )?[^.?]{0,50}?"
    r"\b(?:reports?|assurance|attestations?|audits?|summary)\b[^.?]{0,40}?\b(?:on|to|in|with"
    r"|alongside) (?:our|its|their|the|a)\b[^.?]{0,40}?\bpublic\b"
    r"|(?:post|publish|display|put)(?:ed|ing|s)? (?:an? |the |your |this |that |its )?[^.?]{0,50}?"
    r"\b(?:reports?|assurance|attestations?|audits?|summary)\b[^.?]{0,40}?\b(?:on|to|in|with"
    r"|alongside) (?:our|its|their|the|a)\b(?:(?!intranet|internal)[^.?]){0,40}?\b(?:web ?)?site\b"
    # an assurance report that may be made public ("an assurance report on your controls that
    # could be made public"), not any report (an incident's, a pentest's)
    r"|\b(?:audits?|assurance|attestations?|soc|auditor'?s?|controls?)\b[^.?]{0,60}?\b(?:made "
    r"|make (?:it |them |this |that )?|become )public\b"
    # ... or the report named first, then a page of the buyer's own it may go on ("a version of
    # your audit report we can put on the Club's supporters' trust page"); an intranet or a
    # portal page is no public place
    r"|\b(?:reports?|assurance|attestations?|audits?|summary|version)\b[^.?]{0,40}?\b(?:we|they)"
    r" (?:can|could|may|might) (?:post|publish|display|put)\b(?: it| them)? (?:on|onto|to)"
    r" (?:our|its|their|the|a)\b(?:(?!intranet|internal|portal)[^.?]){0,40}?\bpage\b",
    first="abcfgnopswdium",
    split=True,
)
REQUEST = Gated(
    "provide|attach|upload|share|send|submit|supply|furnish|forward|make available|cop|fourni|joi|transmettre|bereitstellen|beifugen|ubermitteln|vorlegen|kopie|proporcion|adjunt|facilite|envi|can we|available",
    # \b(?:a|b|...)\b written as \ba\b|\bb\b|...: the same matches, and each word its own
    # alternative for Gated's split search.
    "|".join(
        rf"\b{verb}\b"
        for verb in top_level_alternatives(
            "provide|attach|upload|share|send|submit|supply|furnish|forward|make available"
            "|copy of|copies of|fournir|fournissez|joindre|joignez|transmettre|copie|bereitstellen"
            "|beifugen|ubermitteln|vorlegen|kopie|proporcione|proporcionar|adjunte|adjuntar"
            "|facilite|enviar|envie|copia|can we (?:see|get|obtain|review)"
            "|available (?:for review|upon request|on request)"
        )
    ),
    words="provide attach upload share send submit supply furnish forward available copy copies fournir fournissez joindre joignez transmettre copie bereitstellen beifugen ubermitteln vorlegen kopie proporcione proporcionar adjunte adjuntar facilite enviar envie copia can",
    first="abcefjkmpstuv",
    split=True,
)
DESCRIBE = Gated(
    "describ|explain|detail|description|overview|outline|how |decri|beschreiben",
    r"\b(?:describe|explain|details? (?:of|on|about)|description of|overview of|outline|how (?:do|does"
    r"|is|are|often)|decrire|decrivez|beschreiben|describa|describir)\b",
)
PUBLIC_GATE = gate_words(
    "nda ndas non public publicly general web website anyone freely sans publiquement ohne offentlich "
    "sin publicamente posted published publish page signing sign signed"
)
IMPLICIT_GATE = gate_words(
    "third external outside "
    "auditor auditors audit cpa independent attestation assurance examination rapport prufbericht "
    "prufungsbericht testat informe bridge gap cuec cuecs complementary user carve carved subservice "
    "opinion exception exceptions next report reporting period system management lettre bruckenbrief "
    "carta service"
)


# The auditor named only as whom a datum is asked of ("Provide the name of your external
# auditor", "What is the contact e-mail of your audit firm?"): a fact, not a report.
_AUDITOR_DATUM = re.compile(
    r"(?:please )?(?:provide|give|state|list|enter|what is|what are|who is|who are)"
    r" (?:the |your )?(?:[\w\-]+ )?(?:names?|contact(?: details)?|e-?mail(?: address)?"
    r"|phone(?: number)?|address|identity) (?:of|for) (?:your |the |its )?(?:[\w\-]+ ){0,2}?"
    r"(?:auditors?|audit firms?|cpa firms?|assessors?)\b(?![^?]*\b(?:reports?|opinions?"
    r"|attestations?)\b)"
)


_DATUM_WORDS = gate_words("name names contact email mail phone address identity")
# SOC reports of the vendor's own suppliers ("the SOC reports of the payment processor and
# hosting provider you rely on", "your card processor's SOC report"): the vendor's review of
# its vendors (CC9.2), a security practice whatever money those suppliers move, not the
# buyer's financial reliance on the vendor.
_SUPPLIERS = (
    r"(?:providers?|processors?|vendors?|suppliers?|subservice (?:organi[sz]ations?|providers?)"
    r"|sub-?processors?|sub-?contractors?|hosts?|banks?|gateways?|clearing ?houses?"
    r"|third[\s\-]part(?:y|ies)|partners?|outsourcers?)"
)
_SUPPLIERS_REPORTS = re.compile(
    r"\bsoc (?:reports?|audits?|attestations?)\b[^?.]{0,12}?\b(?:of|from|for|held by|issued to)"
    r" (?:the |your |its |each |all |any |every |those )?(?:[\w\-']+ ){0,4}?" + _SUPPLIERS + r"\b"
    r"|\b" + _SUPPLIERS + r"(?:'s?|s') (?:own )?soc (?:reports?|audits?|attestations?)\b"
)


def implicit_reports(
    found: FoundReports,
    d: Decision,
    fin: bool,
    public: bool,
    generic: list[str],
    asks: bool,
) -> None:
    """Report requests that name no SOC report: auditor's reports, lifecycle, generic 'SOC report'.

    `asks`: the text asks for something to be provided or shared (REQUEST matched)."""
    low = found.low
    if IMPLICIT_GATE.isdisjoint(found.words) and not generic:
        return
    if not generic and not _DATUM_WORDS.isdisjoint(found.words) and _AUDITOR_DATUM.match(low):
        return  # a datum of the auditor (its name, its contact) is asked, not its report
    words = found.words
    # The token gates checked here first: most texts pass neither, and a call costs more.
    m = None if IMPLICIT.words.isdisjoint(words) else IMPLICIT.search(low, words)
    if m is None and not LIFECYCLE.words.isdisjoint(words):
        m = LIFECYCLE.search(low, words)
    if m is None and asks and RESULTS.search(low):
        m = REVIEWED.search(low, found.words)
    if generic:
        why, conf = f"'{generic[0]}' without a number", 0.7
    elif public and (m or REPORT_WORDS.search(low)):
        why, conf = "", 0.8
    elif m:
        why, conf = f"'{m.group()}' asks for or about an assurance report", 0.78
    else:
        return
    if public:
        d.needs |= SOC3_BIT
        d.reasons.append(
            f"{why + '; ' if why else ''}a publicly shareable assurance report → SOC 3"
        )
    elif fin and not ("soc" in words and _SUPPLIERS_REPORTS.search(low)):
        d.needs |= SOC1_BIT
        d.reasons.append(f"{why}; financial-reporting context → SOC 1")
    else:
        d.soc2 = True
        d.reasons.append(f"{why} → SOC 2 (security assurance is the usual ask)")
    d.confidence = conf
