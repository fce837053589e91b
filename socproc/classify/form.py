"""What a question asks by its form and subject: a practice, a fact, a feature, a document, terms.

A control question asks whether or how the vendor (the organisation) runs a practice ("Do you
review access rights?", "Is data encrypted at rest?", "The organisation shall ..."). Other forms
are no SOC-report need whatever their topic: a request for a document ("Provide your incident
response plan"), a fact about the company or its history ("How many employees...", "Have you had
a breach in the past 24 months?", "Is data stored outside the US?"), commercial or legal terms
with the buyer ("Will you sign our DPA?"), and features of the product that a user sees. Topic
words decide nothing here; the decision module weighs the form against the nearest control.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from socproc.classify.gated import Gated, gate_words
from socproc.classify.text import stem_word

# Kinds, in the order they are tested.
ARTIFACT, HISTORY, LOCATION, FACT, COMMERCIAL, AI_MODEL, PLATFORM, FEATURE, LABEL, CONTROL = (
    "artifact",
    "history",
    "location",
    "fact",
    "commercial",
    "ai-model",
    "platform",
    "feature",
    "label",
    "control",
)
# Disposal of the buyer's data when the contract ends: a control (C1.2), found by the
# commercial test.
DISPOSAL = "disposal"
# The company's environmental, social and labour commitments (emissions, wages, forced labour,
# diversity, sourcing of minerals, bribery): subjects outside the Trust Services Criteria, which
# no SOC report speaks to whatever the form ("Do you have a policy on ...", "Supplier shall ...").
OUTSIDE = "outside"
# What the buyer must do or run for the product ("Does the service require the customer to
# open inbound ports?"): the buyer's duty, which no report of the vendor's controls covers.
BUYER_DUTY = "buyer-duty"

_DOC = (
    r"(?:polic(?:y|ies)|plans?|procedures?|diagrams?|documents?|documentation|reports?|results?"
    r"|summar(?:y|ies)|certificates?|certifications?|attestations?|evidence|lists?|cop(?:y|ies)"
    r"|screenshots?|samples?|statements?|letters?|charters?|inventor(?:y|ies)|records?|vpat|acr"
    r"|notices?|agreements?|contracts?|questionnaires?|templates?|artifacts?|proof|links?|urls?"
    r"|findings|output|sow|playbooks?|runbooks?|standards?|charts?|organi[sz]ation charts?"
    r"|schedules?|(?:site |floor |network )?maps?|floor ?plans?|site plans?"
    # a recording is a document too ("a short demo video showing the installation flow")
    r"|videos?|recordings?|demos?|demonstrations?|walk[\s\-]?throughs?|terms of (?:service|use))"
)
# "Provide / attach / upload ... <document>" leading the text, or "can you provide <document>".
# Patterns named *_LEAD match at the start of the text (re.match, cheap); the others search the
# text behind a gate of words that every match holds (gated.Gated), so most texts skip them.
_REQUEST_LEAD = re.compile(
    r"(?:please |kindly )?(?:provide|attach|upload|submit|include|send|share|supply|furnish"
    r"|forward|enclose|list)\b(?! (?:a |an )?(?:description|details?|explanation|overview|an? "
    r"summary of how)\b)[^.?;]*?\b" + _DOC + r"\b"
    r"|(?:please )?(?:web )?(?:link|url|hyperlink) (?:to|for)\b"
    r"|(?:can|could|will|would) (?:you|the vendor) (?:please )?(?:provide|share|send|supply"
    r"|submit|furnish|make available|e-?mail)\b[^.?;]*?\b(?:"
    + _DOC
    # (papers of the company's standing asked for: "your ICO registration", "your bureau
    # accreditation", "your carrier licence")
    + r"|accreditations?|registrations?|licen[cs]es?)\b"
    r"|(?:do|does) (?:you|the vendor) (?:provide|offer|share|issue) (?:the |a |an |any )?"
    r"(?:[\w\-]+ ){0,3}?(?:results?|attestations?|certificates?|evidence|reports?|copies)\b"
    r"|(?:is|are) (?:a |an |the )?(?:copy|copies|summary|sample) of\b"
    # (a sample checked is a practice's work: "Is a sample of alerts reviewed each week?"; and
    # copies disposed of or protected are the data they copy, a practice done to it: "Are copies
    # of tenants' passports shredded after the check?", "Is a copy of each licence erased?")
    r"(?![^?]*\b(?:reviewed|tested|checked|inspected|examined|audited|verified|re-?performed"
    r"|deleted|destroyed|erased|shredded|purged|wiped|disposed|redacted|anonymi[sz]ed"
    r"|pseudonymi[sz]ed|encrypted)\b)"
    # the address of a document ("Is there a public privacy policy URL for the app?")
    r"|(?:is|are) there (?:a |an |any )?(?:[\w\-]+ ){0,4}?" + _DOC + r" (?:urls?|links?"
    r"|web ?address(?:es)?|web ?pages?)\b"
)
# A document made available to those outside the vendor ("Are the results of penetration tests
# shared with customers on request?") asks whether it is given, not how the work is done; a
# policy made available to employees is communicated inside (CC2.2), and not matched. Apart
# from _REQUEST_LEAD, behind the words of giving (few questions hold one).
_SHARED_DOC = Gated(
    "",
    r"^(?:(?:is|are) (?:[\w\-']+ ){0,6}?"
    + _DOC
    + r"\b(?: of (?:[\w\-]+ ){0,2}?[\w\-]+)? (?:made )?(?:(?:publicly|openly) (?:available"
    r"|accessible)\b|(?:available|accessible|shared|provided|published|disclosed|given)\b(?: (?:to"
    r"|with) (?:[\w\-]+ ){0,3}?(?:customers?|clients?|buyers?|prospects?|tenants?|us|the public)\b"
    r"| (?:on|upon) request\b| online\b| publicly\b| on (?:your|the|a) (?:web ?site|portal"
    r"|trust (?:center|centre))\b))"
    r"|(?:do|does|will|would|can) (?:you|the vendor) make (?:[\w\-]+ ){0,6}?"
    + _DOC
    + r" (?:of (?:[\w\-]+ ){1,5}?)?available\b)",
    words="available accessible shared provided published disclosed given",
)
# A request whose object points back to what the text named before ("Our legal team needs your
# DPA and subprocessor list; can you send both?"): a document asked for, as an e-mail asks.
_SEND_BACK = Gated(
    (
        "you send",
        "you share",
        "you forward",
        "you provide",
        "you attach",
        "you upload",
        "you email",
        "you e-mail",
        "you please",
    ),
    r"\b(?:can|could|would|will) you (?:please )?(?:send|share|forward|provide|attach|upload"
    r"|email|e-mail)(?: (?:over|across|through|along))? (?:both|them|these|those|all three"
    r"|all of them|each of them|copies|a copy)\b(?! (?:to|with) (?:your|its|their) )",
    # every match ends on one of these (a request verb such as "provide" is far commoner)
    words="both them these those three copy copies",
)
# Where the buyer can find something ("Where do I find your sub-processor list online?"): a
# document or page asked for.
_WHERE_FIND = re.compile(
    r"where (?:can|could|do|would|should|may) (?:i|we|customers|users|one) (?:find|get|see"
    r"|access|download|view|obtain|read|look up)\b"
)
_SHARED_OPENS = frozenset(("is", "are", "do", "does", "will", "would", "can"))
# Before a lead verb, "describe or provide a reference" asks for the practice, not a document.
_DESCRIBE_LEAD = re.compile(r"(?:please )?(?:describe|explain|outline|detail)\b")

# What a count or share asked is of, when it is a practice's work ("Number of days within which
# a leaver's access is removed", "Percentage of laptops with full-disk encryption"): the
# practice asked as a field, not a fact.
_NOT_PRACTICE_WORK = (
    # ("security" names a domain: "Number of employees dedicated to security" is a count)
    r"(?![^?]*\b(?:vulnerab|patch|encrypt|protect|train|review|remediat|test|monitor"
    r"|backup|access|incident|complet|revok|remov|terminat|disabl|password|log[\s\-]?in|lock"
    r"|authenticat|restor|recover|scan)"
    # (... unless the word only names the kind of a place counted: "Number of test-only
    # stations", "Number of training rooms")
    r"(?![\w\-]*\s+(?:stations?|cent(?:er|re)s?|sites?|rooms?|labs?|laborator(?:y|ies)"
    r"|facilit(?:y|ies)|venues?|lanes?|tracks?|kitchens?|depots?|yards?|halls?|branches)\b))"
)
_PAST = (
    # ("in the past two years", or bare: "filed against you last year")
    r"(?:(?:in|during|within|over|for|of) )?(?:the )?(?:past|last|previous|prior) (?:\d+|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty[\s\-]?four|thirty[\s\-]?six|several|few)?[\s\-]*"
    r"(?:years?|months?|yrs?)"
)
_EVENT = (
    r"(?:breach|breaches|incident|incidents|violation|violations|outage|outages|disruption"
    r"|disruptions|litigation|lawsuit|lawsuits|fines?|fined|sued|sanctioned|penali[sz]ed"
    r"|penalt(?:y|ies)|complaints?|claims?"
    r"|investigations?|compromise|compromised|downtime|uptime|sanctions?|attacks?|ransomware"
    # an action taken against the company, a security failure of it
    r"|(?:enforcement|regulatory|legal|disciplinary|court) (?:actions?|orders?|proceedings?)"
    r"|(?:security|privacy|data protection) (?:issues?|failures?|lapses?))"
    # ... unless it only qualifies the noun after it, which names a practice or a document
    # ("an incident response plan tested in the last 12 months", "breach notification
    # procedures reviewed last year"): what is dated is the practice, not an event
    r"(?! (?:response|management|handling|notification|reporting|plans?|procedures?|process"
    r"|processes|polic(?:y|ies)|teams?|simulations?|exercises?|drills?|playbooks?|runbooks?"
    r"|tabletops?|prevention|detection|monitoring|recovery|escalation|triage)\b"
    # ... or ends the noun phrase of a plan whose practice is what is dated ("Has a continuity
    # plan covering cyber incidents been tested in the last year?")
    r"| (?:been|be|is|are|was|were) (?:tested|reviewed|updated|approved|exercised|rehearsed"
    r"|revised|trained)\b"
    # ... or names the kind of a second event word after it ("ransomware attacks"), which is
    # read in its turn
    r"| (?:attacks?|incidents?|breach(?:es)?|outages?|compromises?)\b)"
)
# Who an event happens to: the company, or any of its clients, accounts or funds.
_UNDERGOER = (
    r"(?:you|your (?:company|firm|organi[sz]ation|business|entity|group|parent company)"
    r"|the (?:vendor|company|organi[sz]ation|supplier|firm|contractor)"
    r"|any (?:of (?:your|the|its) )?(?:[\w\-']+ ){0,2}?[\w\-']+)"
)
# A participle of something that befell it, not of a practice it does or had done.
_SUFFERED = (
    r"(?!(?:tested|reviewed|updated|approved|exercised|rehearsed|revised|refreshed|renewed"
    r"|trained|assessed|audited|scanned|patched|encrypted|screened|checked|verified|completed"
    r"|performed|conducted|implemented|documented|signed|vetted|backed|restored|rotated"
    r"|remediated|certified|evaluated|validated|inspected|identified|found|detected|noted"
    r"|raised|reported|resolved|fixed|closed|communicated|published|acknowledged|informed"
    r"|notified|granted|given|provided|required|asked|expected|authori[sz]ed|permitted|allowed"
    r"|designated|appointed|assigned|deployed|released|pushed|promoted|merged)\b)(?:[a-z]+(?:ed|en)|hit|struck|shut down|taken down"
    # (the irregular participles of a loss: "Has any member's data ever been sold?")
    r"|sold|lost|sent|misused|mislaid)\b"
)
# What an outside body does to a company's standing, and the standing it does it to.
_UNSTOOD = (
    r"(?:suspended|revoked|withdrawn|withdrew|cancell?ed|limited|restricted|refused|denied"
    r"|rescinded|downgraded)"
)
_STANDING_PAPERS = (
    r"(?:approvals?|licen[cs]es?|certificates?|certifications?|registrations?|accreditations?"
    r"|permits?|authori[sz]ations?|charters?)\b"
)
_HISTORY_LEAD = re.compile(
    # (the company by any name the questionnaire gives it: "the Operator", "the Provider")
    r"(?:have|has) (?:you|your \w+(?: \w+)?|the [\w\-]+(?: [\w\-]+)?"
    r"|there been)\b(?: ever)? (?:had|experienced|suffered|lost|been (?:subject|involved|notified"
    r"|the subject|party|fined|sued|breached|compromised)|reported|incurred|operated without"
    r"|received|paid|disclosed|identified any)\b[^?]*\b" + _EVENT + r"\b"
    # an event as the subject, told or found ("Has a data breach at your company been reported
    # to the regulator?")
    r"|(?:has|have) (?:an?|any) (?:[\w\-']+ ){0,4}?" + _EVENT + r"\b[^?]*\bbeen (?:reported"
    r"|notified|disclosed|recorded|investigated|found)\b"
    # a penalty or an attack the company underwent, which names the event itself ("Has the
    # Operator been fined by any city ...?")
    # (the company with its people: "Has the company or any of its principals been disciplined
    # by the board?"; a sanction named by any of its verbs)
    r"|(?:have|has) (?:you|your \w+(?: \w+)?|the [\w\-]+(?: [\w\-]+)?)(?: (?:or|and) (?:any of )?"
    r"(?:its|your|their|the) [\w\-]+(?: [\w\-]+)?)?(?: ever)? been"
    r" (?:fined|sued|sanctioned|penali[sz]ed|prosecuted|censured|hacked|breached|compromised"
    r"|disciplined|suspended|debarred|barred|reprimanded|convicted|indicted|disqualified)\b"
    r"|(?:has|have) (?:there been|you had) any\b[^?]*\b" + _EVENT + r"\b"
    # something that happened because of an event ("Has any customer ended a contract because
    # of a security incident?")
    r"|(?:has|have) any (?:of (?:your|the|its) )?\w+(?: ever)? \w+ed\b[^?]*\b(?:because of|due to"
    r"|after|following)\b"
    r"[^?]*\b" + _EVENT + r"\b"
    # something done to the company, its clients or their accounts in a past period or ever
    # ("Have you been placed in a card brand monitoring program in the last 24 months?", "Have
    # any client accounts been defrauded ...?"): an event it underwent, unless what was done is
    # a practice (tested, reviewed, trained ...)
    r"|(?:have|has) "
    + _UNDERGOER
    + r" ever been (?:[a-z]+ly )?"
    + _SUFFERED
    + r"|(?:have|has) "
    + _UNDERGOER
    + r" been (?:[a-z]+ly )?"
    + _SUFFERED
    + r"[^?]*\b"
    + _PAST
    + r"\b"
    r"|did (?:you|your \w+(?: \w+)?|the (?:vendor|company|organi[sz]ation|supplier))(?: ever)?"
    r" (?:have|experience|suffer|incur|receive|pay|report|disclose)\b[^?]*\b" + _EVENT + r"\b"
    # something the company received from others in a past period ("Have you received any
    # critical findings in an inspection in the last five years?"): an event that befell it,
    # unless what it received is a practice's work done for it (training, approval)
    # an authority's act against or about the company in a past period ("Has the FDA issued a
    # recall ... of your devices in the last three years?", "Have any regulators issued consent
    # orders against the Provider ...?"): an event it underwent, whoever the actor
    r"|(?:has|have) (?!you\b|your\b)(?:the |any |an? )?(?:[\w\-]+ ){0,3}?(?:issued|imposed"
    r"|brought|levied|filed)\b[^?]*\b(?:against|about|on|concerning|regarding)\b[^?]*\b"
    + _PAST
    + r"\b"
    # ... or ever ("Has a state commission ever opened a complaint over a job you did?"),
    # when what it opened or issued is an event (a complaint, an investigation, a fine)
    r"|(?:has|have) (?!you\b|your\b)(?:the |any |an? )?(?:[\w\-]+ ){0,3}?ever (?:issued|imposed"
    r"|brought|levied|filed|opened|started|launched|initiated|lodged)\b (?:an? |any )?(?:[\w\-]+ )"
    r"{0,2}?" + _EVENT + r"\b"
    # something of the company's (its product, its staff) ever the source of an event ("Has a
    # device you supplied ever been the entry point of a malware outbreak?"): an event it had
    r"|(?:has|have) (?:an?|any|one of (?:your|the|its)) (?:[\w\-']+ ){0,4}?ever (?:been (?:the |an? )?"
    r"(?:entry point|point of entry|source|cause|root cause|origin|vector)|caused|led to"
    r"|resulted in)\b[^?]*\b(?:" + _EVENT + r"|outbreaks?|infections?|leaks?|leaked)\b"
    # an outside body's act on the company's standing ("Has any state board revoked or
    # restricted your contractor's licence?", "Has your operating licence ever been withdrawn?"):
    # something done to it, not a practice
    r"|(?:has|have) (?!you\b|your\b)(?:the |any |an? )?(?:[\w\-]+ ){0,3}?(?:ever )?"
    + _UNSTOOD
    + r"\b[^?]*?\b(?:your|its|the company's|the vendor's)\b(?: [\w\-']+){0,3}? "
    + _STANDING_PAPERS
    + r"|(?:has|have) (?:your|its|the company's|the vendor's) (?:[\w\-']+ ){0,3}?"
    + _STANDING_PAPERS
    + r"(?: ever)? been "
    + _UNSTOOD
    # what the company was the subject of, when an outside body's finding or proceeding ("Has
    # the firm been the subject of an inspection finding ...?")
    + r"|(?:have|has) "
    + _UNDERGOER
    + r"(?: ever)? been (?:the )?subject (?:of|to) (?:an?|any)\b"
    r"[^?]*\b(?:findings?|inspections?|examinations?|enquir(?:y|ies)|inquir(?:y|ies)|orders?"
    r"|proceedings?|investigations?|complaints?|warning letters?|observations?)\b"
    # something of anyone's that ever befell ("Has a client's network ever been entered through
    # your support tools?"): an event, unless what was done is a practice (tested, reviewed ...)
    # (the thing named as someone's: "a customer's system", "any clients' accounts")
    r"|(?:has|have) (?:an?|any) (?:[\w\-]+ ){0,2}?[\w\-]+(?:'s|s') (?:[\w\-]+ ){0,3}?ever been"
    r" (?:[a-z]+ly )?(?!carried|commissioned|undertaken)"
    + _SUFFERED
    # something of the company's struck by an event ("Have any of your booking systems been hit
    # by a cyber attack?"): an event it underwent, though no period is named
    + r"|(?:have|has) (?:"
    + _UNDERGOER
    + r"|(?:your|its|the company's) (?:[\w\-']+ ){0,3}?[\w\-']+)"
    + r"(?: ever)? been (?:hit|struck|affected|attacked|disrupted|taken down|shut down|knocked out)"
    r" by\b[^?]*\b"
    + _EVENT
    + r"\b"
    # something of the company's, the buyer's or anyone's lost to an event ("Has any of our
    # sites' card data been exposed in an attack on your systems?", "Have patients' records
    # ever been stolen during a breach at your company?"): an event it underwent
    + r"|(?:have|has) (?:any (?:of (?:your|our|the|its) )?)?(?:[\w\-']+ ){0,4}?[\w\-']+"
    r"(?: ever)? been (?:exposed|leaked|stolen|lost|exfiltrated|taken|accessed|encrypted"
    r"|held to ransom|published|sold) (?:in|by|during|through|as a result of|in the course of)"
    r" (?:an?|any|the|a recent) (?:[\w\-]+ ){0,2}?"
    + _EVENT
    + r"\b"
    # an event as the subject of what it did ("Has a phishing attack ever exposed customers'
    # card numbers?", "Have any outages affected your EU customers?"): an event that happened
    + r"|(?:has|have) (?:an?|any|the) (?:[\w\-']+ ){0,3}?"
    + r"(?:"
    + _EVENT
    + r"|outbreaks?|infections?|leaks?)(?: ever)? (?:exposed|leaked|compromised|affected|disrupted|interrupted|took down|taken"
    r" down|shut down|deleted|corrupted|encrypted|reached|hit|caused|led to|resulted in)\b"
    # a finding against the company by a court, a regulator or a customer ("Has your firm been
    # found in breach of a contract?", "Have you ever been held liable for ...?")
    r"|(?:have|has) "
    + _UNDERGOER
    + r"(?: ever)? been (?:found|held|ruled|judged|adjudged|declared|deemed) (?:to (?:be|have"
    r" been) )?(?:in (?:breach|violation|default|contempt)|liable|guilty|non[\s\-]?compliant"
    r"|at fault|responsible for)\b"
    # the company's service or system as the subject of an outage ("Has your booking platform
    # gone down on a Saturday in the past year?", "Has the portal ever been unavailable for a
    # whole day?"): an event it had, though no event noun is named
     + r"|(?:has|have) (?:your|the|its|any of your) (?:[\w\-']+ ){0,3}?(?:ever )?(?:gone|been"
    # (... or put out of service by something: "Has your web shop ever been taken offline?")
    r"(?: (?:taken|knocked|brought|forced|pushed))?)"
    r" (?:down|dark|offline|off[\s\-]line|unavailable|unreachable|inaccessible|out of service)\b"
    # ... or as the subject of what it ever had to stop ("Has your exchange ever had to halt
    # trading because the matching engine failed?"): an event it had
    # (the company itself as the subject: "Have you ever had to void a day's sales because
    # ...?")
    # (what it ever had to do is an event it underwent, whatever the act: "Have you ever had to
    # pull the app from the store because ...?", "Have you ever had to warn customers that
    # ...?"; every such question labelled is history)
    r"|(?:has|have) (?:you |(?:your|the|its|any of your) (?:[\w\-']+ ){0,3}?)ever had to"
    r" [a-z]{2,}\b"
    # something done twice or more that should be done once ("Has a direct debit ever been
    # collected twice from a member because ...?", "Has the system ever paid a creditor
    # twice?"): an event, not a frequency ("twice a year")
    r"|(?:has|have) (?:an?|any|the|your|its|our) (?:[\w\-']+ ){0,3}?ever (?:[\w\-']+ ){1,6}?"
    r"(?:twice|more than once|two times|in duplicate)\b(?! (?:a|an|per|each|every)\b)"
    # something of its own the company ever had taken, lost or sent astray ("Have you ever
    # had an API token stolen from a build server?", "Has your firm ever had client files
    # misdirected?"): an event it underwent, not a practice it had done (a test performed)
    r"|(?:has|have) (?:you|your \w+(?: \w+)?|the [\w\-]+(?: [\w\-]+)?) ever had (?:an? |any |the"
    r" |your |its |their |our |some )?(?:[\w\-']+ ){0,4}?(?:leaked|stolen|exposed|lost|hacked"
    r"|breached|compromised|deleted|erased|corrupted|misdirected|misrouted|misdelivered"
    r"|intercepted|tampered with|altered|published|disclosed|ransomed|encrypted by)\b"
    # a figure or a count that ever came out wrong ("Has the till count ever been short
    # because of a bug?", "Has the nightly reconciliation ever been off by more than $50?"):
    # an event, not a check of it
    r"|(?:has|have) (?:an?|any|the|your|its|our) (?:[\w\-']+ ){0,4}?ever (?:been|come|came"
    r"|come up|gone|run) (?:off|out|short|over|under|wrong|incorrect|inaccurate|unbalanced"
    r"|out of balance|overstated|understated|misstated)\b"
    # something ever done at the wrong moment, while its state said otherwise ("Has a repair
    # ticket ever been closed out while the piece was still in the safe?", "Has an invoice ever
    # been marked paid before the money was received?"): an event, not a practice
    r"|(?:has|have) (?:an?|any) (?!(?:[\w\-']+ ){0,3}?(?:changes?|releases?|deployments?|code"
    r"|updates?|patch(?:es)?|builds?|access|accounts?|permissions?|privileges?)\b)"
    r"(?:[\w\-']+ ){0,3}?ever been [a-z]+(?:ed|en|id|wn)\b[^?]{0,60}?"
    r"\b(?:while|whilst|although|even though|before)\b[^?]{0,40}?\b(?:still|not|yet|unpaid"
    r"|outstanding|unfinished|incomplete|open|finished|done|completed?|paid|received|returned"
    r"|approved|signed|ready)\b"
    # something lost or spoilt by a fault of a system ("Have members' points ever been erased by
    # a bug in your software?"): an event it underwent, not a practice
    r"|(?:has|have) (?:[\w\-']+ ){1,4}?ever been "
    + _SUFFERED
    + r"(?: out| off| up| away)? (?:by|because of|due to|through) (?:an?|the|any|some) (?:[\w\-]+ )?"
    r"(?:faults?|bugs?|glitch(?:es)?|errors?|defects?|malfunctions?|failures?|outages?)\b"
    r"|(?:has|have) (?:your|the|its|any of your) (?:[\w\-']+ ){0,3}?(?:ever )?crashed\b"
    # something the company ever lost, or that ever failed to do its work ("Have you ever lost
    # a week of orders because a device did not sync?", "Has a reminder ever failed to reach a
    # patient during an outage?"): an event it underwent, not a practice
    r"|(?:has|have) (?:you|your \w+(?: \w+)?|(?:the|an?|any|(?:one|any) of (?:your|the|our)|our) [\w\-]+"
    r"(?: [\w\-]+)?) ever lost\b"
    r"|(?:has|have) (?:an?|any|the|your|its|our) (?:[\w\-']+ ){0,4}?ever (?:failed|stopped working"
    r"|broken down|gone missing)\b"
    # something that ever turned up again where it should not have ("Has a disk you erased ever
    # turned up with files still on it?", "Has a deleted record ever resurfaced in a report?"):
    # an event, not a practice
    r"|(?:has|have) (?:an?|any|the|your|its|our) (?:[\w\-']+ ){0,6}?ever (?:turned up|surfaced"
    r"|resurfaced|reappeared|shown up|come back|been found)\b"
    # something done to the company's or its clients' things in a past period, asked in the past
    # tense ("Were any customer sites hacked or defaced in the last two years?"): an event, unless
    # what was done is a practice (tested, reviewed ...)
    r"|(?:was|were) (?:any|an?|the|your|its) (?:[\w\-']+ ){0,4}?"
    + _SUFFERED
    + r"(?: (?:over|up|down|out|off))?(?: or (?:[a-z]+ )?[a-z]+)?\b[^?]*\b"
    + _PAST
    + r"\b"
    # something that ever went to the wrong person or place ("Has a refund ever been paid to
    # the wrong customer?", "Have statements ever gone to the wrong address?"): an event
    r"|(?:has|have) (?:an?|any|the|your|its|our) (?:[\w\-']+ ){0,3}?ever (?:gone|went|been (?:sent"
    r"|paid|delivered|released|issued|posted|mailed|emailed|e-mailed|given|shown|credited"
    r"|transferred|disclosed)) (?:out )?to (?:the |a |an )?wrong\b"
    # ... or that anyone ever did to the wrong thing ("Has a pilot ever sprayed the wrong field
    # because of an error in your work orders?", "Have you ever shipped the wrong lens to a
    # patient?"): a mistake that happened, an event
    r"|(?:has|have) (?:you|(?:an?|any|the|your|its|our|one of (?:your|the|our)) (?:[\w\-']+ ){1,3}?)"
    r"ever (?:been )?(?!(?:tested|reviewed|checked|audited|assessed|simulated|rehearsed|exercised"
    r"|practi[sc]ed|trained|considered|planned)\b)[a-z]{3,}"
    r" (?:(?!(?:what|if|when|whether|how)\b)[\w\-']+ ){0,4}?(?:the |an? )?wrong\b"
    # ... or that went, or was done, from one party's things to another's ("Have you ever
    # shipped one customer's proofs to another customer?", "Has one patient's result ever been
    # sent to a different patient?"): a mix-up that happened, an event
    r"|(?:has|have) (?:you |(?:an?|any|the|your|its|our|one of (?:your|the|our))"
    r" (?:[\w\-']+ ){1,3}?)ever (?:been )?(?!(?:tested|reviewed|checked|audited|assessed|simulated"
    r"|rehearsed|exercised|practi[sc]ed|trained|considered|planned|asked|required)\b)[a-z]{3,}"
    r" (?:[\w\-']+ ){0,3}?one (?:[\w\-]+ )?[\w\-]+'s? (?:[\w\-']+ ){0,3}?(?:to|with|for|into"
    r"|under) (?:another|a different|someone else)\b"
    r"|(?:has|have) one (?:[\w\-]+ )?[\w\-]+'s? (?:[\w\-']+ ){0,3}?ever (?:been |gone |went )?"
    r"(?:[a-z]+ )?(?:to|with|for|into|under) (?:another|a different|someone else)\b"
    # ... or anything at all that ever happened, the subject named before "ever" ("Has a ride
    # ever been halted because a sensor failed?", "Has a tasting ever gone ahead after the
    # warning was posted?"): whether an event ever took place, not a practice, unless what
    # was done is one (tested, reviewed, restored ...) or a test, audit or drill is named
    # (a change, release or access asked of is change or access management: "Has a code change
    # ever been pushed to production before it was approved?")
    r"|(?:has|have) (?!(?:[\w\-']+ ){0,5}?(?:changes?|releases?|deployments?|code|updates?"
    r"|patch(?:es)?|builds?|access|accounts?|permissions?|privileges?)\b)"
    r"(?:[\w\-']+ ){1,6}?ever (?:been )?(?!(?:been|tested|reviewed|checked|audited"
    r"|assessed|simulated|rehearsed|exercised|practi[sc]ed|trained|considered|planned|restored"
    r"|recovered|performed|conducted|carried|undertaken|commissioned|run|ran|done|completed"
    r"|evaluated|validated|verified|scanned|patched|updated|used|engaged|hired|invoked"
    r"|activated|failed over|asked|required|requested|certified|approved)\b)[a-z]{3,}\b"
    r"(?![^?]*\b(?:tests?|testing|audits?|assessments?|drills?|exercises?|simulations?"
    r"|tabletops?|penetration|pen[\s\-]?tests?|restores?|recovery)\b)"
    + r"|(?:have|has) "
    + _UNDERGOER
    + r"(?: ever)? received (?:any|an?)\b"
    r"(?![^?]*\b(?:training|trained|approval|sign[\s\-]?off|patch\w*|updates?)\b)[^?]*\b"
    + _PAST
    + r"\b"
)
# A pending matter the company is party to now ("Are you currently involved in litigation?"),
# behind the words every match holds (few questions open on "is/are" and name one).
_PENDING = Gated(
    "",
    r"^(?:is|are) (?:you|your (?:company|organi[sz]ation|firm)|the (?:vendor|company"
    r"|organi[sz]ation|supplier)) (?:currently |now |presently )?(?:involved|named|engaged)"
    r" (?:in|to)\b[^?]*\b" + _EVENT + r"\b",
    words="involved named engaged",
)
# A change of the company's leaders or owners in a past period ("Has your chief executive
# changed in the last two years?"): the company's history, not a practice.
_LEADERS_CHANGED = Gated(
    # (every match names a leader or an owner: a substring test before the pattern, which the
    # common words of change alone would run on every change-management question)
    (
        "owner",
        "leader",
        "management",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cio",
        "ciso",
        "founder",
        "executive",
        "director",
        "head of",
        "key ",
    ),
    r"\b(?:chief [\w\-]+(?: officer)?|ceo|cfo|coo|cto|cio|ciso|head of [\w\-]+|founders?|owners?"
    r"|ownership|management team|leadership(?: team)?|senior management|key (?:person|persons"
    r"|personnel|people|staff)|executives?|directors?)\b[^?.]{0,60}?\b(?:changed|replaced|left"
    r"|departed|resigned)\b[^?.]*\b" + _PAST + r"\b"
    # ... the other way round ("Has the company changed ownership in the past five years?")
    r"|\b(?:changed|change of|changes? (?:in|of|to)) (?:its |their |your |the )?(?:ownership"
    r"|owners?|leadership|senior management|management team|chief executive|ceo)\b"
    r"[^?.]*\b" + _PAST + r"\b"
    r"|\bturnover (?:in|of|among) (?:your |the |its )?(?:senior |executive |key )?"
    r"(?:management|leadership|executives?|directors?|board)\b[^?.]*\b" + _PAST + r"\b",
    # (the verbs of the first alternative, the owners and leaders of the second: "change"
    # alone would open the gate on every change-management question)
    words="changed replaced left departed resigned turnover ownership owner owners leadership",
)
_HISTORY = Gated(
    "",
    r"\b" + _EVENT + r"\b[^?.]*\b" + _PAST + r"\b|\b" + _PAST + r"\b[^?.]*\b" + _EVENT + r"\b",
    words="past last previous prior",
)
_PLACE = (
    r"(?:the |its |their |your |our )?(?:u\.?s\.?a?|united states|united kingdom|uk|eu|e\.u\.|european union|european "
    r"economic area|eea|china|russia|india|canada|australia|country|countries|(?:home |same )?"
    r"(?:country|region|jurisdiction)s?|geographic (?:region|location)|continental \w+|abroad"
    r"|offshore|overseas|(?:the )?americas|apac|emea)"
)
_LOCATION_LEAD = re.compile(
    r"where (?:is|are|will|do|does)\b[^?]*\b(?:stored|hosted|located|processed|reside|housed"
    r"|based|situated|sited)\b"
    r"|(?:in )?(?:which|what) (?:[\w\-]+ ){0,2}?(?:countr(?:y|ies)|regions?|locations?"
    r"|jurisdictions?|data cent(?:er|re)s?|geograph\w*|states|provinces|territories|cities"
    r"|counties)\b"
    # ("Which data centre controls ...", "What regional security ...": a practice asked)
    r"(?! (?:controls?|security|access|procedures?|polic(?:y|ies)|safeguards?|protections?))"
    # where someone or something is ("In which time zones is your support team located?")
    r"|(?:in )?(?:which|what) [^?]*\b(?:located|based|headquartered)\b"
)
_LOCATION = Gated(
    "",
    r"\b(?:stored|storing|store|processed|hosted|host|hosting|located|transmitted"
    r"|transferred|reside|resides|housed"
    r"|collected|accessed|replicated|backed up|kept|sent|moved|leave|leaves|travel"
    # (data said to stay in a place: "Will our records stay in Canada?")
    r"|stay|stays|remain|remains)\b[^?.]{0,40}?"
    r"\b(?:in|within|outside(?: of)?|from(?! us\b)|to(?! us\b)|across|into(?! us\b)|out of"
    r"|beyond) " + _PLACE + r"\b"
    r"|\bdata (?:residency|localization|localisation|location)\b"
    # ("hosted in more than one country"; more than one region or site is resilience, A1.2)
    r"|\b(?:stored|hosted|located|processed|kept|reside|resides|housed) (?:in|across|within)"
    r" (?:more than one|multiple|several|different) (?:countr(?:y|ies)|jurisdictions?)\b"
    # where a site or thing is ("Is the facility located in a flood plain?"), unless a second
    # site kept apart for recovery is asked (that is availability, A1.2)
    r"|^(?![^?]*\b(?:backups?|secondary|replica\w*|disaster|recovery|failover|redundan\w*"
    r"|primary|geographic\w*|miles|kilometres|kilometers|km|secur\w*|protect\w*|access\w*"
    r"|badges?|guard\w*|cctv|locked|physical\w*)\b)(?:is|are) (?:the |your |its |our )?"
    r"(?:[\w\-]+ ){0,3}(?:located|situated|sited) (?:in|on|within|near|inside|outside)\b"
    # the places asked for by an instruction ("Please list the countries where our data is
    # processed", "Name the cities from which support is given")
    r"|\b(?:list|name|state|give|identify|specify)\b (?:all |each of |every )?(?:the |your )?"
    r"(?:countries|cities|regions|locations|sites|states|jurisdictions)\b (?:where|in which"
    r"|from which|from where)\b",
    # Every match holds one of its verbs, or a residency word: a sharper gate than the places
    # (single letters such as the "s" of "institution's" are tokens, and "u.s." is three).
    words="stored storing store processed hosted host hosting located transmitted "
    "transferred reside resides housed "
    "collected accessed replicated backed kept sent moved leave leaves travel residency "
    "stay stays remain remains "
    "localization localisation location situated sited countries cities regions locations "
    "jurisdictions sites states",
)
# Data "held" in a place ("Is member data held only in UK data centres?"), as "stored" or
# "kept" in _LOCATION; apart from it, behind a literal of its own ("held" is common beside
# keys, funds and accounts, where _LOCATION's long scan would run for nothing).
_HELD_IN = Gated(
    "held ",
    # (opening on the literal, which the engine finds fast; a word ending in "held" is rare)
    r"held (?:only |solely |exclusively |entirely |wholly )?"
    # (the place may qualify where it is held: "held in data centres within Canada", "held on
    # servers located in the EU")
    r"(?:(?:in|on|at) (?:the |your |our )?(?:[\w\-]+ ){1,2}?(?:located |based )?)?"
    r"(?:in|within|inside|outside(?: of)?) " + _PLACE + r"\b",
    # every match names a place: a sharper gate than "held" (checked by token, then the literal)
    words="us usa u united kingdom uk eu e european eea china russia india canada australia "
    "country countries region regions jurisdiction jurisdictions geographic continental abroad "
    "offshore overseas americas apac emea",
)
# Where the company is or works, its offices, staff or operations in or outside a place, is a
# location fact too; kept apart from _LOCATION, whose gate is its verbs, behind a gate of places.
_WORKPLACE = Gated(
    "",
    r"\b(?:offices?|subsidiar(?:y|ies)|operations|staff|employees|personnel|developers|teams?"
    r"|workforce|work)\b[^?.]{0,30}?\b(?:in|outside(?: of)?|abroad|offshore) " + _PLACE + r"\b"
    # data handled in or moved to a place, in the present tense ("Do you transfer data to ...")
    r"|\b(?:process|processes|processing|transfer|transfers|transmit|transmits)\b[^?.]{0,40}?"
    # ("... reported back to us" is the buyer, not the United States)
    r"\b(?:in|within|outside(?: of)?|to(?! us\b)|into(?! us\b)|out of|beyond) " + _PLACE + r"\b",
    # every match names a place: a sharper gate than the people (single letters: "u.s.", "e.u.")
    words="us usa u united kingdom uk eu e european eea china russia india canada australia "
    "country countries region regions jurisdiction jurisdictions geographic continental abroad "
    "offshore overseas americas apac emea",
)
# A figure asked for by an instruction ("Confirm the total amount invoiced to us for the year",
# "State the value of payments you processed"): a datum, however financial its subject.
_FIGURE = (
    r"(?:please )?(?:confirm|state|give|enter|report|indicate|specify|provide|quote) (?:the |your )?"
    r"(?:(?:total|annual|aggregate|approximate|estimated|average|gross|net|current|outstanding)"
    r" )*(?:amounts?|values?|balances?|sums?|figures?|volumes?|numbers?|counts?)\b"
    + _NOT_PRACTICE_WORK
)
_FIGURE_ASKED = re.compile(_FIGURE)


_FIGURE_OPENS = (
    "please",
    "confirm",
    "state",
    "give",
    "enter",
    "report",
    "indicate",
    "specify",
    "provide",
    "quote",
)


def asks_figure(low: str) -> bool:
    """Whether a folded text opens on an instruction to give a figure."""
    return low.startswith(_FIGURE_OPENS) and _FIGURE_ASKED.match(low) is not None


_FACT_LEAD = re.compile(
    _FIGURE + r"|how many\b"
    # when something began ("When was your information security program established?"): a date
    r"|when (?:was|were|did) [^?]*\b(?:established|founded|created|formed|started|launched"
    r"|incorporated|set up|introduced|begin|began|start)\b"
    # a facility's rating ("What Tier level is your primary data center?")
    r"|(?:what|which) tier\b"
    # a share or a count of something asked ("What share of the electricity ... comes from
    # renewable sources?", "What percentage of your revenue ..."): a number, a fact, unless
    # what is counted is a practice's work (vulnerabilities remediated, staff trained)
    r"|(?:what|which) (?:is |was |are )?(?:the |your )?(?:approximate |estimated |total |maximum "
    r"|minimum |average |typical |current )?(?:share"
    r"|percentage|proportion|fraction|portion|number|count|volume) of\b" + _NOT_PRACTICE_WORK +
    # a statistic of something ("What is the average tenure of your engineers?"): a figure, unless
    # what it measures is a practice's work (the average time to patch, to revoke access)
    r"|(?:what|which) (?:is|was|are|were) (?:the |your )?(?:average|mean|median|typical)"
    r" (?:[\w\-]+ ){1,2}?(?:of|for|among|across)\b"
    + _NOT_PRACTICE_WORK
    +
    # (... or how fast the vendor answers a sign of trouble: "response time to critical alerts")
    r"(?![^?]*\b(?:alert|respon|resol|detect|contain|escalat)\w*\b)"
    +
    # a capacity of the product ("Is there a maximum size for uploads?"), unless the limit is a
    # security mechanism (failed logins, sessions, request rates are controls)
    r"|(?:is|are) there (?:a|an|any) (?:upper |lower |hard |set )?(?:limit|limits|limitation"
    r"|limitations|maximum|minimum|cap|ceiling)\b(?![^?]*\b(?:log ?in|log ?on|sign[\s\-]?in"
    r"|attempt|password|passphrase|session|access|authenticat|retr(?:y|ies)|rate|lock))"
    # a short instruction to pick one of the form's options ("Choose your support plan.") is a
    # field for a fact; "Select all that apply: ..." lists practices, and is not matched
    r"|(?:please )?(?:select|choose|pick|tick) (?:your|the|one|an?) (?:[\w\-/]+ ){0,3}[\w\-/]+\W*$"
    r"|(?:who|which) (?:are|is) (?:your|the) (?:largest|main|primary|biggest|key|top)\b"
    r"|(?:which|what) (?:cloud|hosting|iaas|paas|saas|programming|database|technolog\w*|tech|"
    r"languages?|frameworks?|platforms?|operating systems?|vendors?|providers?|firm|company|tools?"
    r"|scanner|products?|versions?|browsers?|(?:types?|kinds?|categor(?:y|ies)) of (?:\w+ )?(?:data|information)|customer data"
    r"|(?:personal |customer |institutional )?data|information)\b"
    # ("which data retention periods", "what data protection measures": the data qualifies a
    # practice, which is what is asked)
    r"(?! (?:protection|retention|loss|classification|security|encryption|masking|backups?"
    r"|cent(?:er|re)s?"
    r"|deletion|disposal|minimi[sz]ation|handling|access|governance|integrity|leakage))"
    # which product, tool or firm, named by what it is for ("Which vulnerability scanner do you
    # use?", "Which web server software runs ...", "Which company performed ...?"): a name asked
    r"|(?:which|what) (?:(?!(?:does|do|did|is|are|was|were|will|can|has|have|the|your|our|of|to"
    r"|for|steps?|measures?|controls?|processes?|procedures?)\b)[\w\-]+ ){1,3}?(?:software|scanners?"
    r"|tools?|tooling|products?|vendors?|providers?|firms?|compan(?:y|ies)|brands?|engines?"
    r"|librar(?:y|ies)|suites?)\b"
    # (... unless what it does is protection, or a second clause asks a practice: "What
    # firewall products protect the perimeter?", "What tools alert on ..., and who reviews ...")
    r"(?![^?]*\b(?:protect\w*|detect\w*|prevent\w*|block\w*|monitor\w*|alert\w*|encrypt\w*"
    r"|secur(?:e|es|ed|ing)|review\w*|how)\b|[^?]*\band (?:who|what|when|where|how)\b)"
    # how often the product ships (its release cadence), unless of fixes or security
    r"|how (?:often|frequently) (?:do|does|are|is) (?:you|your \w+|the \w+|new \w+)(?: \w+)?"
    r" (?:release|ship|publish|launch)\w*\b(?![^?]*\b(?:secur|patch|vulnerab|fix|hotfix))"
    r"|(?:do|does) (?:you|your \w+) (?:have|serve) (?:any |existing )?(?:\w+ ){0,2}(?:customers"
    r"|clients)\b"
    r"|(?:are|is) (?:you|your (?:company|organi[sz]ation|firm)) (?:a |an |on |currently )?(?:"
    r"offering|providing|classified|listed|registered|publicly|privately|public|private|small"
    r"|minority|subject to|owned|located|based|headquartered|incorporated)\b"
    # who owns the company ("Is the company privately held or owned by a private equity
    # fund?", "Is your firm a subsidiary of a larger group?"): its ownership, a fact
    r"|(?:are|is) (?:you|(?:your|the) (?:company|organi[sz]ation|firm|business|vendor|supplier"
    r"|provider)) (?:currently |still |now |itself )?(?:an? |the )?(?:(?:wholly|majority|partly|jointly)"
    r"[\s\-])?(?:publicly (?:held|traded|listed|quoted)|privately (?:held|owned)|owned by"
    r"|(?:[\w\-]+[\s\-])?(?:owned|backed|funded) (?:by|company|business|subsidiary)|subsidiar(?:y|ies) of"
    # (... or its legal form: "Is your company itself a co-operative?", "Is the vendor a
    # non-profit?")
    r"|(?:co[\s\-]?operative|co[\s\-]?op|non[\s\-]?profit|not[\s\-]for[\s\-]profit"
    r"|charity|benefit corporation|b[\s\-]corp|partnership|limited company|sole trader"
    r"|mutual)(?! (?:polic|plan|program|process|procedure|control|review)\w*)"
    r"|division of|part of (?:an? |the )?(?:larger |bigger |wider )?(?:group|holding|parent"
    r"|conglomerate|family of)|(?:family|founder|employee|venture|private equity|pe)[\s\-]"
    r"(?:owned|backed|held|funded))\b"
    r"|(?:do|does) (?:you|(?:your|the) (?:company|organi[sz]ation|solution|product|service"
    r"|application|system|platform|vendor|supplier|provider|service provider|third[\s\-]party"
    r"|contractor|consultant)s?(?: or (?:your |the )?\w+)?) (?:use|utili[sz]e|leverage"
    r"|rely on|engage|employ|have) (?:any |an? )?"
    r"(?:(?:third|fourth|nth)[\s\-]part(?:y|ies)|sub[\s\-]?processors?|sub[\s\-]?contractors?|outsourc\w*"
    r"|offshore|consultants?|open[\s\-]source"
    # a managed service used, unless it is one of protection ("a managed firewall service")
    r"|managed (?!(?:[\w\-]+ ){0,2}?(?:firewall|detection|security|soc|siem|backup|edr|mdr|xdr"
    r"|endpoint|threat|vulnerab|patch|monitor|dlp|ddos)\w*)(?:[\w\-]+ ){0,2}services?)\b"
    r"(?! (?:to|for) (?:monitor|secur|protect))"
    r"|(?:do|does) (?:you|your (?:company|organi[sz]ation|firm)) (?:ever )?(?:outsource|offshore"
    r"|subcontract)\b(?![^?]*\b(?:monitor|secur|protect))"
    r"|(?:is|are|does|do|will) (?:the |your )?(?:mobile |web |desktop )?(?:solution|product|service"
    r"|application|app|software|client|edition|version|plug-?in|extension|add[\s\-]?on"
    r"|platform|system|infrastructure|environment)s? (?:designed to |going to |intended to )?(?:process|store|transmit|collect"
    r"|handle|cloud[\s\-]based|hosted|offered|available|delivered|sold|licensed|installed)\b"
    # ("protected health information" names a category of data, not a protection)
    r"(?![^?]*\b(?:encrypt|secur|protect(?!ed health)|access control|authenticat|availab"
    r"|redundan|resilien|fault|backup|monitor|password|passphrase|credential|hash|keys?\b|secret"
    r"|token|keychain"
    r"|24 ?[x/] ?7|(?:a)?round the clock|at all times"
    r"|vault))"
    # what a part of the product is made of ("Does any part of this service involve a tracking
    # component?"), unless what it holds is a protection
    r"|(?:does|do|will) any (?:part|parts|portion|component|components) of (?:this|the|your)"
    r" [\w/\-]+ (?:involve|include|contain|embed|use)\b(?![^?]*\b(?:encrypt|secur|protect"
    r"|monitor|backup|authenticat|access control|password|log))"
    r"|(?:does|do|will) (?:your |the )?(?:solution|product|service|application|system|platform)s?"
    r" (?:leverage|use|utili[sz]e|have|include|contain|involve) (?:any |a |an )?(?:ai|artificial"
    r" intelligence|machine learning|ml|large language|llm|generative|interface|mobile|web)\b"
    r"(?![^?]*\b(?:firewall|encrypt|secur|protect|monitor|authenticat|access control))"
    r"|(?:describe|explain|what is) (?:your |the )?(?:organi[sz]ation'?s?|company'?s?) (?:business"
    r"|history|background|mission|ownership)\b"
    # what the service does with data, not how it protects it: the scope of processing (the
    # lookahead for the verb, which the alternative needs anyway, spares the scan for
    # protection words on every other text)
    # ("handle personal data in a manner compliant with the law" asks how: a practice)
    r"|(?=(?:do|does|will) )(?![^?]*\b(?:encrypt|secur|protect|restrict|minimi|consent|retention|delet|dispos|purpose"
    r"|notice|only|limit|manner|complian|accordance|lawful))"
    r"(?:do|does|will) (?:you|your (?:systems?|solutions?|products?|services?|applications?"
    r"|company|organi[sz]ation)|the (?:systems?|solutions?|products?|services?|applications?))"
    r"(?: or (?:your |the )?\w+)? (?:ever )?(?:collect|process|store|transmit|capture|create"
    r"|combine|receive|gather|sell|accept|handle|hold)\b(?:,? (?:or |and )?(?:collect|process"
    r"|store|transmit|capture|create|receive|accept|handle|hold)\b,?)* (?:\S+ ){0,5}?(?:data"
    r"|information|records|pii|phi)\b"
    # whether someone has access, as against how access is controlled
    r"|(?:does|do|will|can) (?:your |the |any )?(?:staff|employees|consultants?|personnel"
    r"|contractors|sub[\s\-]?contractors|sub[\s\-]?processors|suppliers|vendors|third[\s\-]part\w*"
    r"|you)(?: \([^)]*\))? (?:have|need|require|access)\b"
    r"(?: \w+)?(?: access to\b| (?:customer|client|institution\w*|our) (?:systems|networks?|data))"
)
# Fact forms that open the question, behind the words every match holds (apart from _FACT_LEAD,
# which is tried on every question opening on its words).
_FACT_OPENS = Gated(
    "",
    r"^(?:"
    # the role the company has in law or in the deal ("Does the vendor act as a controller or a
    # processor?"): what it is, not what it does
    r"(?:do|does|will|would) (?:you|the (?:vendor|supplier|company|provider)|your (?:company"
    r"|organi[sz]ation|firm)) (?:act|serve|operate|function|qualify) as (?:an? |the )?(?:data )?"
    r"(?:controller|processor|sub[\s\-]?processor|joint controller|service provider|business"
    r" associate|fiduciary|custodian|reseller|agent|broker|principal|prime contractor)\b"
    # an enumeration of the other organisations or places involved ("Identify all
    # subcontractors who will ..."): a list to give, unless their management is asked too
    r"|(?:please )?(?:identify|list|name|disclose|enumerate) (?:all|each|every|any|the)"
    r" (?:[\w\-]+ ){0,2}?(?:sub[\s\-]?contractors?|sub[\s\-]?processors?|(?:third|fourth)[\s\-]"
    r"part(?:y|ies)|suppliers|vendors|providers|partners|affiliates|subsidiaries|locations|offices"
    r"|data cent(?:er|re)s)\b"
    r"(?![^?.]*\b(?:assess|review|monitor|evaluat|audit|manag|oversee|oversight|approv))"
    # the product's architecture or design as such, not its security architecture
    r"|(?:describe|explain|outline|summarise|summarize|what is) (?:the |your )?(?:overall "
    r"|high[\s\-]level |technical |solution |system |software |application |proposed )?"
    r"(?:architecture|data model|technology stack|tech stack|software stack)\b"
    r"(?![^?]*\b(?:secur|protect|network|segment|encrypt|access|trust|zero))"
    r")",
    words="act serve operate function qualify subcontractor subcontractors sub subprocessor "
    "subprocessors processor processors third fourth party parties supplier suppliers vendor "
    "vendors provider providers partner partners affiliate affiliates subsidiary subsidiaries "
    "location locations office offices center centers centre centres architecture model stack",
)
# Fact forms that open the question, kept apart from _FACT_LEAD behind the words every match
# holds: a lead pattern is tried on every question that opens on its words, this one only on
# those that also name a product, a datum or a membership.
_FACT_NAMED = Gated(
    "",
    r"^(?:"
    # which version, model or edition of something ("Which firmware version currently ships
    # with the gateway?"), unless of a protection (TLS, a cipher, a patch level)
    r"(?![^?]*\b(?:tls|ssl|crypt|cipher|secur|protocol|patch|encrypt|hash|key))"
    r"(?:which|what) (?:[\w\-]+ ){0,2}(?:versions?|models?|editions?|releases?|generations?)\b|"
    # which product or supplier is used, whatever it is for ("Which firewall vendor do you use?")
    r"(?:which|what) (?:[\w\-]+ ){1,5}?(?:vendors?|providers?|brands?|products?|tools?|suppliers?"
    r"|firms?|compan(?:y|ies)|librar(?:y|ies)|packages?|components?|sdks?)(?: \([^)]*\))?"
    r" (?:do|does|did|is|are)\b"
    # ... or by the business work it does for the vendor ("Which payment processor handles
    # lesson payments?"), unless the work is a protection
    r"|(?![^?]*\b(?:secur|protect|encrypt|monitor|incident|backup|log|detect|scan|authent))"
    r"(?:which|what) (?:[\w\-]+ ){0,3}?(?:vendors?|providers?|processors?|banks?|carriers?"
    r"|suppliers?|firms?|compan(?:y|ies)|partners?) (?:handles?|hosts?|supplies|supply|runs?"
    r"|operates?)\b"
    # ... or named by the dealings with them ("Which classification societies do you work
    # with?"): the vendor's partners, a list
    r"|(?:which|what) (?:[\w\-]+ ){1,4}?(?:do|does) (?:you|your (?:company|firm|organi[sz]ation))"
    r" (?:currently |usually |normally )?(?:work|partner|deal|contract|collaborate) with\b"
    # an identifying datum asked for: a name, a web address, a contact ("What is the URL of your
    # trust center?", "Provide the name of your CISO"), a fact whatever it names
    r"|(?:what|which) (?:is|are) (?:the |your )?(?:[\w\-]+ ){0,2}(?:urls?|web ?sites?"
    r"|web addresse?s?"
    r"|links?|e-?mail(?: address)?(?:es)?|phone numbers?|(?:postal |physical |street |mailing )?"
    r"address(?:es)?|tiers?|ratings?|hours|opening times|dates?|languages?)"
    r" (?:of|for)\b"
    # the name of a person or role is a contact; the name of a standard used is a setting
    r"|(?:what|who) (?:is|are) (?:the )?names? of (?:your |the )?(?:[\w\-]+ ){0,3}(?:officer|contact"
    r"|manager|director|lead|head|representative|owner|ciso|cio|cto|ceo|dpo)s?\b"
    r"|(?:please )?(?:provide|give|state|enter) (?:the |your )?(?:[\w\-]+ ){0,2}(?:urls?|web ?sites?"
    r"|names?|e-?mail(?: address)?(?:es)?|phone numbers?|contact details) (?:of|for)\b"
    # membership of an association or federation is a fact about the company
    r"|(?:do|does) (?:you|your (?:organi[sz]ation|company|firm)) (?:participate|take part|belong)"
    r" (?:in|to)\b"
    r"|(?:are|is) (?:you|your (?:organi[sz]ation|company|firm)) (?:an? )?members? of\b"
    # ... or a partner, member or sponsor of a body named before the word ("Are you an
    # American Camp Association business partner?", "Is your firm a Microsoft Gold partner?")
    r"|(?:are|is) (?:you|your (?:organi[sz]ation|company|firm)) (?:an? |the )?(?:[\w\-&'.]+ ){1,5}?"
    r"(?:partner|member|affiliate|sponsor|reseller)s?\s*\??$"
    # whether decisions are made by machine alone ("Are any decisions about applicants made
    # solely by automated means?", "Do you have decision-making processes that are completely
    # automated?"): a fact of the processing (what GDPR Art. 22 makes a notice of), not a
    # control
    r"|(?:do|does|are|is|will|have|has) (?:you|your \w+|the \w+|any|there)\b[^?]{0,60}?\bdecisions?"
    r"(?:[\s\-]making)?\b[^?]{0,60}?\b(?:completely|fully|solely|entirely|purely|wholly|only)"
    r" (?:by )?(?:an? )?(?:automated|automatic(?:ally)?|machines?|algorithms?|computers?)\b"
    # insurance the company or its product carries ("Is the platform insured against cyber
    # incidents, and for how much?"): a fact, as a certificate of insurance is a document
    r"|(?:is|are) (?:you|(?:the|your|its) (?:[\w\-]+ ){0,3}?[\w\-]+) (?:fully |currently )?insured\b"
    r")",
    words="vendor vendors provider providers brand brands product products tool tools supplier "
    "suppliers firm firms company companies url urls website websites web link links email "
    "mail phone address addresses tier tiers rating ratings name names contact participate part "
    "belong member members hours times dates date languages language library libraries package "
    "packages component components sdk sdks version versions model models edition editions "
    "release releases generation generations work partner deal collaborate processor "
    "processors bank banks carrier carriers insured affiliate sponsor reseller decision "
    "decisions",
)
# The deployment model asked ("Will the vendor host institutional data in a multi-tenant
# environment?", "Is the platform single-tenant or multi-tenant?"): a fact about the
# architecture, unless the question asks how tenants are kept apart or protected.
_DEPLOYMENT = Gated(
    ("tenant", "shared", "dedicated", "private", "public"),
    r"^(?![^?]*\b(?:separat|isolat|segregat|partition|encrypt|protect|secur|access|apart"
    r"|leak|mix|commingl))[^?]*?(?:\b(?:host|hosted|hosts|store|stored|stores|run|runs|deployed"
    r"|deploy|reside|resides)\b[^?.]{0,40}\b(?:in|on) (?:a |an )?(?:multi[\s\-]?tenant"
    r"|single[\s\-]?tenant|shared|dedicated|private|public) (?:cloud |hosting )?(?:environment"
    r"|infrastructure|instance|cloud|architecture|servers?|hardware)\b"
    r"|\b(?:is|are) (?:the |your )?(?:[\w\-]+ )?(?:solution|service|platform|application|product"
    r"|system)s?"
    r" (?:a )?(?:multi[\s\-]?tenant|single[\s\-]?tenant)\b)",
    # ("tenant" alone would open it on every question about customer tenants)
    words="multi multitenant single singletenant shared dedicated private public",
)
# Who hosts the service asked ("Is the platform hosted by a cloud provider? Which one?", "Do you
# run your own servers or use a hosting company?"): a fact about the arrangement, as the
# deployment model is, unless the question asks how the host is chosen, reviewed or protects.
_HOSTED_BY = Gated(
    ("host", "own server", "own hardware", "own data"),
    r"^(?![^?]*\b(?:separat|isolat|segregat|encrypt|protect|secur|access|monitor|review|assess"
    r"|oversee|oversight|due diligence|audit|soc\b|contract|sla\b|backup|recover|redundan"
    r"|failover))[^?]*?(?:\bhosted (?:by|with|at) (?:an? |which |what |the )?(?:third[\s\-]party "
    r"|public |commercial |external )?(?:cloud|hosting|colocation|colo|data[\s\-]cent(?:re|er))"
    r"(?: services?)? (?:providers?|vendors?|compan(?:y|ies)|firms?|partners?)\b"
    r"|\b(?:run|host|operate|use) (?:your|its|their) own (?:servers?|hardware|data cent(?:re|er)s?)"
    r"\b[^?]*\bor\b|\bwho hosts\b)",
    words="hosted host hosts own",
)
# Which thing the product or the company uses, whatever it is ("Which cellular carriers do your
# in-cab devices use?"): a fact, unless what it is for is protection or the question asks how
# a practice is done ("What process do you use to ...").
_WHICH_USED = Gated(
    ("which ", "what "),
    r"^(?![^?]*\b(?:secur|protect|encrypt|crypt|cipher|tls|ssl|authent|password|keys?\b|hash"
    r"|firewall|backup|monitor|scan|detect|antivirus|malware|edr\b|siem|mfa\b|sso\b|vpn\b"
    r"|log|process|procedure|method|approach|criteri|steps?\b|controls?\b|practices?\b"
    r"|measures?\b|mechanism|technique))(?:which|what) (?:[\w\-]+ ){1,4}?(?:do|does) (?:you"
    r"|your [\w\-]+(?: [\w\-]+)?|the [\w\-]+(?: [\w\-]+)?|it|they) (?:use|rely on|run on"
    r"|depend on"
    # ... or which counterparts it is joined to ("Which exchanges and brokers does the platform
    # connect to?"): a list of integrations, as whom the vendor works with is a list of partners
    r"|connect (?:to|with)|integrate with|interface with|link to|talk to"
    # ... or exchanges data with ("Which clearing houses do you exchange files with?")
    r"|exchange (?:[\w\-]+ )?(?:data|files|information|records|messages|reports) with)\b"
    # (what is used to do something asks how it is done)
    r"(?! (?:to|for|when|in order)\b)",
    words="use rely run depend connect integrate interface link talk exchange",
)
# ... unless the datum is what a practice is done to ("Are owner contact details deleted within
# 60 days after the contract ends?", "Are clients' phone numbers encrypted in the CRM?"): the
# practice is asked (disposal, encryption, restriction), not the datum
_DONE_TO_DATA = (
    r"(?![^?.]{0,60}?\b(?:(?:is|are|get|gets|being|be) )?(?:securely |permanently |automatically"
    r" )?(?:deleted|erased|destroyed|purged|removed|encrypted|anonymi[sz]ed|pseudonymi[sz]ed"
    r"|retained|disposed|shredded|masked|redacted|restricted|protected|backed up|sold|disclosed"
    r"|wiped)\b)"
)
_FACT = Gated(
    "",
    r"\bnumber of (?:employees|staff|customers|clients|users|locations|offices"
    r"|data cent(?:er|re)s|years|countries|sites|contractors|people|personnel)\b"
    r"|\b(?:legal|company|business|trading|registered) (?:name|address|entity)\b"
    r"|\bcontact (?:name|title|email|e-mail|phone|number|person|details|information)\b"
    + _DONE_TO_DATA
    # (a number or address a check reaches, "confirmed by a call to the phone number on file",
    # is the means of a practice, not a datum asked)
    + r"|(?<!\bto a )(?<!\bto the )(?<!\bto their )(?<!\bto its )(?<!\bcalling the )"
    r"(?<!\bcalling a )(?<!\bvia the )(?<!\bvia a )(?<!\bat the )(?<!\bon the )"
    r"(?:\bphone number\b|\bemail address\b)"
    + _DONE_TO_DATA
    + r"|\bheadquarter|\bheadcount\b|\bannual revenue\b"
    r"|\bownership structure\b|\bparent (?:company|organi[sz]ation)\b|\bhow long (?:has|have)\b"
    r"|\b(?:conducted|been in) business\b|\byears in business\b|\bfounded\b"
    # a rating of maturity against a model ("the Essential Eight maturity level achieved")
    r"|\bmaturity (?:level|rating|score|tier)s?\b"
    # on the market ("commercially available today"), not kept running
    r"|\bcommercially available\b"
    # a field opening on a quantity or a datum, whatever clause follows ("Estimated number of
    # patient records the vendor will hold ...", "Annual gross revenue for the last fiscal
    # year", "Name of your EDR provider")
    r"|^(?:(?:total|estimated|approximate|approx|expected|average|annual|gross|net|current"
    r"|typical|maximum|minimum|overall|full|legal) )*(?:number|count|percentage|proportion|share"
    r"|volume|revenue|turnover|headcount|names?|address(?:es)?|dates?) (?:of|for|in)\b"
    + _NOT_PRACTICE_WORK,
    words="number name address entity contact phone email headquarter headquarters "
    "headquartered headcount revenue ownership parent long business founded maturity count "
    "percentage proportion share volume turnover names addresses date dates commercially",
)
# Which things, or what amount, something supports, offers or accepts ("What throughput does a
# standard plan support?", "Which currencies do you accept?"), or which others it works with:
# a list or a figure, unless what is asked is a protection or a practice (ciphers, sign-in
# methods, keys, roles, retention, risk assessment, review, testing ...). Apart
# from _FACT_NAMED behind its own verbs and the wh-word every match opens on.
_SUPPORTED = Gated(
    ("which ", "what "),
    r"^(?=(?:which|what) )(?![^?]*\b(?:tls|ssl|crypt|cipher|secur|protocol|encrypt|hash|keys?\b"
    r"|authent|mfa|factor|sso|saml|oidc|password|passphrase|roles?\b|permission|privilege"
    r"|backup|recover|log|sign[\s\-]?(?:in|on)\b|protect|control|safeguard|privacy|monitor"
    r"|firewall|malware|virus|vulnerab|patch|incident|access|mask|anonymi|pseudonymi|isolat"
    r"|segment|dlp|retention|delet|dispos|consent|redundan|failover|availab|risk|assess"
    r"|review|train|test|scan|audit|change|approv|classif))"
    r"(?:which|what) (?:[\w\-]+ ){0,6}?(?:do|does) (?:you|(?:your|the|an?|each|this|our)"
    r" (?:[\w\-]+ ){0,3}?[\w\-]+) (?:support|offer|accept|cover|serve"
    # ... or which others it works with ("Which customs brokers do you work with?")
    r"|work with|partner with|rely on|engage)\b",
    words="support supports offer offers accept accepts cover covers serve serves work "
    "partner rely engage",
)
# Facts about the company as a business: its financial standing, a change of ownership ahead,
# who does the work (in-house or others), apart from _FACT behind their own words.
_COMPANY = Gated(
    "",
    # (the vendor's own: "of your critical suppliers" is the oversight of others, CC9.2)
    r"\bfinancial(?:ly)? (?:stable|stability|health|healthy|condition|viability|viable|strength"
    r"|standing)\b(?! of (?:your |its |their |the |our )?(?:[\w\-]+ )?(?:suppliers?|vendors?"
    r"|sub[\s\-]?contractors?|third[\s\-]part(?:y|ies)|fourth[\s\-]part(?:y|ies)|providers?"
    r"|partners?|sub[\s\-]?processors?)\b)"
    r"|\b(?:pending|planned|upcoming|anticipated|expected|contemplated) (?:\w+ )?(?:mergers?"
    r"|acquisitions?|divestitures?|sale of the company|change of (?:control|ownership)"
    r"|changes? (?:in|of) ownership)\b",
    words="financial financially pending planned upcoming anticipated expected contemplated",
    split=True,
)
# The company's standing with a regulator: a licence or charter it holds, or a regulator that
# authorises or supervises it ("Is the administrator authorised by the Central Bank of
# Ireland?", "Do you hold a state trust charter?"). What it is allowed to do in law is a fact
# about the company, like its registration; software licences held are asset management, and
# not matched.
# The names a questionnaire gives the company it asks ("the Carrier", "the Respondent").
_COMPANY_NAMES = (
    r"(?:vendor|company|organi[sz]ation|supplier|firm|contractor|provider|carrier|operator"
    r"|respondent|offeror|bidder|proposer|agency|manufacturer|servicer|subservicer|licensee"
    r"|consultant|processor|entity|bureau)"
)
_STANDING = Gated(
    "",
    r"^(?![^?]*\b(?:software|open[\s\-]source|components?|seats?|users?)\b)(?:"
    r"[^?]*\b(?:hold|holds|held|have|has|possess|possesses|obtained|granted|issued)\b[^?.]{0,40}?"
    r"(?:licen[cs]es?\b(?! (?:management|keys?|compliance|usage|terms|agreements?))"
    # (... or a permit a public body grants the business: "Do you hold a state wildlife
    # rehabilitation permit?"; "permit" the verb, or a permit to enter or to work, is not one)
    r"|(?:an?|the|any|your|its|valid|current|all) (?:[\w\-]+ ){0,5}?permits?\b(?![\s\-](?:to|only"
    r"|users?|access|all|any|staff|employees|people|traffic|connections?|entry|holders?)\b)"
    r"|(?:trust|bank|banking|state|national|federal|insurance|money transmitter) charters?\b"
    # a regulator's grant by its paper ("a certificate of authority in each state")
    r"|certificates? of (?:authority|registration|good standing|incorporation)\b)"
    # the company entered in a regulator's register or database ("Is the Carrier listed in the
    # FCC Robocall Mitigation Database?"): its standing, like a licence
    # registered in law as a kind of business ("registered with FinCEN as a money services
    # business"), or a standing held ("Do you hold IATA Strategic Partner status?")
    r"|(?:is|are) (?:you|the [\w\-]+|your [\w\-]+) (?:currently )?registered (?:with|by) (?:the )?"
    r"(?:[\w\-']+ ){0,4}?as (?:an? )?[\w\-]+"
    r"|(?:do|does) (?:you|the [\w\-]+|your [\w\-]+) (?:currently )?hold (?:an? |the |any )?"
    r"(?:[\w\-']+ ){0,4}?(?:status|accreditation|membership)\b"
    r"(?! (?:pages?|updates?|reports?|checks?))"
    r"|(?:is|are) (?:you|your (?:company|firm|organi[sz]ation|business)|the "
    + _COMPANY_NAMES
    + r")"
    r" (?:currently )?(?:listed|registered|enrolled) (?:in|on|with) (?:the |an? )?"
    r"(?:[\w\-']+ ){0,5}?(?:database|register|registry|directory|list)\b"
    # the company as a kind of business in law ("Are you a licensed customs broker?", "Is the
    # firm a registered investment adviser?")
    r"|(?:is|are) (?:you|your (?:company|firm|organi[sz]ation|business)|the "
    + _COMPANY_NAMES
    + r") (?:an? )?(?:licen[cs]ed|registered|chartered|bonded) [\w\-]+(?: [\w\-]+)?"
    r"(?! (?:users?|accounts?|devices?|software|copies)\b)"
    # things of the business inspected, tested or certified under an outside body's scheme
    # ("Are your lifting slings examined under the LEEA scheme?", "Are the boilers serviced
    # under the Gas Safe regime?"): its standing under that scheme, not a control of the estate
    r"|(?![^?]*\b(?:data|systems?|software|networks?|servers?|applications?|platforms?|access"
    r"|passwords?|backups?|encrypt\w*|cyber|information|it)\b)[^?]*\b(?:inspected|tested"
    r"|certified|examined|approved|assessed|registered|checked|accredited|rated|graded|serviced"
    r"|audited) (?:under|to|against|by|through|in) (?:the |a |an )?(?:[\w\-]+ ){0,3}?(?:scheme"
    r"|regime)\b"
    r"|[^?]*\b(?:licen[cs]ed|regulated|supervised|chartered) (?:by|with|under)"
    r" (?:the )?(?:[\w\-]+ ){0,5}?(?:authorit(?:y|ies)|regulators?|commissions?|central banks?"
    r"|agenc(?:y|ies)|departments?|supervisors?|ministr(?:y|ies)|superintendents?)\b"
    # "authorised by" is said of access and changes too ("authorised by the Authority", the
    # buyer in a public-sector contract): only a regulator's authorisation is standing
    r"|[^?]*\bauthori[sz]ed (?:by|with|under) (?:the )?(?:[\w\-]+ ){0,5}?(?:regulators?"
    r"|commissions?|central banks?|superintendents?|(?:financial|prudential|conduct|monetary"
    r"|banking|insurance|securities|markets?|gaming|competent|supervisory) (?:[\w\-]+ )?"
    r"authorit(?:y|ies))\b)",
    words="licence license licences licenses licenced licensed charter charters chartered "
    "regulated supervised authorised authorized authority registration standing incorporation "
    "listed registered enrolled status accreditation membership bonded permit permits scheme "
    "regime",
)
# People's standing in law asked by an instruction ("Give the nationality of each engineer on
# the project"): a datum about them, not a practice of screening; behind its own words.
_NATIONALITY = Gated(
    "",
    r"^(?:please )?(?:confirm|state|give|enter|report|indicate|specify|provide|quote|list)"
    r" (?:the |their )?(?:citizenships?|nationalit(?:y|ies)|countr(?:y|ies) of (?:citizenship"
    r"|residence|birth))\b",
    words="citizenship citizenships nationality nationalities residence birth",
)
# ... or as a kind of business a body approves ("Is the company an approved repair station?",
# "Are you an accredited testing laboratory?"), apart from _STANDING behind its own words and
# anchored at the start ("approved" is common in practice questions).
_APPROVED_KIND = Gated(
    "",
    r"^(?:is|are) (?:you|your (?:company|firm|organi[sz]ation|business)|the "
    + _COMPANY_NAMES
    + r") (?:an? )?(?:approved|accredited|authori[sz]ed) [\w\-]+(?: [\w\-]+)?"
    r"(?! (?:users?|accounts?|devices?|software|copies)\b)",
    words="approved accredited authorised authorized",
)
# Asked by "which" at the start (a lead only, so no common word opens a search): which other
# products can pass data into the product ("Which lab systems can send results into your
# portal?"), a list of integrations; which bodies approve the company as a kind of business
# ("Which boards are you an approved vendor with?", "With which insurers are you an accredited
# repairer?"), its standing.
_WHICH_LEAD = re.compile(
    r"(?![^?]*\b(?:secur|protect|encrypt|crypt|authent|password|keys?\b|firewall|backup|siem"
    r"|monitor|log\b|logs\b))(?:which|what) (?:[\w\-]+ ){0,4}?(?:systems?|products?|tools?|software"
    r"|applications?|apps?|platforms?|vendors?|solutions?|devices?|services?) (?:can|could|are able to)"
    r" (?:push|send|feed|post|write|sync|import|export|pass|pull|transfer|load|upload) (?:[\w\-']+ )"
    r"{0,4}?(?:into|to|from|with) (?:your|the|its) "
    r"|(?:which|what|with which|for which|by which) (?:[\w\-]+ ){0,3}?(?:are|is) (?:you|the "
    + _COMPANY_NAMES
    + r"|your (?:company|firm|organi[sz]ation|business)) (?:an? )?(?:approved|accredited"
    r"|authori[sz]ed|preferred|registered|certified) (?:[\w\-]+ ){0,2}?(?:vendor|supplier|provider"
    r"|partner|repairer|contractor|installer|reseller|agent|member)s?\b"
    # which outside bodies have approved or accepted the company or its product ("Which state
    # boards have approved your system for electronic record keeping?"): its standing, as the
    # passive form asks it (_RECOGNISED)
    r"|(?:which|what) (?:[\w\-]+ ){0,3}?(?:councils?|commissions?|authorit(?:y|ies)|regulators?"
    r"|agenc(?:y|ies)|ministr(?:y|ies)|boards?|societ(?:y|ies)|bureaus?|bodies) (?:[\w\-]+ ){0,3}?"
    r"(?:have |has )?(?:approved|accepted|recogni[sz]ed|accredited|endorsed) (?:you|your|the"
    r" vendor's|the company's)\b"
    # which organisations are the vendor's clients ("Which publishers currently run their
    # journals on your platform?", "Which banks use your software today?"): a list of clients
    r"|(?:which|what) (?:other )?(?:[\w\-]+ )?(?:customers|clients|organi[sz]ations|companies"
    r"|businesses|firms|publishers|hospitals|universities|colleges|schools|banks|insurers|retailers"
    r"|brands|councils|agencies|institutions|municipalities|cities|states|societies|clinics"
    r"|practices|carriers|airlines|operators|venues|resorts|leagues|clubs|charities|churches"
    r"|utilities|manufacturers|distributors|lenders|credit unions|health systems"
    # (any other body named in the plural: "Which national federations already use your results
    # service?"; not the people or parts that work the product)
    r"|(?!(?:users|admins|administrators|employees|staff|engineers|developers|technicians|roles"
    r"|accounts|processes|services|tools|systems|applications|apps|devices|modules|features"
    r"|components|integrations|vendors|suppliers|subprocessors|partners|providers|teams"
    r"|departments|versions|browsers|platforms|protocols|algorithms|ciphers|keys|methods"
    r"|controls|agents)\b)[a-z]{3,}(?:ies|s)) (?:currently |now "
    r"|already |today )?(?:use|run|host|operate|process|manage|keep|rely on)\b[^?]*?\b(?:on|with|in"
    r"|through)? ?(?:your|the vendor's|the company's) (?:[\w\-]+ )?(?:platform|system|software|product"
    r"|service|solution|application|app|tool|portal|website|site|network|marketplace|suite)s?\b"
    r"(?:\s*(?:today|currently|now|at present))?\s*\??$"
)
# (an inner pattern no token opens, its gate word holding a character no token holds: the entry
# above is tried by its lead alone)
_LEAD_ONLY = Gated(("\x00",), r"(?!)", words="lead-only")
# The company or its product recognised or approved by an outside body ("Is the platform
# recognised by the Forest Stewardship Council?", "Is the meter approved by the state metrology
# board?"): its standing under that body, like a licence, unless the buyer's own or the
# vendor's body approves (a change approved by "your change board" is a practice). Behind the
# bodies' names (approval words are common).
_RECOGNISED = Gated(
    "",
    # (a body of the vendor's own governance is no outside body: "approved by the architecture
    # review board", "by the change advisory board")
    r"^(?![^?]*\b(?:change|advisory|architecture|review|security|risk|design|steering|internal"
    r"|technical|governance|release|cab)\b)(?:is|are) (?:you|(?:the|your|its) (?:[\w\-]+ ){0,2}?(?:system|platform|product|software"
    r"|service|solution|application|app|tool|device|module|meter|terminal|equipment|company|firm"
    r"|organi[sz]ation|business|" + _COMPANY_NAMES[3:-1] + r"))s? (?:currently |formally "
    r"|officially )?(?:recogni[sz]ed|approved|endorsed|accepted|accredited) (?:by|with) (?:the |a "
    r"|an |any )?(?!our |your )(?:[\w\-']+ ){0,5}?(?:council|commission|authorit(?:y|ies)"
    r"|regulators?|agenc(?:y|ies)|ministry|board|society|federation|secretary of state|bureau)\b",
    words="council commission authority authorities regulator regulators agency agencies ministry "
    "board society federation secretary bureau",
)
# ... or on such a body's list of approved ones ("Is the product on the state's list of approved
# providers?"), not the vendor's own list (its allow-list is a practice).
_ON_APPROVED_LIST = Gated(
    "",
    r"^(?:is|are) (?:you|(?:the|your|its) (?:[\w\-]+ ){0,2}?[\w\-]+) (?:currently |still )?"
    r"(?:listed )?(?:on|in) (?!your |its )(?:the |an? |any )?(?:[\w\-']+ ){0,5}?(?:list|register"
    r"|registry|directory|database|schedule) of (?:approved|authori[sz]ed|registered|certified"
    r"|accredited|recogni[sz]ed|licen[cs]ed|qualified|eligible|validated)\b"
    # (a list of approved software, packages or tools is an allow-list, a practice)
    r"(?! (?:[\w\-]+ )?(?:software|packages?|librar(?:y|ies)|components?|applications?|apps?"
    r"|tools?|devices?|extensions?|plug[\s\-]?ins?|versions?|ciphers?|algorithms?|ports?)\b)",
    words="list lists register registry directory schedule",
)
# A subject that is not the vendor's people (a word ending as a person's does: responders,
# analysts, technicians), checked over the few words of a subject.
_NOT_PEOPLE = (
    r"(?!(?:[\w\-]+ ){0,2}?(?:staff|employees?|personnel|people|workforce|team|teams|members"
    r"|individuals|[\w\-]+(?:ers|ors|ists|ians|ants))\b)"
)
# A certification the company or its product holds from an outside body under a scheme
# ("Does your office hold ALTA Best Practices certification?", "Has the platform been certified
# by a test laboratory to GLI-19?", "type-approved by a classification society against UR
# E27"): its standing under another scheme, a fact, like a licence. Not the certifications of
# its people (competence, CC1.4), nor a certificate that media were destroyed (a practice).
_CERTIFIED = Gated(
    "",
    r"^(?![^?]*\b(?:destr\w*|dispos\w*|delet\w*|saniti[sz]\w*|wip(?:e|ed|ing)|shred\w*)\b)(?:"
    # "Does your office hold X certification?" (the holder is the company or a thing it runs)
    r"(?:do|does|will) (?:you|(?:your|the) " + _NOT_PEOPLE + r"(?:[\w\-]+ ){0,2}?[\w\-]+)"
    r" (?:currently )?(?:hold|have|possess|maintain)\b(?: (?:a|an|the|any|current|valid|active))*"
    r" (?:[\w\-]+ ){0,4}?certifications?\b"
    # "Has the platform been certified by a laboratory to GLI-19?"
    r"|(?:is|are|has|have|was|were) (?:(?:the|your|its|this|each|all|any) )?"
    + _NOT_PEOPLE
    + r"(?:[\w\-]+ ){0,8}?(?:been )?(?:certified|type[\s\-]approved|accredited)\b[^?.]{0,80}?"
    r"\b(?:to|against|under) (?:the )?(?:[a-z]+ ){0,3}?[a-z\-]*\d"
    # "Are your devices FCC certified?": a scheme's name before the word
    r"|(?:is|are) (?:(?:the|your|its|this|all|any) )?" + _NOT_PEOPLE + r"(?:[\w\-]+ ){0,2}?[\w\-]+"
    r" (?![\w\-]*(?:ly|ed)\b)[\w\-]+ (?:certified|accredited)\b"
    # (... or joined to it: "Is the practice software ONC-certified?")
    r"|(?:is|are) (?:(?:the|your|its|this|all|any) )?" + _NOT_PEOPLE + r"(?:[\w\-]+ ){0,3}?"
    r"(?![\w]*(?:ly|ed)-)[a-z0-9]+-(?:certified|accredited)\b"
    # a product cleared, approved or marked by a regulator of products ("Is the dosing module FDA
    # 510(k) cleared?", "Is the app CE marked?"): the product's standing, like a certificate
    # (... or listed or approved by a testing laboratory: "Is your central station UL-listed?",
    # "FM-approved")
    r"|(?:is|are) (?:(?:the|your|its|this|all|any) )?(?:[\w\-]+ ){0,5}?(?:fda|ce|ukca|tga|ul|fm|etl)"
    r"(?: [\w\-()]+)?[\s\-](?:cleared|approved|marked|registered|listed)\b)",
    words="certification certifications certified accredited type fda ce ukca tga ul fm etl",
)
# The vendor's people or things accredited, certified, registered or qualified by, with or
# under a body of their trade named by its kind ("Are your farriers registered with the
# Farriers Registration Council?", "Are your boat builders accredited by the Institute of Marine
# Engineering?", "members of the Guild of ..."): the trade's qualification, a fact about who
# does the work (as AP0008), whoever the people are. Competence in information security
# (CISSP, CREST, ISC2, a privacy or IT body) is CC1.4 and is not matched, nor a body of the
# vendor's own governance.
_TRADE_BODY = Gated(
    "",
    r"^(?![^?]*\b(?:security|secure|cyber\w*|privacy|information|data|it|ict|computing|computer"
    r"|software|network\w*|penetration|pen|ethical|hacking|forensics?|incidents?|crest|isc2"
    r"|isaca|giac|sans|comptia|cissp|cisa|cism|oscp|iapp|bcs|change|advisory|architecture|review"
    r"|risk|steering|internal|governance)\b)(?:are|is) (?:all |each |each of |every one of )?"
    r"(?:your|the|its) (?:[\w\-]+ ){0,3}?[\w\-]+ (?:all |each |individually )?(?:currently )?"
    r"(?:accredited|certified|registered|qualified|chartered|licen[cs]ed|members?) (?:by|with|of"
    r"|through|under) (?:the |an? )?(?:[\w\-']+ ){0,6}?(?:institute|institution|guild|association"
    r"|council|federation|society|college|academy|chamber|confederation)\b",
    words="institute institution guild association council federation society college academy "
    "chamber confederation",
)
# Who does the work: the vendor itself or others ("developed in-house or by a third party",
# "staffed by employees or by an outsourced provider"), unless the work is a practice of
# protection ("intrusion monitoring performed internally or by a third party": CC7.2); behind
# the words every match holds before its "or".
_WHO_WORKS = Gated(
    (
        "house or",
        "internally or",
        "employees or",
        "staff or",
        "directly or",
        "you or",
        "company or",
        "firm or",
        "ation or",
        "vendor or",
        "supplier or",
    ),
    r"^(?![^?]*\b(?:monitor|secur|protect|intrusion|incident|detect|threat|backup|encrypt"
    r"|vulnerab|penetration|pen[\s\-]?test|audit|soc\b|siem|forensic|recover))[^?]*?"
    r"\b(?:in[\s\-]house|internally|by (?:your )?(?:own )?(?:employees|staff)) or (?:by )?(?:an? )?"
    r"(?:\w+ )?(?:third[\s\-]part(?:y|ies)|outsourc\w*|contractors?|subcontractors?|partners?"
    r"|vendors?|suppliers?|providers?|offshore)\b"
    # ... or who employs them ("Are your support staff employed directly or through an
    # outsourcing firm?")
    r"|^(?![^?]*\b(?:monitor|secur|protect|intrusion|incident|detect|threat|backup|encrypt"
    r"|vulnerab|penetration|pen[\s\-]?test|audit|soc\b|siem|forensic|recover))[^?]*?"
    r"\b(?:employed|engaged|hired|contracted|staffed) (?:directly|by (?:you|your (?:company"
    r"|firm|organi[sz]ation)|the (?:company|vendor|firm|supplier)))(?: by you)? or (?:[\w\-]+ )"
    r"{0,3}?(?:through|via|by|from|supplied|provided|placed)\b"
    # ... or what they are to the company ("Are your radiologists employees or independent
    # contractors?", "Are the drivers staff or agency workers?")
    r"|^(?:are|is) (?:your|the|its|all|any of your) (?:[\w\-']+ ){0,3}?(?:employees|staff|employed)"
    r" (?:of (?:the company|yours) )?or (?:are they )?(?:independent |self[\s\-]employed |agency "
    r"|external |freelance |temporary )?(?:contractors?|freelancers?|consultants?|locums?|workers?"
    r"|subcontractors?|temps|staff|personnel)\b"
    # (... and where the others come from: "or temps from an agency", "or contractors supplied
    # by a staffing firm")
    r"(?: (?:from|through|via|supplied by|provided by|placed by|hired through) (?:an? |the )?"
    r"(?:[\w\-]+ )?(?:agency|agencies|firms?|compan(?:y|ies)|bureaus?|suppliers?|providers?))?"
    r"(?:\s*[?.]?\s*$)",
    words="house internally employees staff employed engaged hired contracted staffed",
)
# An ESG, labour or supplier-code subject (OUTSIDE), unless the question also asks about
# protecting data or systems, their availability, privacy or a code of conduct the staff
# acknowledge. A climate-controlled data centre, data corruption and geographic diversity of
# sites are other subjects, which the words below do not name.
_OUTSIDE_TSC = Gated(
    "",
    r"^(?![^?]*\b(?:secur\w*|protect\w*|privacy|personal (?:data|information)|confidential\w*"
    r"|encrypt\w*|access\w*|breach\w*|incidents?|backups?|availab\w*|outages?|resilien\w*"
    r"|continuity|disaster|generators?|redundan\w*|failover|dispos\w*|saniti[sz]\w*|destr\w*"
    # a code of conduct employees acknowledge is CC1.1's subject, whatever it prohibits
    r"|code of (?:business )?conduct|code of ethics|acknowledg\w*))[^?]*?\b(?:greenhouse|emissions?|carbon|net[\s\-]zero"
    r"|climate (?:change|risks?|targets?|related|disclosures?)|renewable|sustainab\w*"
    r"|(?:minimum |living )?wages?|forced[^.?]{0,40}\blabou?r|child labou?r|prison labou?r"
    r"|labou?r (?:rights|practices|standards|laws?)|slavery|trafficking|human rights"
    r"|freedom of association|collective bargaining|diversity,? equity|(?:workforce|supplier|board)"
    r" diversity|diversity (?:and|&) inclusion|(?:minority|women|veteran)[\s\-]owned"
    r"|disadvantaged business|conflict minerals|tantalum|tungsten|anti[\s\-]?bribery|bribes?"
    r"|bribery|anti[\s\-]?corruption|philanthrop\w*|charitable)\b",
    words="greenhouse emission emissions carbon net climate renewable sustainability "
    "sustainable wage wages labour labor slavery trafficking human freedom collective "
    "diversity minority women veteran disadvantaged conflict tantalum tungsten "
    "anti antibribery anticorruption bribe bribes bribery philanthropy philanthropic charitable",
)
# A person for the buyer to reach ("Is there someone we can talk to about security?", "Who
# should we contact about an invoice?"): a contact, a fact, whatever the subject.
_CONTACT = Gated(
    "",
    r"\b(?:someone|somebody|anyone|anybody|a person|a contact|a point of contact|the right"
    r" person|who)\b[^?.]{0,40}?\b(?:we|i) (?:can|could|should|may|might) (?:talk|speak"
    r"|contact|reach|email|e-mail|call|ask|write|escalate)\b"
    r"|\b(?:who|whom) (?:can|could|should|may|do) (?:we|i) (?:talk to|speak to|speak with"
    r"|contact|reach|email|e-mail|call|ask|write to|escalate to)\b"
    # ("a single point of contact for invoicing questions"), unless for security matters
    r"|\b(?:single |named |dedicated )?points? of contact\b(?![^?.]*\b(?:secur\w*|incident\w*"
    r"|breach\w*|privacy|vulnerab\w*))",
    words="we i point points",
)
_BUYER = (
    r"(?:the )?(?:institutional|institution|university|college|customer|client|buyer|agency|state"
    r"|city|county"
    r"|us|we|our \w+)(?:'s|s')?"
)
_COMMERCIAL_LEAD = re.compile(
    r"(?:will|would|can|could|are) (?:you|the vendor|your (?:organi[sz]ation|company|firm))(?: be)?"
    r"(?: willing to| able to)? "
    r"(?:sign|agree|accept|execute|negotiate|indemnify|enter into|abide by|comply with "
    + _BUYER
    + r")\b"
    r"|(?:do|will|would|can) you (?:offer|provide|sign|execute|have|agree to)\b[^?]*\b(?:sccs?|dpa"
    r"|data processing (?:agreement|addendum))\b"
    # signing agreements with customers is a term of business ("Do you sign business
    # associate agreements?"), unlike staff signing one (a control, CC1.1)
    r"|(?:do|does) (?:you|the vendor|your (?:organi[sz]ation|company|firm)) (?:sign|execute"
    r"|countersign|enter into)\b[^?]*\b(?:(?:business associate|data processing|customer|client"
    r"|master services?) agreements?|agreements? with (?:us|customers"
    r"|clients|" + _BUYER + r"))\b"
)
_COMMERCIAL = Gated(
    "",
    r"\b(?:comply|abide|adhere) with (?:all )?" + _BUYER + r" (?:polic|rules|standards|requirement)"
    r"|\b(?:allow|permit|let) " + _BUYER + r" (?:to )?(?:perform|conduct|run|audit|test|scan"
    r"|assess|inspect)\b"
    r"|\bright to audit\b|\bindemnif|\bliability (?:cap|limit)|\b(?:accept|assume|bear)s? (?:\w+ )?liability\b|\b(?:pricing|discounts?|prices?"
    # (prices as the market data a product handles, "price curves", "pricing feeds", are no
    # price of the deal)
    r"|price list)\b(?! (?:curves?|feeds?|data|histor\w*|ticks?|quotes?|series|indices|index"
    r"|sources?|vendors?)\b)|\bpayment terms\b|\bescrow\b|\bbankruptcy\b|\bstandard contractual clauses\b"
    r"|\bterminat\w* (?:the |this |our |your )?(?:contract|agreement)\b|\bfor convenience\b"
    r"|\b(?:end|completion|termination|expiration) of (?:the |this )?contract\b"
    r"|\bownership (?:rights )?(?:to|of) (?:all )?(?:the )?data\b|\bdata ownership\b"
    r"|\bretained by " + _BUYER + r"\b"
    r"|\b(?:service level agreement|sla)s?\b(?! (?:monitor|breach))|\bservice credits?\b"
    r"|\binsurance (?:cover |coverage )?(?:limits?|coverage amounts?|certificates?|carriers?"
    r"|insurers?|deductibles?|premiums?)\b|\bcertificate of insurance\b"
    # the terms of an insurance policy held ("the per-claim limit of your cyber insurance
    # policy"), not whether a risk is insured
    r"|\b(?:limits?|carriers?|insurers?|underwriters?|deductibles?|premiums?|excess) (?:of|for|on) (?:your "
    r"|the |its )?(?:[\w\-]+ ){0,4}?(?:insurance|(?:liability|indemnity|insurance) (?:policy|policies"
    r"|cover|coverage))\b"
    # ... or the sum it must cover and whom it names ("liability insurance of not less than
    # $5,000,000 per occurrence", "naming the State as additional insured"): what a policy
    # must say is a term of the contract, not a practice
    r"|\b(?:insurance|coverage|insured)\b[^?.]*?(?:[$£€] ?\d|\b\d[\d,.]* ?(?:million|m|mn)\b)"
    r"|\badditional insureds?\b"
    # the buyer's data handed back when it leaves (portability on exit)
    r"|\bdata back\b[^?.]*\b(?:leave|leaves|exit|exits|end|ends|terminat\w*)\b",
    words="comply abide adhere allow permit let right indemnify indemnification indemnity "
    "liability pricing discount discounts price prices payment escrow bankruptcy contractual "
    "contract convenience "
    "ownership retained agreement sla slas insurance coverage insured credit "
    "credits back",
)
# A price that is not a term of the deal: data the vendor's administrators edit, whose review is
# asked ("review what administrators do, such as edits to weights or prices"), or a change told
# to the buyer's own customers ahead with proof kept ("Are members told before their plan price
# changes?"), a communication with outsiders (CC2.3); a change told to the buyer ("notify us
# before changing the price") stays a term.
_PRICE_AS_DATA = re.compile(
    r"^(?=[^?]*\b(?:administrators?|admins?|superusers?|privileged (?:users?|accounts?))\b)"
    r"(?=[^?]*\b(?:review\w*|record\w*|logged|monitor\w*|audit\w*|look(?:s|ed)? at)\b)"
    r"[^?]*\b(?:edits?|edited|changes?|changed|overrides?|overridden|amendments?)"
    r"(?: [\w\-]+){0,3}? (?:to|of|on) (?:[\w\-]+ ){0,2}?(?:[\w\-]+ (?:or|and) )?prices?\b"
    r"|\b(?:members|customers|clients|owners|patients|users|subscribers|residents|riders|guests"
    r"|policyholders|tenants|parents|students|passengers)(?: are| be| get)? (?:told|notified"
    r"|informed|warned|given notice)\b[^?]*\bprices?\b"
)
# Terms of the deal beside _COMMERCIAL, behind words of their own (which would open its long
# pattern on many control questions).
_TERMS = Gated(
    "",
    # a fee or the contract's length is a term of the deal
    r"\b(?:set[\s\-]?up|onboarding|implementation|licen[cs]e|licen[cs]ing|subscription|annual"
    r"|monthly|cancellation|early termination|exit|renewal|overage|usage|per[\s\-]user|support)"
    r" fees?\b|\bis there (?:a|an|any) (?:[\w\-]+ )?fees?\b"
    # ... or a charge or cost for something more ("Is there an extra charge for each added
    # site?", "Is there any cost to add users?")
    r"|\bis there (?:a|an|any) (?:[\w\-]+ )?(?:charges?|costs?|surcharges?) (?:for|per|to|on|if"
    r"|when)\b"
    # ... or a price of nothing ("Is the parent app free to download?", "Is the reporting
    # add-on free of charge?", "Is the kiosk mode free for our members to use?"); free of
    # malware, errors or defects is none
    r"|\b(?:is|are) (?:the |your |its |this |that |a |an )?(?!(?:[\w\-']+ ){0,3}?(?:staff|employees"
    r"|users|volunteers|drivers|people|members|parents|customers|clients|students|workers"
    r"|contractors|agents|we|they|you)\b)(?:[\w\-']+ ){0,4}?free (?:of"
    r" (?:charge|cost)|to (?:download|use|install|add|access|try)|for (?:[\w\-']+ ){1,3}?to"
    r" (?:download|use|install|access|try)|or paid|or (?:is there|does it) )|\bfree of charge\b"
    # ... or how long a fee or price holds ("Is the per-seat fee fixed for the contract's
    # term?", "Are prices locked for three years?")
    r"|\b(?:fees?|prices?|rates?|charges?|pricing) (?:is |are |will be |be |stays? |remains? )?"
    r"(?:fixed|locked|frozen|guaranteed|capped) (?:for|during|over|through|until|across)\b"
    # (... with who charges it between: "the fees you charge us fixed for the contract term",
    # "the per-transaction fee charged to the State locked for the initial term")
    r"|\b(?:fees?|prices?|rates?|charges?|pricing) (?:that |which )?(?:you |we )?(?:charge|charged|bill"
    r"|billed|invoice|invoiced)\b[^?.]{0,40}?\b(?:fixed|locked|frozen|guaranteed|capped) (?:for"
    r"|during|over|through|until|across) (?:the |a |an |our |its |this |your )?(?:[\w\-]+ ){0,3}?"
    r"(?:terms?|contracts?|agreements?|years?|months?|periods?|life|duration|length)\b"
    # how the vendor pays its own people or suppliers ("Do you pay your subcontractors on
    # time?"): a term of its business, not a control over the buyer's money
    r"|^(?:do|does) (?:you|the (?:vendor|supplier|provider|contractor)|your (?:company|firm))"
    r" pay (?:your|its) (?:own )?(?:[\w\-]+ )?(?:sub-?contractors|subcontracted|suppliers|vendors"
    r"|contractors|freelancers|couriers|drivers|staff|employees|workers|technicians)\b"
    r"|\blicen[cs]ing (?:model|terms|options|tiers?)\b"
    # what the buyer has bought and not used, carried into the next period or lost ("Do unused
    # credits roll over at renewal?", "Do prepaid hours expire at the end of the year?"): a
    # term of the deal
    r"|\b(?:unused|remaining|prepaid|leftover|unspent|purchased|bundled|included) (?:[\w\-]+ )?"
    r"(?:credits?|minutes|hours|units|tokens|seats|licen[cs]es|allowances?|sessions|calls"
    r"|messages|points|days) (?:will |would |can |could )?(?:roll(?:s|ed)? (?:over|forward)"
    r"|carr(?:y|ies|ied) (?:over|forward)|expire[sd]?|lapse[sd]?|be (?:rolled|carried) (?:over"
    r"|forward)|be forfeited)\b"
    r"|\b(?:minimum|initial|renewal|standard) (?:contract|subscription|licen[cs]e|agreement"
    r"|commitment) (?:terms?|length|duration|periods?)\b"
    # the buyer's data handed back in a usable form at the end
    r"|(?:\breturn\w* (?:of )?(?:all |the |any |our )?(?:[\w\-]+ ){0,2}?(?:data|records|content"
    r"|files)\b|\b(?:data|records|content|files) (?:will |would |shall )?(?:be |is |are )?"
    r"returned\b)[^?.]*\b(?:formats?|leave|leaves|exit|exits|end|ends|terminat\w*|expir\w*)\b"
    # when the buyer gets the product ("a 30-day implementation timeline")
    r"|\b(?:implementation|delivery|go[\s\-]?live|rollout|roll[\s\-]out) (?:timelines?|timeframes?"
    r"|time frames?|dates?)\b"
    r"|\bdeliver\w*\b[^?.]*\b(?:of|after|from) (?:the )?contract (?:signature|signing|award"
    r"|execution|start)\b",
    words="fee fees licensing licencing minimum initial renewal standard return returns returned pay "
    "charge charges cost costs surcharge surcharges fixed locked frozen guaranteed capped "
    "returning timeline unused remaining prepaid leftover unspent purchased bundled included "
    "timelines timeframe timeframes frame frames date dates deliver delivers delivered delivery free",
)
# A price said of work, the rate it is charged at ("Are alterations for a cast change charged at
# your hourly rate?", "Is call-out work billed at your standard daily rate?", "Are extra site
# visits charged at the agreed hourly rate?"): a term of the deal, whatever the work charged is
# (a restore, a site visit, a change), unless the charge is checked, matched or approved, which
# is a control over the buyer's billing ("hours billed at the agreed rate checked against the
# timesheets before each invoice").
_AT_RATE = Gated(
    ("rate", "tariff"),
    r"^(?![^?]*\b(?:checked|verified|validated|matched|reconciled|agreed (?:to|with|against)"
    r"|tied|compared|approved|recalculated|reviewed|changed|updated|amended)\b)[^?]*?\b(?:charged"
    r"|billed|invoiced|priced|costed|chargeable|payable) (?:at|on) (?:the |your |our |an? |its"
    r" |their )?(?:[\w\-]+ ){0,3}?(?:rates?|tariffs?)\b",
    words="charged billed invoiced priced costed chargeable payable",
)
# A service level stated as a number is a commitment ("99.9% monthly availability"), behind
# its words and the percent sign every match holds.
_SERVICE_LEVEL = Gated(
    "%",
    r"\d%\s(?:[\w\-]+ ){0,2}?(?:uptime|availability)\b|\b(?:uptime|availability) (?:of|at)"
    r" (?:least )?\d[\d.]*\s?%|\bavailable (?:at least |for )?\d[\d.]*\s?%",
    words="uptime availability available",
)
# Services the buyer buys beside the product and what the proposal includes; a right the buyer
# holds under the contract ("... and may we object?"); something put in the buyer's contract;
# training for the buyer's people; how fast support answers. Each behind its own words and the
# substrings every match holds (the words alone are common in control questions).
_SOLD = Gated(
    ("services", "proposal", "bid", "quot", "tender"),
    r"\b(?:training|implementation|onboarding|consulting|professional|migration|installation)"
    r"(?: and \w+)? services\b|\b(?:in|of|with) (?:the|your|this) (?:proposal|bid|quote"
    r"|quotation|tender)\b",
    words="training implementation onboarding consulting professional migration installation "
    "proposal bid quote quotation tender",
)
_OBJECT = Gated(
    ("object",),
    r"\b(?:can|may|could) (?:we|the (?:customer|client|controller|buyer)) object\b"
    r"|\b(?:we|the (?:customer|client|controller|buyer)) (?:can|may|could) object\b",
    words="object",
)
# ... not in the vendor's contracts with its own people or suppliers
_IN_CONTRACT = Gated(
    ("contract", "agreement", "msa"),
    r"\b(?:include|incorporate|add|put|write)\b[^?.]{0,50}\b(?:in|into) (?:the|our|this) (?:contract"
    r"|agreement|msa|master (?:services )?agreement)\b(?! with (?:your|its|their|employees|staff"
    r"|personnel|suppliers|vendors|subcontractors|contractors))",
    words="include incorporate add put write",
)
_TRAINING_FOR_BUYER = Gated(
    (
        "for our",
        "to our",
        "for the c",
        "for the i",
        "for the b",
        "to the c",
        "to the i",
        "to the b",
        "train our",
        "train the c",
        "train the i",
        "train the b",
        "to use",
    ),
    r"\b(?:training|onboarding|coaching|workshops?)(?: sessions?)? (?:to|for) (?:our|the"
    r" (?:customer|client|institution|buyer)'?s?) (?:\w+ )?(?:staff|users|employees|administrators"
    r"|admins|teams?|faculty|personnel)\b"
    # ... as a verb ("Do you train our staff on the new features?")
    r"|\btrain (?:our|the (?:customer|client|institution|buyer)'?s?) (?:\w+ )?(?:staff|users"
    r"|employees|administrators|admins|teams?|faculty|personnel)\b"
    # ... or the buyer's people taught or shown how to use the product ("Are our users taught
    # how to use the app?", "Are our patients shown how to use the exercise app?"): training in
    # the product, not the vendor's people trained (CC2.2)
    r"|\b(?:our|the (?:customer|client|institution|buyer)'?s?) (?:[\w\-]+ ){0,2}?[\w\-]+s (?:are |is "
    r"|be |get |being )?(?:taught|shown|trained|instructed) (?:how )?to use (?:the|your|our|its) "
    r"(?:[\w\-]+ ){0,2}?(?:apps?|applications?|systems?|platforms?|portals?|software|products?"
    r"|tools?|services?|dashboards?|devices?|websites?|sites?|kiosks?|tablets?)\b",
    words="training onboarding coaching workshop workshops train taught shown instructed trained",
)
_SUPPORT_TIMES = Gated(
    ("response time", "resolution time", "hours", "open", "staffed", "manned"),
    r"\b(?:support|help ?desk|service desk)(?: \w+)? (?:response|resolution) times?\b"
    # when support is staffed ("What are your helpdesk hours?", "the hours during which
    # support is staffed"), as how fast it answers
    r"|\b(?:support|help ?desk|service desk|customer service)(?: \w+)? (?:opening |operating "
    r"|business )?hours\b|\bhours (?:of|during which|when|that) (?:the )?(?:\w+ )?(?:support"
    r"|help ?desk|service desk)\b"
    r"|\b(?:support|help ?desk|service desk)(?: \w+)? (?:is |are )?(?:open|staffed|manned)"
    r" (?:on|at|during|outside|over|from|until|in|24)\b"
    r"|\b(?:response|resolution) times? (?:for|of|on) (?:[\w\-]+ ){0,3}?(?:support|tickets?"
    r"|help ?desk|service desk|calls|requests)\b",
    words="response resolution hours open staffed manned",
)
# Work the vendor does as the buyer's agent ("Do you send adverse action letters to candidates
# on our behalf?", "Will you file the returns for us?"): the service bought, unless the
# question asks how it is checked or protected (those words below), or the work is financial
# (decide.py reads a financial text as a control over the buyer's books before its form).
_ON_BEHALF = Gated(
    "",
    r"^(?![^?]*\b(?:secur\w*|protect\w*|encrypt\w*|breach\w*|incidents?|notif\w*|consent\w*"
    r"|approv\w*|review\w*|reconcil\w*|verif\w*|check\w*|authori[sz]\w*|accura\w*|complete\w*"
    r"|access\w*|delet\w*|dispos\w*|retain\w*|retention|confidential\w*|personal|privacy"
    r"|monitor\w*|log|logs|logged|audit\w*|test\w*|backups?|back up|recover\w*|restor\w*"
    r"|availab\w*|redundan\w*))"
    r"(?:do|does|will|would|can|could) (?:you|the (?:vendor|supplier|provider|firm|agency))\b"
    r"[^?]*\bon (?:our|the (?:customer|client|buyer|institution|company)(?:'s)?|its (?:customers"
    r"|clients)'?) behalf\b",
    words="behalf",
)
# What the contract itself says or gives ("Does the contract give the competent authority rights
# of audit?", "Does your agreement include a most-favoured-customer clause?"): its terms, asked
# of the document, not a practice of the vendor; the vendor's part in work the buyer or its
# regulator runs ("Will you take part in the threat-led tests the bank organises?"); help given
# to the buyer when it leaves ("exit assistance", "transition support"). Unless a practice of
# notice, protection or disposal is what the clause asks for.
_PRACTICE_ASKED = (
    r"(?![^?]*\b(?:notif\w*|breach\w*|incidents?|encrypt\w*|secur\w*|protect\w*|delet\w*"
    r"|dispos\w*|destr\w*|confidential\w*|personal)\b)"
)
_CONTRACT_SAYS = Gated(
    "",
    r"^(?:"
    r"(?:does|do|will|would|is|are) (?:the|your|our|this|a) (?:standard |master |proposed )?"
    r"(?:[\w\-]+ )?"
    r"(?:contracts?|agreements?|msa|terms and conditions|terms of (?:service|use)|order forms?)"
    r" (?:give|gives|grant|grants|include|includes|contain|contains|provide|provides|allow"
    r"|allows|permit|permits|offer|offers|set out|sets out|specify|specifies|cover|covers)\b"
    # (a right the contract gives is a term whatever it is about; any other content unless it is
    # a practice the vendor must carry out)
    r"(?= (?:(?:us|the \w+|our \w+) )?(?:a |an |the |any )?(?:[\w\-]+ ){0,3}?rights?\b)"
    r"|(?:does|do|will|would|is|are) (?:the|your|our|this|a) (?:standard |master |proposed )?"
    r"(?:[\w\-]+ )?"
    r"(?:contracts?|agreements?|msa|terms and conditions|terms of (?:service|use)|order forms?)"
    r" (?:give|gives|grant|grants|include|includes|contain|contains|provide|provides|allow"
    r"|allows|permit|permits|offer|offers|set out|sets out|specify|specifies|cover|covers)\b"
    + _PRACTICE_ASKED
    # (the vendor's part in the buyer's exercise is a commitment, whatever it exercises)
    + r"|(?:will|would|do|does|can|could) (?:you|the (?:vendor|supplier|provider))(?: be willing to"
    r"| agree to)? (?:take part|participate|cooperate|co-operate|join)\b[^?]*\b(?:organi[sz]ed"
    r"|run|conducted|performed|led|commissioned|requested|carried out) by (?:us\b|our\b|the"
    r" (?:financial entity|customer|client|buyer|institution|bank|competent authority"
    r"|authorit(?:y|ies)|regulators?|insurer))\b"
    r"|" + _PRACTICE_ASKED + r"(?:.*\b)?(?:exit|transition(?:[\s\-]out)?|termination)"
    r" (?:assistance|support|services)\b)",
    words="contract contracts agreement agreements msa terms order part participate cooperate "
    "co join exit transition termination",
)
# A person or team of the vendor's assigned to the buyer ("a dedicated customer success
# manager for accounts of our size", "a named engineer assigned to our account"): part of the
# service sold, unless the role is one of security or privacy (CC1.3).
_ASSIGNED = Gated(
    "",
    r"^(?![^?]*\b(?:secur\w*|privacy|protection|dpo|ciso|incident\w*|compliance|background"
    r"|screen\w*|vett\w*|clearances?|train\w*|confidential\w*|ndas?|access\w*))[^?]*"
    r"\b(?:dedicated|named|assigned|designated)\b(?: [\w\-]+){0,3}? (?:managers?|representatives?"
    r"|reps?|contacts?|engineers?|technicians?|consultants?|teams?|specialists?|staff)\b[^?]*?"
    r"\b(?:for|to) (?:us|our|each (?:customer|client|account)|accounts?|customers?|clients?)\b",
    words="dedicated named assigned designated",
)
# A service given to the buyer's people (training, support) is what the buyer buys: commercial
# ground. Apart from _COMMERCIAL, behind its verbs and then its keys (the verbs alone are
# common, "you offer" is not).
_SERVICE = Gated(
    "you offer|you provide|you give|you deliver|vendor offer|vendor provide|vendor give"
    "|vendor deliver",
    r"\b(?:you|the vendor) (?:offer|provide|give|deliver)s? (?:to|for) (?:our|the (?:customer|client"
    r"|institution)(?:'s)?|customers'?|clients'?) (?:end )?(?:users?|staff|employees|admins?"
    r"|administrators)\b",
    words="offer offers provide provides give gives deliver delivers",
)
# The end of the contract is commercial ground, but disposing of the buyer's data then is the
# practice C1.2 tests (confidential information disposed of): such a question is a control one.
_CONTRACT_END = re.compile(
    r"\b(?:end|completion|termination|expiration) of (?:the |this )?contract\b"
)
_DISPOSAL = re.compile(
    r"\b(?:delet(?:e|ed|es|ion)|destr(?:oy|oyed|oys|uction)|dispos(?:e|ed|al)|purg(?:e|ed)"
    r"|eras(?:e|ed|ure)|wip(?:e|ed)|saniti[sz](?:e|ed|ation)|shred(?:ded)?)\b"
)
_PRODUCT = (
    r"(?:the |your |this )?(?:(?:mobile |web |desktop )?(?:app|apps|application|applications"
    r"|product|products|solution|solutions|software|platform|tool|tools|portal|website|site"
    r"|system|systems|service|services|interface|ui|dashboard|device|devices|browser extension))"
)
_PEOPLE = (
    r"(?:the |your |our )?(?:end )?(?:users?|customers?|clients?|institutions?|administrators?"
    r"|admins?|tenants?|students|faculty|we)"
)
_CAPABILITY = (
    r"(?:be able to |have the (?:option|ability) to |able to )?(?:support|allow|offer|provide|have"
    r"|include|enable|let|permit|integrate|export|import|extract|customi[sz]e|configure|choose"
    r"|select|opt|disable|turn|switch|display|show|send|receive|sync|print|edit|upload|download"
    r"|search|share|schedule|notify|be (?:used|customi[sz]ed|configured|disabled|enabled"
    r"|installed|archived|saved|exported|integrated|accessed|deployed|hosted|run|completed"
    r"|performed|changed))\b"
)
# The product its users see, or a part of it, as the subject of what it does ("Does the app
# remember ...", "Will the scheduling module send ...", "Can the audit module in your product
# record ..."): whatever the verb, the question asks what the product does for its users. The
# estate the vendor runs (the system, service, platform, infrastructure) is not such a subject:
# "Does the system back up customer data nightly?" asks for the vendor's practice. Compound
# nouns the product names qualify ("the application logs", "the solution provider") are other
# subjects, and a passive ("can the app be ...") is _CAPABILITY's.
_PART = (
    r"(?:app|apps|application|applications|product|products|software|portal|website|interface"
    r"|dashboard|tool|tools|module|modules|builder|editor|calendar|widget|chatbot|kiosk|feature"
    r"|features)"
)
_PRODUCT_NP = (
    r"(?:(?:(?:the|your|this|our|its|their|each|any|every) (?:[\w\-]+ ){0,2}?)?"
    + _PART
    # (a possessive names a part of the product, unless the part is the estate that runs it:
    # "the tax application's servers forward their logs" asks for the vendor's practice)
    + r"(?:'s (?!(?:servers?|databases?|hosts?|infrastructure|backend|networks?|hosting"
    r"|data cent(?:re|er)s?|cloud)\b)[\w\-]+)?"
    r"(?: (?:in|of|within|on) (?:the |your |our |this )?(?:[\w\-]+ )?" + _PART + r")?"
    # whatever is named "in the product" is a part of it ("the export wizard in the product")
    r"|(?:the|your|this|our) (?:[\w\-]+ ){1,2}(?:in|of|within) (?:the |your |our |this )?"
    r"(?:[\w\-]+ )?" + _PART + r")"
)
_NOT_A_VERB = (
    r"(?:be|been|being|not|or|and|as|that|which|who|to|in|of|on|for|with|at|by|from|is|are"
    r"|provider|providers|vendor|vendors|team|teams|owner|owners|administrators?|admins?|users?"
    r"|accounts?|data|logs|logging|environments?|infrastructure|code|architecture|versions?"
    r"|updates?|releases?|components?|configurations?|settings?|access|security|level|levels)"
)
# The buyer's own people doing something in the product ("Can teachers grade ...", "Can a user
# transfer ...") ask what the product lets them do; the vendor's people ("Can employees install
# software ...", "Can one engineer deploy ...") ask what the vendor permits, a practice.
_THEIR_PEOPLE = (
    r"(?:the |our |your |a |an |each |any |all )?(?:end[\s\-])?(?:users?|customers?|clients?"
    r"|tenants?|students?|faculty|teachers?|instructors?|learners?|patients?|parents?|members?"
    r"|we)"
)
# The service's user groups in other sectors (care, charities, transport, retail, public
# services, law, insurance): the buyer's people, not the vendor's. "Can pharmacists print ...?"
# asks what the product lets them do, as "Can teachers grade ...?" does (_THEIR_PEOPLE); looked
# up by token after the opening "can" (a set test, where a longer alternation would be tried
# on every question opening on "can").
_USER_GROUPS = gate_words(
    "clinician physician doctor nurse caregiver carer therapist pharmacist volunteer donor "
    "driver courier guest visitor attendee candidate applicant policyholder claimant "
    "resident citizen traveller traveler passenger shopper merchant subscriber researcher "
    "librarian patron attorney lawyer paralegal recruiter"
)
# A part of the product asked for ("Is there an API for bulk user provisioning?", "Is there a
# mobile app for field staff?"): what the product offers, a feature like any other, read for
# the functions of protection it may be (a process, plan or policy "there is" stays a
# practice, and "a way to" may be either).
_THERE_OPENS = frozenset(("is", "are"))
_THERE = ("is there ", "are there ")
_THERE_IS_PART = re.compile(
    r"(?:is|are) there (?:a |an |any )?(?:[\w\-]+ ){0,2}?(?:apis?|options?|settings?|features?"
    r"|toggles?|buttons?|apps?|applications?|modules?|integrations?|connectors?|plug[\s\-]?ins?"
    r"|extensions?|dashboards?|templates?|widgets?|sandbox(?:es)?) (?:for|to|that|which"
    r"|where|with)\b"
)
_CAN = frozenset(("can", "could", "may"))
# One of the buyer's people making a backup or copy for themselves ("Can the broker download a
# backup copy of the wording?", "Can a surveyor back up the map to a USB stick?"): what the
# product lets them take away, not the vendor's backups, unless the vendor's people or estate
# are who or what is copied. Matched at the start of a text opening on one of _CAN.
_OWN_COPY = re.compile(
    r"(?:can|could|may) (?!(?:your|the vendor's) )(?:the |a |an |each |our |any )?(?:[\w\-]+ ){0,2}?"
    r"(?!(?:admin|administrator|engineer|employee|staff|developer|support|operator)s?\b)[\w\-]+"
    r" (?:(?:download|export|save|keep|take|print|make) (?:a |an |the |their own )?(?:(?:backup"
    r"|back[\s\-]up|local|offline|pdf|paper|personal)[\s\-])?(?:cop(?:y|ies)|backups?"
    r"|back[\s\-]ups?)"
    r"|back (?:up|it up|them up) (?:[\w\-']+ ){0,4}?(?:to|onto|on) (?:a |an |their |his |her |the )?"
    r"(?:[\w\-]+ )?(?:usb|memory|thumb|flash|external|sd|laptop|phone|tablet|computer|desktop"
    r"|drive|stick|card|pc)s?)\b(?![^?]*\b(?:databases?|production|servers?|systems?)\b)"
)
# A statement opening on its subject and "can" ("Registered volunteers can ..."): the subject's
# head noun (the last of up to four words), for _user_group_acts to read as "can <noun> ...".
_STATED_CAN = re.compile(r"(?:[a-z'\-]+ ){0,3}?([a-z\-]*[a-z]) can(?= )")
_WH = frozenset(("which", "what"))
_CAN_WHO = re.compile(
    r"(?:can|could|may) (?:(?:the|our|your|a|an|each|any|all) )?([a-z]+) (?!be\b)[a-z]+"
)


# Any other group of people named in the plural ("Can hosts lock a meeting ...?", "Can lab
# managers design their own templates?") acts in the product too, unless it is the vendor's
# workforce or another organisation (what the vendor permits them is a practice), the vendor's
# ("your engineers"), or the act reaches data, systems or credentials (who may reach those is
# access control, whoever it is).
_CAN_PEOPLE = re.compile(
    r"(?:can|could|may) (?:(the|our|your|a|an|each|any|all|their) )?(?:([a-z]+)[\s\-])?"
    r"([a-z]+s|staff|personnel|people) (?!be\b|been\b|not\b|also\b|only\b|still\b)[a-z]+\b"
    # (what the people do to their own things is theirs to do: "Can seafarers record their
    # hours of rest ..., with the logs synchronised")
    r"(?: their\b|"
    r"(?![^?]*\b(?:data|information|records?|systems?|production|servers?|databases?|networks?"
    r"|customers?'?|clients?'?|personal|pii|phi|cards?|credentials?|passwords?|keys?|secrets?"
    r"|logs?|access\w*|admin\w*|privileg\w*|permission\w*|codes?|software|devices?|laptops?)))"
)
_NOT_THEIR_PEOPLE = gate_words(
    "employee employees staff personnel engineer engineers developer developers contractor "
    "contractors subcontractor subcontractors consultant consultants administrator "
    "administrators admin admins technician technicians operator operators analyst analysts "
    "support vendor vendors supplier suppliers subprocessor subprocessors third parties party "
    "partner partners auditor auditors regulator regulators outsider outsiders attacker "
    "attackers hacker hackers intruder intruders insider insiders other others anyone someone "
    "session sessions token tokens file files log logs backup backups change changes update "
    "updates patch patches account accounts process processes job jobs request requests "
    "alert alerts report reports"
)


_ROLES = gate_words("administrator admin manager supervisor coordinator owner lead")
_ESTATE_QUALIFIERS = gate_words(
    "system systems database network it security privileged domain cloud server platform "
    "infrastructure global super root local site production application vendor internal "
    "external"
)


# The people of a workforce, whoever employs them: the buyer's when the question says "our"
# ("Can our staff ...?") or names the buyer's own workplace ("Can ward staff ...?"), the
# vendor's when it says "your" or names a function of the vendor's estate ("support staff",
# "IT staff").
_WORKFORCE = gate_words(
    "staff personnel people employee worker colleague team manager supervisor agent clerk "
    "officer coordinator operator technician nurse administrator admin user member"
)
# Organisations in a relation to the buyer ("partner pantries", "member schools"), acting in
# the product as its users do; a relation word before one of the vendor's workforce ("partner
# engineers") stays the vendor's.
_RELATED_ORGS = frozenset(("partner", "member", "affiliate", "affiliated", "associate"))
# The buyer's own people ("Can our staff set ...?", "Could our front-desk team issue ...?"):
# what they may do in the product is a feature, whatever it touches (the judge still reads
# functions of access and protection), unless the act reaches the vendor's own ("your").
_CAN_OUR_PEOPLE = re.compile(
    r"(?:can|could|may) our (?:[a-z\-]+ ){0,2}?([a-z]+) (?!be\b|been\b|not\b)[a-z]+\b"
    r"(?![^?]*\byour\b)"
)


def _user_group_acts(text: str) -> str:
    """'can <user group> <verb>' opening a folded text (a passive 'can X be' excluded): the
    words, or ''."""
    m = _CAN_WHO.match(text)
    if m and stem_word(m.group(1)) in _USER_GROUPS:
        return m.group()
    if text.startswith("our ", text.find(" ") + 1):
        m = _CAN_OUR_PEOPLE.match(text)
        if m and (stem := stem_word(m.group(1))) and (stem in _WORKFORCE or stem in _USER_GROUPS):
            return m.group()
    m = _CAN_PEOPLE.match(text)
    if not m or m.group(1) == "your":
        return ""
    role, qualifier = stem_word(m.group(3)), m.group(2)
    if qualifier is None or stem_word(qualifier) not in _NOT_THEIR_PEOPLE:
        if role not in _NOT_THEIR_PEOPLE:
            return m.group()
        # an administrator or manager of the buyer's own work in the product ("case
        # administrators", "fleet managers") is one of its users; one of the vendor's estate
        # ("system administrators", "database admins") is not; nor is staff named by a
        # function of the vendor's ("support staff", "IT staff")
        if (
            (role in _ROLES or role in _WORKFORCE)
            and qualifier
            and stem_word(qualifier) not in _ESTATE_QUALIFIERS
        ):
            return m.group()
    elif qualifier in _RELATED_ORGS and role not in _NOT_THEIR_PEOPLE:
        return m.group()
    return ""


# A product asked only which kinds of data it handles: verbs of handling, a kind of data, and
# the end of the question.
_HANDLES_OPENS = frozenset(("can", "could", "does", "do", "will", "may"))
_HANDLES_DATA = re.compile(
    r"(?:can|could|does|do|will|may) (?:the |this |your |each )?(?:[\w\-]+ ){0,3}?"
    r"(?:device|product|system|app|application|software|solution|instrument|equipment|module)s?"
    r"(?: (?:display|transmit|store|receive|create|maintain|modify|collect|export|import)(?:,"
    r"| or| and|, or|, and)?)+"
    r" (?:any )?(?:(?:electronic|personal|personally|identifiable|protected|patient|health"
    r"|cardholder|card|sensitive|private|customer|financial)[\s\-]+)*(?:health information|phi"
    r"|ephi|pii|data|information)(?: \([^)]*\))?\s*\??$"
)
# (how such a question ends: a cheap test before the pattern)
_DATA_ENDS = ("data?", "information?", "phi?", "pii?", ")?", "data", "information", "phi", "pii")
_FEATURE_LEAD = re.compile(
    r"(?:can|could|do|does|will) you (?:support|allow|offer|let|permit|enable|provide)\b"
    # what the product asks of its users or the buyer ("does your app require access to ...")
    r"|(?:do|does|will) (?:operating |using |running |installing )?" + _PRODUCT + r" require\b"
    r"|(?:can|could|may|will|does|do|is|are) "
    + _PRODUCT
    + r"(?:'s \w+| \w+)? "
    + _CAPABILITY
    # ... named by what it is for ("Does the review platform support ...")
    + r"|(?:can|could|may|will|does|do) (?:the|your|this) [\w\-]+ "
    + _PRODUCT
    + r" "
    + _CAPABILITY
    + r"|(?:can|could|may|will|does|do) "
    + _PEOPLE
    + r" "
    + _CAPABILITY
    + r"|(?:can|could|may|will|does|do) "
    + _PRODUCT_NP
    + r" (?!"
    + _NOT_A_VERB
    + r"\b)[a-z]+\b"
    + r"|(?:can|could|may) "
    + _THEIR_PEOPLE
    + r" (?!be\b)[a-z]+\b"
    # what any part of the product lets the buyer's people do ("Does the tee sheet let members
    # book ...?", "Will the booking grid allow guests to ..."), however the part is named
    + r"|(?:can|could|does|do|will) (?:the|this|each|its|our|your) (?:[\w\-]+ ){0,3}?"
    r"(?:let|lets|allow|allows|enable|enables|permit|permits) "
    + _THEIR_PEOPLE
    + r" (?:to )?(?!be\b)[a-z]+\b"
)
# (what a described capability must not be about to be a feature)
_PROTECTION_WORDS = re.compile(
    r"\b(?:secur\w*|protect\w*|encrypt\w*|access\w*|authent\w*|privacy|personal|audit\w*"
    r"|logs?|logging|backups?|recover\w*|monitor\w*|incident\w*|vulnerab\w*|complete\w*|accura\w*"
    r"|integrity|availab\w*|confidential\w*|retention|delet\w*|consent\w*)"
)
# The product's capabilities or experience described ("Describe the reporting and analytics
# capabilities of the product", "Describe how the mobile app notifies users ..."), unless of
# protection, processing checked or data kept (those are practices). Matched at the start of
# a text opening on one of _DESCRIBE_OPENS.
_DESCRIBED_FEATURE = re.compile(
    r"(?:please )?(?:describe|explain|outline) (?:the |your )?"
    r"(?:[\w\-]+ ){0,3}?(?:capabilit(?:y|ies)|features?|functionalit(?:y|ies)|experience"
    r"|(?:hardware|software|system|browser) requirements)\b"
    r"|(?:please )?(?:describe|explain) how (?:the |your )?"
    r"(?:mobile |web )?(?:app|application|product|platform|portal|tool)s? (?!(?:ensures?|handles?"
    r"|stores?|processes|validates?|checks?|verif\w*|reconcil\w*|keeps?|retains?|deletes?|protects?"
    r"|secures?)\b)\w+s\b"
)
_DESCRIBE_OPENS = frozenset(("please", "describe", "explain", "outline"))
_FEATURE = Gated(
    "",
    r"\b(?:when|after|before|once|if|whenever) (?:the |a )?(?:end )?users? (?:log|logs|signs?"
    r"|is logged) (?:out|off|in|on)\b"
    # a message the buyer's people get when something of their business happens ("Do growers
    # get a text when their load is graded?"), unless what happens is of protection (a login,
    # a new device, a failure, a breach)
    r"|\b(?:get|gets|receive|receives) (?:an? )?(?:text|sms|e-?mail|push|notification|message)s?"
    r"(?: (?:message|notification|alert)s?)? (?:when|once|after|as soon as|whenever)\b"
    r"(?![^?]*\b(?:secur\w*|log(?:s|ged)? (?:in|on)|login|sign(?:s|ed)? (?:in|on)|passwords?"
    r"|breach\w*|incident\w*|fail\w*|unauthori[sz]\w*|suspicious|fraud\w*|devices?|access\w*"
    r"|locked|admin\w*|changes? to)\b)"
    # a device that logs things of the world it watches ("Does the yard camera system log the
    # plate of every truck?", "Do the freezer probes log temperatures?"): what the product
    # records for its users, not the logging of events a SOC 2 tests (users, access, actions)
    r"|\b(?:cameras?|sensors?|scanners?|readers?|meters?|trackers?|collars?|tablets?|kiosks?"
    r"|probes?|loggers?|terminals?|gates?|tills?|scales?|monitors?|recorders?|controllers?"
    # (a screen's media player or a thermostat: "Does the player log each screen's brightness?")
    r"|(?:media )?players?|displays?|screens?|thermostats?)"
    r"(?: (?:system|unit|app|device)s?)?"
    r" (?:log|logs|captures?) (?:the |each |every |all |their |its )?(?:[\w\-]+ ){0,2}?"
    r"(?:plates?|vehicles?|trucks?|lorr(?:y|ies)|cars?|temperatures?|readings?|weights?"
    r"|locations?|positions?|speeds?|arrivals?|departures?|visits?|counts?|levels?|mileages?"
    r"|journeys?|routes?|stops?|trips?|cycles?|faults?|floors?|runs?|starts?|loads?)\b"
    # (... or reports, sends or uploads them: "Do the telematics units report engine hours and
    # location every 15 minutes?")
    r"|\b(?:telematics|gps|tracking|trackers?|sensors?|meters?|beacons?|probes?|loggers?|collars?)"
    r"(?: (?:units?|devices?|boxes|box|tags?|modules?))? (?:reports?|sends?|transmits?|uploads?"
    r"|records?) (?:the |each |every |all |their |its )?(?:[\w\-]+ ){0,2}?(?:hours?|locations?"
    r"|positions?|temperatures?|readings?|speeds?|mileages?|levels?|usage|fuel|battery|voltages?"
    r"|pressures?|humidity|weights?|counts?|status|odometers?)\b"
    # accessibility is a product property no SOC report speaks to (people's accessibility
    # needs or notes are data about them)
    r"|\b(?:vpat|wcag|section 508|accessibility(?! (?:notes?|needs?|requirements?|requests?"
    r"|information|details|data)\b)|screen readers?|keyboard)\b"
    # something offered for the buyer to use ("a sandbox we can use to train staff")
    r"|\bwe (?:can|could|may) (?:use|try)\b"
    # what the product does while the buyer changes its own estate ("Will our branches lose the
    # till app while we update the tablets ourselves?", "Does the kiosk keep working when we
    # swap our routers?"): the product's behaviour through the buyer's act, no practice of the
    # vendor's (the vendor's own change, "while you upgrade", is availability: judge.py)
    r"|^(?![^?]*\b(?:secur\w*|protect\w*|encrypt\w*|access(?! points?\b)\w*|password\w*|breach\w*"
    r"|incident\w*|backups?|malware|virus\w*|data|records?|information|files?|content"
    r"|history)\b)[^?]*?"
    r"\b(?:lose|loses|keep|keeps|stay|stays|still|stop|stops|break|breaks|crash|crashes|go|goes"
    r"|drop|drops|freeze|freezes|be (?:affected|interrupted|disrupted))\b[^?]{0,80}?\b(?:while"
    r"|whilst|when|whenever|if|as|during) we (?:[\w\-]+ )?(?:update|upgrade|install|patch|migrate"
    r"|replace|reset|reboot|restart|switch|turn|move|change|redesign|reconfigure|swap|rebuild"
    r"|refresh|wipe)\w*\b"
    # a picture or drawing a part of the product's output carries ("Can each finding in the
    # report carry a drone photo?", "Does every listing show a floor plan?"): its content,
    # unless the question is of protection (who sees it, how it is kept or removed)
    r"|^(?![^?]*\b(?:secur\w*|protect\w*|encrypt\w*|access\w*|authori[sz]\w*|privacy|personal"
    r"|consent\w*|delet\w*|retain\w*|retention|kept|stored?|backups?|incident\w*|breach\w*"
    r"|redact\w*|blur\w*|mask\w*|watermark\w*|others?|third)\b)(?:can|could|does|do|will)"
    r" (?:[\w\-']+ ){1,6}?"
    r"(?:carry|carries|include|includes|show|shows|display|displays|contain|contains|embed|embeds"
    r"|hold|holds) (?:an? |the |their |its |each |our )?(?:[\w\-]+ ){0,3}?(?:images?|photos?"
    r"|pictures?|photographs?|diagrams?|floor ?plans?|maps?|videos?|sketch(?:es)?|drawings?"
    r"|thumbnails?|logos?)\b",
    words="log logs capture captures sign signs logged vpat wcag section accessibility screen "
    "image images photo photos picture pictures photograph photographs diagram diagrams "
    "floorplan floorplans plan plans map maps video videos sketch sketches drawing drawings "
    "thumbnail thumbnails logo logos "
    "telematics gps tracking tracker trackers sensor sensors meter meters beacon beacons probe "
    "probes logger loggers collar collars "
    "keyboard we text sms "
    "email emails mail push notification notifications message messages",
)
# Features a long gate would open _FEATURE for too often, each behind a cheap substring test
# of its own (_more_feature): a reminder the product sends the buyer's own people ahead of a
# date of their business ("Does the renewal alert text the policyholder a month before the
# policy expires?"): a message of the business, not a security alert, unless what is told is
# of protection
_REMINDER = re.compile(
    r"^(?![^?]*\b(?:secur\w*|breach\w*|incident\w*|passwords?|log(?:in|on)s?|suspicious"
    r"|fraud\w*|unauthori[sz]\w*|access\w*|accounts?|keys?|tls|ssl|domains?)\b)[^?]*?\b(?:alerts?"
    r"|reminders?|remind|reminds|notifications?|nudges?)\b[^?]{0,40}?\b(?:e-?mails?|texts?|sms"
    r"|messages?|notif(?:y|ies)|reminds?|sends?|tells?|warns?|goes to|reach(?:es)?|to|of)"
    r" (?:the |each |every |an? |their |our |its )?(?:[\w\-']+ )?(?:owners?|parents?|patients?"
    r"|members?|customers?|clients?|tenants?|guests?|students?|drivers?|residents?|donors?"
    r"|families|guardians?|players?|riders?|subscribers?|campers?|volunteers?|policyholders?"
    r"|borrowers?|renters?|athletes?|pupils?|learners?|buyers?|shoppers?|diners?|visitors?)\b"
    r"[^?]{0,60}?\b(?:before|ahead of|prior to|in advance of"
    # (... or after a visit of theirs: "texts the client two days after their appointment")
    r"|after (?:their|the|his|her|each|every|an?|its|your|our) (?:[\w\-]+ )?(?:sessions?"
    r"|appointments?|visits?|classes?|treatments?|stays?|procedures?|lessons?|jobs?|deliver(?:y"
    r"|ies)|purchases?|orders?|events?|bookings?|check[\s\-]?outs?)(?! (?:times? out|timed out"
    r"|expires?|expired|ends? (?:due|because)|locks?))"
    r")\b"
)
# ... or a reminder or confirmation of the business's own items (an appointment, a booking, a
# renewal, a payment due) sent by a channel ("Does the scheduler send appointment reminders by
# text?", "booking confirmations by e-mail"): the business's message, whatever sends it, unless
# what is told is of protection (a login, a password reset, an account change)
_ITEM_REMINDER = re.compile(
    r"^(?![^?]*\b(?:secur\w*|breach\w*|incident\w*|passwords?|log(?:in|on)s?|suspicious"
    r"|fraud\w*|unauthori[sz]\w*|access\w*|accounts?|keys?|tls|ssl|domains?|sign[\s\-]?ins?"
    r"|mfa|codes?|otps?)\b)[^?]*?\b(?:appointments?|bookings?|reservations?|renewals?|class(?:es)?"
    r"|sessions?|visits?|deliver(?:y|ies)|pick[\s\-]?ups?|orders?|events?|lessons?|payments? due"
    r"|due dates?|shifts?) (?:reminders?|confirmations?|notices?|notifications?)"
    r" (?:by|via|over|through|as) (?:an? )?(?:texts?|sms|e-?mails?|push|whatsapp|phone|voice"
    r"|calls?|messages?)\b"
)
# ... or a page, form or screen of the product taking a payment from its users ("Can the
# booking page take a deposit from new clients?", "Can the checkout form accept tips?"): a
# payment feature, not the acceptance of an authenticator
_TAKES_PAYMENT = re.compile(
    r"^(?:can|does|do|will|is|are)\b[^?]{0,40}?\b(?:pages?|forms?|screens?|checkouts?|links?"
    r"|widgets?|terminals?|kiosks?|tills?|readers?) (?:be used to |able to )?(?:take|takes|accept"
    r"|accepts|collect|collects|charge|charges|capture|captures) (?:an? |the |their )?(?:[\w\-]+ )?"
    r"(?:deposits?|payments?|tips?|gratuit(?:y|ies)|pre-?payments?|down ?payments?|fees?|balances?)"
    r"(?! (?:data|details|information))\b"
)
# ... or a report of the product offered broken down by a dimension of the business ("Is the
# salt usage report available by depot and by week?", "Can the sales summary be split by
# region?"): what the report shows, not a usage condition or availability, unless the report is
# of protection (access, audit, vulnerabilities, incidents)
_REPORT_BY = re.compile(
    r"^(?![^?]*\b(?:access\w*|audit\w*|secur\w*|vulnerab\w*|incidents?|logs?|logins?|permissions?"
    r"|privileg\w*|users?|accounts?|exceptions?|alerts?)\b)(?:is|are|can) (?:the |a |an |your |each )?"
    r"(?:[\w\-]+ ){0,3}?(?:reports?|dashboards?|summar(?:y|ies)|charts?|totals?|figures?)"
    r" (?:be )?(?:available|broken down|shown|split|filtered|grouped|viewed|run|sorted)"
    r" (?:by|per|for each) (?:[\w\-]+)"
)
# time blocked out in a calendar ("Can a stylist block out an afternoon for training?", "Can
# instructors block off holidays in their diary?"): a feature of scheduling, not blocking of
# traffic or access
_TIME_BLOCKED = re.compile(
    r"\bblock(?:s|ed|ing)? (?:out|off) (?!(?:[\w\-]+ ){0,3}?(?:traffic|ips?|addresses|access|accounts?"
    r"|users?|logins?|sign[\s\-]?ins?|attackers?|ports?|countries|requests?|devices?)\b)"
    r"(?:[\w\-]+[\s\-]){0,3}?(?:days?|hours?|time|times|slots?|dates?|weeks?|mornings?"
    r"|afternoons?|evenings?|nights?|weekends?|holidays?|periods?|shifts?|calendars?|diar(?:y|ies)"
    r"|vacations?|leave)\b"
)
# the goods of the business kept track of by what tells one lot from another ("Is the green
# coffee inventory tracked by lot and origin?", "Is frozen stock counted per bin and expiry
# date?"), or each item tagged and followed through the work done on it ("Is every gown tagged
# with an RFID chip and tracked through washing and repair?"): stock control, a feature, not
# an inventory of information assets (CC2.1), unless the things are the estate's (devices,
# media, servers) or the question is of their protection or disposal
_GOODS_TRACKED = re.compile(
    r"^(?![^?]*\b(?:laptops?|devices?|servers?|media|drives?|disks?|hardware|assets?|tapes?"
    r"|computers?|phones?|tablets?|workstations?|endpoints?|keys?|certificates?|software"
    r"|licen[cs]es?|secur\w*|encrypt\w*|dispos\w*|destr\w*|wip\w*|sanitiz\w*|data)\b)"
    r"(?:[^?]*?\b(?:inventory|inventories|stock|goods)\b[^?.]{0,40}?\b(?:tracked|counted|managed"
    r"|recorded|kept|logged|sorted|organi[sz]ed|held|stored|rotated) (?:by|per|to each)"
    r" (?:[\w\-]+ )?(?:lots?|batch(?:es)?|skus?|bins?|origins?|growers?|vintages?|expiry"
    r"|expiration|sizes?|styles?|colou?rs?|shel(?:f|ves)|aisles?|pallets?|suppliers?|farms?"
    r"|best[\s\-]before|use[\s\-]by)\b"
    r"|[^?]*?\b(?:every|each|all) (?:[\w\-]+ ){0,2}?[\w\-]+ (?:is |are )?(?:tagged|labell?ed|marked"
    r"|stickered) with (?:an? |its own |a unique )?(?:[\w\-]+ )?(?:barcodes?|bar codes?|rfid"
    r"|qr codes?|tags?|chips?|labels?)\b[^?.]{0,30}?\band (?:is |are )?(?:tracked|followed|traced"
    r"|scanned) (?:through|from|across|between|during|at each)\b)"
)
# a document or item the business prints, said by the stock it is printed on ("Is the
# certificate of compliance printed on security paper with a serial number?", "Are tickets
# printed on thermal card stock?"): a fact about what the business puts out, not a protection
# of information (a cheque's stock guards the money it pays, and is not matched)
_PRINTED_ON = re.compile(
    r"\b(?:certificates?|tickets?|labels?|receipts?|cards?|badges?|stickers?|forms?|permits?"
    r"|passes|tags?|wristbands?|vouchers?|coupons?|decals?|placards?|menus?|programmes?|programs?)"
    r"(?: of [\w\-]+)? (?:is |are )?printed on (?:[\w\-]+ ){0,2}?(?:paper|card ?stock|stock|vinyl"
    r"|plastic|cards?)\b"
)
# a value chosen from a list the product offers ("Can a nurse pick the wound type from a
# drop-down list?", "... from a pick list"): a feature of a form, unless what is chosen is
# of access (roles, permissions)
_PICK_LIST = re.compile(
    r"^(?![^?]*\b(?:roles?|permissions?|access|privileges?|passwords?|secur\w*)\b)[^?]*?\b(?:from"
    r"|using|via|with|in|on) (?:an?|the|our|its|your) (?:[\w\-]+ )?(?:pick[\s\-]?lists?"
    r"|drop[\s\-]?downs?(?: lists?| menus?| fields?| boxes?)?|lists? of values|look[\s\-]?up lists?"
    r"|select(?:ion)? lists?)\b"
)
# a report of the business's own figures the product sends its people ("Is a monthly
# attendance summary e-mailed to each club secretary?"): what it delivers, unless the question
# is of its accuracy or its protection
_FIGURES_SENT = re.compile(
    r"^(?![^?]*\b(?:secur\w*|encrypt\w*|accura\w*|complete\w*|reconcil\w*|correct\w*|tie"
    r"|agree\w*|protect\w*|incident\w*|breach\w*|access\w*)\b)[^?]*?\b(?:sales|usage"
    r"|attendance|occupancy|earnings|footfall|bookings?|production|harvest|yield|mileage"
    r"|visitor|enrol?ment|membership|inventory|stock) (?:reports?|summar(?:y|ies)|digests?"
    r"|figures|totals)\b[^?]{0,30}?\b(?:e-?mailed|sent|mailed|delivered|pushed|texted|posted)\b"
)
# a chart of which things go with which ("Does the master key chart show which keys open which
# doors?", "Can the planner list which tools fit which machines?"): what the product displays,
# unless it is who may reach what (roles, users, permissions)
_WHICH_WITH_WHICH = re.compile(
    r"\b(?:show|shows|list|lists|display|displays|map|maps|chart|charts|tell|tells)"
    r"(?![^?]*\b(?:secur\w*|access\w*|permission\w*|roles?|users?|admin\w*|privileg\w*"
    r"|encrypt\w*|accounts?|staff|employees?)\b) (?:us |you )?which (?:[\w\-']+ ){1,3}?(?:open"
    r"|opens|fit|fits|go|goes|belong|belongs|work|works|match|matches|suit|suits|pair|pairs"
    r"|unlock|unlocks|serve|serves|feed|feeds)(?: with| to| in| on| into)? which\b"
)


# an alert the product sends the buyer's own people when a reading of their things passes a
# level ("Does the tank monitor send an alert to the customer when the tank drops below 25%?",
# "Does the probe text the grower when soil moisture falls under 20%?"), or when a part of
# their device comes off ("alerts the patient if the sensor comes off"): a message of the
# business, not security or capacity monitoring, unless what is told is of protection or of the
# vendor's estate
_LEVEL_ALERT = re.compile(
    r"^(?![^?]*\b(?:secur\w*|breach\w*|incident\w*|passwords?|log(?:in|on)s?|sign[\s\-]?ins?"
    r"|attempts?|suspicious|fraud\w*|unauthori[sz]\w*|access\w*|accounts?|intrusions?|malware"
    r"|virus\w*|attacks?|threats?|cpu|disks?|storage|capacity|quotas?|memory|bandwidth|latency"
    r"|errors?|failures?|uptime|outages?|servers?|systems?|transactions?|spend\w*)\b)[^?]*?\b"
    r"(?:alerts?|texts?|e-?mails?|notif(?:y|ies|ications?)|warns?|messages?|pages?|sms)\b"
    r"[^?]{0,40}?\b(?:when|if|once|whenever|as soon as)\b(?:[^?]{0,50}?\b(?:drops?|falls?|goes"
    r"|rises?|passes|exceeds?|reach(?:es)?|dips?|climbs?|gets?|runs?)\b(?: (?:below|under|above"
    r"|over|past|beyond|low|to))? [^?]{0,25}?(?:\d|quarter|half|empty|full|thresholds?|levels?"
    r"|minimum|maximum)"
    # (... or leaves the range it should stay in: "texts the keeper when the pH drifts out of
    # range", "alerts the driver if the load temperature goes outside its set band")
    r"|[^?]{0,50}?\b(?:drops?|falls?|goes|went|rises?|drifts?|moves?|strays?|gets?|runs?|is|are"
    r"|reads?|leaves?) (?:out of|outside(?: of)?|beyond) (?:the |its |their |a |an )?(?:[\w\-]+ )"
    r"{0,2}?(?:range|band|limits?|bounds|window|tolerances?|spec)\b"
    # (... or when a part worn or fitted comes off: "alerts the patient if the oxygen sensor
    # comes off during the night", "texts the owner when the collar tag falls off")
    r"|[^?]{0,40}?\b(?:sensors?|probes?|leads?|straps?|masks?|cuffs?|electrodes?|tags?|cables?"
    r"|clips?|bands?|collars?|tubes?|tubing|caps?|lids?|covers?|plugs?) (?:comes?|came|falls?|fell"
    r"|slips?|slipped|gets?|got|is|are|becomes?|works?) (?:off|loose|out|unplugged|disconnected"
    r"|detached|removed|dislodged)\b)"
)


# a customer's item followed by its own record in the business's app ("Is each boat's hull
# number and service history kept in the booking system?", "Is every bike's frame number and
# repair history recorded in your workshop app?"): the record of the work the business does on
# the things it looks after, a feature, not an inventory of information assets (CC2.1), unless
# the things are the estate's (devices, media, servers) or the question is of protection
_ITEM_HISTORY = re.compile(
    r"^(?![^?]*\b(?:laptops?|devices?|servers?|media|drives?|disks?|hardware|assets?|tapes?"
    r"|computers?|phones?|tablets?|workstations?|endpoints?|keys?|certificates?|software"
    r"|licen[cs]es?|secur\w*|encrypt\w*|dispos\w*|destr\w*|wip\w*|sanitiz\w*|data|access\w*"
    r"|users?|accounts?|vulnerab\w*|patch\w*|inventor(?:y|ies)|register|cmdb)\b)"
    r"[^?]*?\b(?:each|every) (?:[\w\-]+ )?[\w\-]+'s? (?:[\w\-]+ ){0,2}?(?:serial|hull|frame|chassis"
    r"|vin|model|part|lot|registration|service|repair|maintenance|tuning|inspection|care) (?:numbers?"
    r"|records?|histor(?:y|ies)|logs?|details)\b[^?.]{0,40}?\b(?:tracked|recorded|kept|logged"
    r"|stored|held|followed) (?:in|on|by|through) (?:the |your |its |our )?(?:[\w\-]+ ){0,2}?"
    r"(?:apps?|systems?|software|platforms?|portals?|databases?|tools?)\b"
)
# an item of the business checked or scanned to confirm where or to whom it goes ("Is each
# parcel scanned at loading to confirm the van it belongs on?", "Is every garment checked to
# verify the customer it is for?"): the handling of goods, a feature, unless what is checked is
# a person's right to enter or a piece of the estate
_ITEM_DESTINATION = re.compile(
    r"^(?![^?]*\b(?:visitors?|badges?|staff|employees?|people|persons?|users?|access\w*|entr(?:y"
    r"|ies)|allowed|authori[sz]\w*|permitted|devices?|laptops?|servers?|media|data|secur\w*)\b)"
    r"[^?]*?\b(?:scanned|checked|matched|read|labell?ed|weighed)\b[^?.]{0,40}?\bto (?:verify"
    r"|confirm|check|make sure of|ensure) (?:the|which) (?:[\w\-]+ ){0,2}?(?:it|they|each one)"
    r" (?:belongs?|goes|go|is (?:going|bound|meant|destined|headed)|are (?:going|bound|meant|destined"
    r"|headed)|is for|are for)\b"
)
# records of the work kept where the business's own customers see them ("Are inspection reports
# and photos posted in the client portal for each job?", "Are lesson notes kept in the parent
# app for the whole term?"): what the product shows its users, a feature, unless what is asked
# is of their protection, access, retention or the events of the system
_IN_CUSTOMER_PORTAL = re.compile(
    r"^(?![^?]*\b(?:encrypt\w*|secur\w*|protect\w*|access\w*|audit\w*|backups?|backed|delet\w*"
    r"|eras\w*|purg\w*|retention|retained|logins?|log[\s\-]?ins?|sign[\s\-]?ins?|passwords?"
    r"|events?|errors?|admin\w*|privileg\w*|permissions?|monitor\w*|alerts?|personal|private"
    r"|confidential\w*)\b)(?:is|are) [^?]*?\b(?:stored|kept|available|posted|published|shown|held"
    r"|uploaded|displayed|viewable|visible) (?:in|on|to|into|through|via) (?:the|their|your|each"
    r"|our)"
    r" (?:[\w\-]+ )?(?:customer|client|member|patient|owner|parent|guest|tenant|homeowner"
    r"|resident|famil(?:y|ies))s?'? (?:portal|app|area|dashboard|page)s?\b"
)
# what the buyer's users put up checked, approved or held back by someone before it is shown
# ("Can the organiser approve or hide comments before they appear on the event page?", "Are
# nicknames screened against a list of banned words before they show on the leaderboard?"):
# moderation of what the product displays, a feature, unless what is shown is a change to the
# software or people's own data shown with their consent
_SHOWN_AFTER_CHECK = re.compile(
    r"^(?![^?]*\b(?:changes?|code(?! ?names?)|releases?|updates?|patch(?:es)?|versions?|deploy\w*"
    r"|builds?|consent\w*|permission|agree\w*|opt\w*|personal|secur\w*|vulnerab\w*|malware|virus\w*"
    r"|access\w*|privileg\w*|accounts?)\b)[^?]*?\b(?:checked|screened|filtered|approved?|approves"
    r"|removed?|removes|reviewed|moderated?|moderates|vetted|hidden|hide|hides|reject(?:ed|s)?"
    r"|blocked|held back)\b[^?.]{0,60}?\bbefore (?:they|it|each(?: one)?|the [\w\-]+|any [\w\-]+)"
    r" (?:appears?|shows? up|shows?|goes? up|(?:is|are|gets?) (?:shown|displayed|posted|visible"
    r"|published)) (?:on|in|to|at) (?:the |a |each |their |your |our |its )?(?:[\w\-]+ ){0,2}?"
    r"(?:scoreboards?|galler(?:y|ies)|screens?|feeds?|leaderboards?|walls?|pages?|boards?"
    r"|displays?|albums?|slideshows?|timelines?|profiles?|guests?|players?|visitors?|public"
    r"|audience|stream)\b"
)


# what a report, statement or label of the product lists for each item ("Does the settlement
# report list each device's serial number, make and model?", "Does the packing slip show every
# item's weight and lot?"): the fields of its output, unless the report is of protection or of
# people's access (an access review report listing each user's rights is CC6.3)
_REPORT_FIELDS = re.compile(
    r"^(?:does|do|can|will|would|could) (?:the|your|its|each|every|our|a|an) (?![^?]*\b(?:secur\w*"
    r"|access\w*|audit\w*|permission\w*|roles?|privileg\w*|users?|logins?|log[\s\-]?ins?|admin\w*"
    r"|encrypt\w*|incident\w*|vulnerab\w*|exceptions?|findings?|risks?|controls?|inventor(?:y|ies)"
    r"|assets? (?:register|list)|cmdb|changes?)\b)(?:[\w\-]+ ){0,2}?(?:reports?|statements?|slips?"
    r"|labels?|tags?|tickets?|receipts?|invoices?|certificates?|summar(?:y|ies)|manifests?"
    r"|exports?)"
    r" (?:list|lists|show|shows|include|includes|itemi[sz]e|itemi[sz]es|give|gives|display"
    r"|displays|print|prints|carry|carries) (?:the |each |every |all )(?:[\w\-]+'s? )?"
    r"(?:[\w\-]+ ){0,2}?[\w\-]+,"
)


_GOODS_WORDS = frozenset(
    ("inventory", "stock", "good", "tagged", "labelled", "labeled", "marked", "stickered")
)


def _goods_tracked(text: str) -> re.Match[str] | None:
    """_GOODS_TRACKED behind its substring tests (called where a token of it occurs)."""
    if (
        ("inventor" in text or "stock" in text or "goods" in text)
        and ("track" in text or "count" in text or "sort" in text or "rotat" in text)
        and (" by " in text or " per " in text or " to each " in text)
    ) or (" with " in text and " and " in text):
        return _GOODS_TRACKED.search(text)
    return None


_SHOWN = gate_words("appear appears show shows shown displayed posted go goes visible published")
_ITEM_RECORD = gate_words("history histories record records number numbers log logs details")
_TO_CONFIRM = gate_words("verify confirm check ensure sure")
_GOES_TO = gate_words("belong belongs goes go going bound meant destined headed")
_CUSTOMER_PLACES = gate_words("portal portals app apps area areas dashboard dashboards page pages")
_SHOWN_OR_FOLLOWED = frozenset(("before", "each", "every")) | _TO_CONFIRM | _CUSTOMER_PLACES


def _shown_or_followed(text: str, tokens: Collection[str]) -> re.Match[str] | None:
    """_SHOWN_AFTER_CHECK, _ITEM_HISTORY, _ITEM_DESTINATION and _IN_CUSTOMER_PORTAL behind
    token-set tests (called where a token of _SHOWN_OR_FOLLOWED occurs)."""
    if "before" in tokens and not _SHOWN.isdisjoint(tokens):
        m = _SHOWN_AFTER_CHECK.search(text)
        if m:
            return m
    if (
        ("each" in tokens or "every" in tokens)
        and "'s" in text
        and not _ITEM_RECORD.isdisjoint(tokens)
    ):
        m = _ITEM_HISTORY.search(text)
        if m:
            return m
    if not _TO_CONFIRM.isdisjoint(tokens) and (not _GOES_TO.isdisjoint(tokens) or " for?" in text):
        m = _ITEM_DESTINATION.search(text)
        if m:
            return m
    if text.startswith(("is ", "are ")) and not _CUSTOMER_PLACES.isdisjoint(tokens):
        return _IN_CUSTOMER_PORTAL.search(text)
    return None


def _more_feature(text: str) -> re.Match[str] | None:
    """One of the features behind their own substring tests (_REMINDER, _FIGURES_SENT,
    _WHICH_WITH_WHICH, _REPORT_FIELDS), or None (plain `or` chains: cheaper than any() over a tuple)."""
    if (
        ("alert" in text or "remind" in text or "notif" in text or "nudge" in text)
        and (
            " before " in text
            or " ahead of " in text
            or " prior to " in text
            or " advance" in text
            or " after " in text
        )
        and (m := _REMINDER.search(text))
    ):
        return m
    if (
        ("remind" in text or "confirmation" in text or "notice" in text or "notification" in text)
        and (
            " by " in text
            or " via " in text
            or " over " in text
            or " through " in text
            or " as " in text
        )
        and (m := _ITEM_REMINDER.search(text))
    ):
        return m
    if (
        (
            "deposit" in text
            or "payment" in text
            or " tip" in text
            or "gratuit" in text
            or " fee" in text
        )
        and (
            " take" in text
            or "accept" in text
            or "collect" in text
            or "charge" in text
            or "capture" in text
        )
        and (m := _TAKES_PAYMENT.search(text))
    ):
        return m
    if (
        (" by " in text or " per " in text or " for each " in text)
        and (
            "report" in text
            or "summar" in text
            or "dashboard" in text
            or "chart" in text
            or "total" in text
            or "figure" in text
        )
        and (m := _REPORT_BY.search(text))
    ):
        return m
    if (
        "block" in text
        and (" out " in text or " off " in text)
        and (m := _TIME_BLOCKED.search(text))
    ):
        return m
    if ("pick" in text or "drop" in text or "list" in text) and (m := _PICK_LIST.search(text)):
        return m
    if (
        ("report" in text or "summar" in text or "figures" in text or "totals" in text)
        and (
            "mailed" in text
            or " sent" in text
            or "deliver" in text
            or "pushed" in text
            or "texted" in text
            or "posted" in text
        )
        and (m := _FIGURES_SENT.search(text))
    ):
        return m
    if (
        (" when " in text or " if " in text or " once " in text or "soon as" in text)
        and (
            " below" in text
            or " under" in text
            or " above" in text
            or " exceed" in text
            or " over " in text
            or " past " in text
            or " reaches" in text
            or " off" in text
            or " loose" in text
            or " out of " in text
            or " outside" in text
            or " beyond" in text
            or "connected" in text
            or "unplugged" in text
            or "dislodged" in text
            or "detached" in text
        )
        and (m := _LEVEL_ALERT.search(text))
    ):
        return m
    if " be " in text and ("can " in text or "could " in text):
        # (an option of a thing ordered, the product's work kept on a card: both ask "can ...
        # be ...")
        if " with " in text and (m := _MADE_WITH_OPTION.search(text)):
            return m
        if ("card" in text or "stick" in text or "drive" in text) and (
            m := _SAVED_TO_CARD.search(text)
        ):
            return m
    if ("code" in text or "link" in text or "url" in text or "web address" in text) and (
        m := _CODE_TO_PAGE.search(text)
    ):
        return m
    if "which " in text and text.count("which ") > 1:
        return _WHICH_WITH_WHICH.search(text)
    if "," in text and (
        " list" in text or " show" in text or " include" in text or " print" in text
    ):
        return _REPORT_FIELDS.search(text)
    return None


# Things of the estate and its places: what is asked of them is the vendor's practice.
_ESTATE_THINGS = (
    r"(?:servers?|laptops?|computers?|devices?|systems?|networks?|accounts?|applications?|apps?"
    r"|platforms?|databases?|data|workstations?|endpoints?|phones?|tablets?|firewalls?|routers?"
    r"|software|environments?|infrastructure|estate|offices?|premises|data ?cent(?:er|re)s?"
    r"|server rooms?|buildings?|sites?|facilit(?:y|ies)|racks?|cabinets?|storage|backups?|media"
    r"|drives?|disks?|records?|files?|information)"
)
# A thing the buyer orders asked to be made, fitted or supplied with an option ("Can the new
# gates be fitted with an access control keypad?", "Can the shed be supplied with a keypad
# lock?"): what the product it buys may come with, a feature, whatever the option is called;
# a thing of the vendor's estate or places so asked ("Can the servers be fitted with encrypted
# drives?") is a practice and is not matched.
_MADE_WITH_OPTION = re.compile(
    r"(?:^|(?<=[.!] ))(?:can|could) (?:the |our |your |each |every |all |any |these |those |a |an )?"
    r"(?!(?:[\w\-']+ ){0,3}?(?:" + _ESTATE_THINGS + r"|services?|products?|portals?|tools?"
    r"|solutions?|modules?|consoles?|websites?|dashboards?|apis?|interfaces?|instances?"
    r"|tenants?|versions?|releases?|builds?|images?|containers?|vms?|hosts?|clusters?)\b)"
    r"(?:[\w\-']+ ){1,4}?(?P<opt>be (?:fitted|supplied|built|made|ordered|finished|retrofitted"
    r"|equipped|delivered|produced|manufactured|specified|upgraded) with)\b"
)


_OPTION_WORDS = re.compile(
    r"(?:be|get) (?:fitted|supplied|built|made|ordered|finished|retrofitted|equipped|delivered"
    r"|produced|manufactured|specified|upgraded) with"
    r"|(?:be|get) (?:saved|stored|copied|exported|kept|backed up|written|transferred) (?:to|onto"
    r"|on) .*"
)


def option_asked(kind: str, kind_words: str) -> bool:
    """Whether a feature form's words (question_form's, the option's own: "be fitted with",
    "be saved to a memory card") are a thing the buyer orders asked to be made with an option
    (_MADE_WITH_OPTION) or the product's own work kept on a card (_SAVED_TO_CARD): an access,
    protection or media word there names the option, not a function or practice of the
    service."""
    return kind == FEATURE and _OPTION_WORDS.fullmatch(kind_words) is not None


# A code or link a thing carries that opens or leads to a page ("Can the livery carry a QR
# code that opens our tracking page?", "a barcode that links to our delivery page", "Does the
# receipt include a link to the order tracking page?"): what the product shows people, a
# feature; a link or code said of protection (phishing, sign-in, a reset, a verification) is
# not matched.
_CODE_TO_PAGE = re.compile(
    r"^(?![^?]*\b(?:phish\w*|malicious|spoof\w*|secur\w*|sign[\s\-]?in|log[\s\-]?in|login"
    r"|passwords?|reset|verif\w*|authent\w*|expir\w*|one[\s\-]time|tokens?|signed|encrypt\w*"
    r"|access)\b)(?:can|could|will|would|does|do|is|are|should) [^?]*?\b(?:carry|carries|show"
    r"|shows|display|displays|include|includes|print|prints|bear|bears|have|has|feature"
    r"|features|come with|comes with|printed with)\b (?:a |an |the |our |your |its )?(?:[\w\-]+ )?"
    r"(?:qr[\s\-]?codes?|bar[\s\-]?codes?|links?|urls?|web addresses?) (?:that|which|to|linking"
    r"|pointing|opening|leading)\b[^?]{0,60}?\b(?:pages?|sites?|websites?|menus?|forms?)\b"
)
# Settings or work of the product asked to be saved to a card or stick ("Can each drummer's
# presets be saved to an SD card?", "Can the loom's patterns be stored on a memory stick?"):
# what the product lets its users keep, a feature; people's or the business's data, records,
# files or backups so saved are removable media, a practice, and are not matched.
_SAVED_TO_CARD = re.compile(
    r"(?:^|(?<=[.!] ))(?:can|could) (?!(?:your|the vendor's) )(?![^?]*\b(?:data|information|records?|files?"
    r"|personal|customers?'?|clients?'?|patients?'?|pii|phi|logs?|backups?|databases?|production"
    r"|servers?|systems?|documents?|e-?mails?|credentials?|passwords?|keys?)\b)(?:[\w\-']+ ){1,5}?"
    r"(?P<opt>(?:be|get) (?:saved|stored|copied|exported|kept|backed up|written|transferred)"
    r" (?:to|onto|on) (?:a |an |the |their |his |her )?(?:[\w\-]+ )?(?:usb|memory|thumb|flash|sd"
    r"|micro ?sd|external) ?(?:cards?|sticks?|drives?|keys?))\b"
)
_OPTION_FORMS = (_MADE_WITH_OPTION, _SAVED_TO_CARD)


# The product fitted into the buyer's own tools or pages: an integration with named products
# ("Does the platform integrate with Slack and Microsoft Teams?"), embedding in the buyer's
# site or app, its branding. A feature, unless what it connects to is a protection or an
# identity service (a SIEM, an identity provider, a directory, logs, tickets of incidents).
_FITTED = Gated(
    "",
    r"^(?![^?]*\b(?:secur\w*|siem|sso|saml|oidc|identity|idps?|directory|ldap|scim|provision\w*"
    r"|logs?|logging|audit\w*|monitor\w*|alert\w*|incident\w*|encrypt\w*|authent\w*|backups?"
    r"|vulnerab\w*|scann\w*|dlp|loss prevention|firewall\w*|malware|antivirus|edr|mdm|kms|hsm"
    r"|vaults?|pam|password\w*|keys?))[^?]*?"
    r"\b(?P<fit>(?:integrates?|connects?|syncs?) with\b[^?]*|be embedded (?:in|into|on|within)\b[^?]*"
    r"|white[\s\-]?label\w*|(?:with|in) (?:our|the customer's|the client's) (?:own )?(?:branding"
    r"|brand|logo|colou?rs)\b)",
    words="integrate integrates connect connects sync syncs embedded white whitelabel "
    "whitelabelled whitelabeled branding brand logo colours colors",
)
# What something is kept or built for: its users acting ("... so users can restore an earlier
# version") make it a function of the product for them.
_FOR_USERS = Gated(
    (" can ", " could ", " may "),
    r"\bso (?:that )?" + _THEIR_PEOPLE + r" (?:can|could|may) (?!be\b)[a-z]+"
    # ... or named by what its users then do with it ("certificates of completion that learners
    # can share"): made for them to use
    r"|\b(?:that|which) " + _THEIR_PEOPLE + r" (?:can|could|may) (?!be\b)[a-z]+",
    words="so that which",
)
# What the estate the vendor runs makes for the buyer's people ("Does the practice system send
# vaccination reminders to pet owners?", "Does the system produce a usage report for account
# owners?"): an output of the product for its users, a feature, unless it warns of trouble or
# guards something (an alert of a failure, a notice of a breach, a reset of a password are
# functions of protection or availability).
_MADE_FOR_USERS = Gated(
    "",
    r"^(?![^?]*\b(?:secur\w*|protect\w*|encrypt\w*|alert\w*|alarm\w*|fail\w*|breach\w*"
    r"|incident\w*|backup\w*|outage\w*|unauthori[sz]\w*|suspicious|fraud\w*|access\w*"
    r"|password\w*|log[\s\-]?ins?|sign[\s\-]?ins?|admin\w*|consent\w*|privacy|personal|delet\w*)\b)"
    r"(?:does|do|can|will|could) (?:the|your|this|our) (?:[\w\-]+ ){0,3}?(?:systems?|platforms?"
    r"|services?|solutions?) (?P<made>(?:send|produce|generate|show|display|e-?mail|text|print"
    r"|create|issue|deliver)s? (?:[\w\-]+ ){1,5}?(?:to|for) (?:the |our |their |its |each |all )?"
    r"(?:[\w\-]+ )?(?:owners?|customers?|clients?|patients?|parents?|members?|guests?|users?"
    r"|students?|tenants?|residents?|drivers?|learners?|donors?|subscribers?|shoppers?"
    r"|travell?ers?|passengers?|visitors?)\b)",
    words="send sends produce produces generate generates show shows display displays email "
    "emails text texts print prints create creates issue issues deliver delivers",
)
# Set by the buyer's own administrators or users ("Can the retention period be configured by
# our administrators?"): a setting of the product in the buyer's hands.
_SET_BY_BUYER = Gated(
    ("by our", "by the c", "by the i", "by the t", "by each", "by customer", "by tenant"),
    r"\bbe (?:configured|customi[sz]ed|set|changed|adjusted|defined|tailored|turned (?:on|off)"
    r"|enabled|disabled) by (?:our|the (?:customer|client|institution|tenant)'?s?|each customer'?s?"
    r"|customer|tenant|institutional) (?:own )?(?:administrators?|admins?|users?|staff)\b",
    words="configured customized customised set changed adjusted defined tailored turned "
    "enabled disabled",
)
# The product's release plan (its roadmap, release schedule, the versions kept in support) is
# a fact about the product, unless the plan is for security fixes (patching is CC7.1).
_PRODUCT_PLAN = Gated(
    "",
    r"\b(?:release|update|upgrade|version|product|feature)s? (?:schedule|calendar|cadence|roadmap"
    r"|timeline)s?\b|\b(?:technology|product|development) roadmaps?\b"
    r"|\bhow many (?:\w+ )?versions\b",
    words="schedule calendar cadence roadmap timeline versions",
)
# Planned changes to the product, and something offered in a format or language: facts about
# what is sold, behind the words every match holds.
_PLANNED_OR_OFFERED = Gated(
    ("planned ", "available in", "available as", "available only in", "available solely in"),
    r"\bplanned (?:changes|updates|features|releases|enhancements|improvements) (?:to|in|for)"
    r" (?:the |your )?(?:\w+'s )?(?:product|application|software|user interface|interface|platform"
    r"|solution|app)\b"
    # something offered in a format or language is a fact about what is sold, said with "only"
    # too ("Is the tenant portal available only in French?")
    r"|\bavailable (?:(?:only|solely) )?(?:in|as) (?:an? )?(?:[\w\-]+ )?(?:formats?|languages?"
    r"|video|pdf|print|braille|english|spanish|french|german|italian|portuguese|dutch|polish"
    r"|chinese|mandarin|cantonese|japanese|korean|arabic|hindi|welsh|irish|russian|vietnamese"
    r"|tagalog)\b"
    # ... or in one named thing that ends the question ("Is the portal available in Welsh?"), a
    # language, a region or an edition offered; not a time ("available in minutes")
    r"|\bavailable in (?!(?:seconds?|minutes?|hours?|days?|weeks?|time|real[\s\-]time|full|part"
    r"|production|the event|case|an? |transit|rest|storage|memory|use)\b)[\w\-]+(?: (?:and|or) [\w\-]+)?\W*$",
    words="planned available",
)
_SECURITY_FIX = re.compile(r"\b(?:patch\w*|secur\w*|vulnerab\w*|fix\w*|hotfix\w*|cve)\b")
# A plan told to customers, approved or tested is the practice of managing change (CC2.3,
# CC8.1), not a fact about the product.
_PLAN_PRACTICE = re.compile(r"\b(?:notif\w*|inform\w*|communicat\w*|announc\w*|approv\w*|test\w*)")
_BUYER_ORG = (
    r"(?:the |our |your )?(?:institution|customer|client|buyer|campus|university|college|agency"
    r"|licensee|us)(?:'s)?(?: (?:it|staff|team|administrators?|admins?))?"
)
# The organisation that buys, singular: "customers" or "users" required to use MFA is a
# control the product enforces on them, not the buyer's duty.
_BUYER_DUTY = Gated(
    "",
    r"\b(?:require|requires|required|need|needs|expect|expects|oblige|obliges)\b "
    + _BUYER_ORG
    + r" to\b|\b(?:will|does|do|must|would) "
    + _BUYER_ORG
    + r" (?:need|have|be (?:required|expected|asked)) to\b",
    words="require requires required need needs expect expects oblige obliges have",
)
# Software the product needs on its users' machines ("a client application required to be
# installed on end-user workstations"): set up by the buyer, not a practice of the vendor.
_USERS_MACHINES = Gated(
    "",
    r"\b(?:required|needed|necessary|needs?|must) (?:to )?(?:be (?:installed|run) )?(?:on|for)"
    r" (?:the |each |every |all "
    r"|our )?(?:end[\s\-]?users?'?s?|users?'?s?|students?'?|customers?'?s?|institution'?s?)"
    r" (?:workstations?|devices?|computers?|machines?|desktops?|laptops?|browsers?)\b",
    words="workstation workstations device devices computer computers machine machines desktop "
    "desktops laptop laptops browser browsers",
)
# Something the user's phone, browser or operating system does, not the vendor.
_PLATFORM = Gated(
    (
        " by ",
        "up from",
        "up automatically from",
        "operating system",
        " os ",
        "'s own",
        "s' own",
    ),
    r"\b(?:made|done|performed|taken|created|handled|managed|stored|kept|provided) by (?:the |a "
    r"|their |the user's |the customer's )?(?:phone|device|handset|mobile|user|end user|operating"
    r" system|os|browser|customer|app store|play store|ios|android)(?:'s (?:operating system|os"
    r"|platform|settings|backup))?\b"
    # ... or backed up from the user's own device ("Photos are backed up from the phone's camera
    # roll"): the device's copy, which the user's platform makes
    r"|\bback(?:ed|s|ing)? up (?:automatically )?from (?:the |a |their |each |your |the user's "
    r"|the customer's )?(?:user's |users' )?(?:[a-z]+ )?(?:phone|device|handset|mobile|tablet|camera|laptop"
    r"|computer|desktop)s?\b"
    # ... or said actively of the device's own system ("the backups the phone's operating system
    # makes")
    r"|\b(?:(?:phone|device|handset|mobile|tablet|laptop|computer)(?:'s|s'|s)?|its|their) (?:own )?(?:operating"
    r" system|os) (?:makes?|takes?|creates?|does|keeps?|stores?|runs?)\b"
    # ... or named as the device's own ("only in the phone's own photo backup")
    r"|\b(?:phone|device|handset|mobile|tablet|laptop|computer)(?:'s|s') own (?:[a-z]+ )?"
    r"backups?\b",
    words="by up operating os own",
)
# Whether the product works with the users' browser or device as they set it up ("Does the
# service keep working when users' browsers block third-party cookies?"): compatibility with
# the user's platform, which the vendor's controls do not decide.
_USER_SIDE = Gated(
    "",
    r"\b(?:keep|keeps|still|continue|continues|stay|stays) (?:to )?(?:work|works|working"
    r"|function|functions|functioning|usable)\b[^?.]*\b(?:browsers?|cookies|javascript"
    r"|devices?|phones?)\b"
    # ... or through a loss on the user's side ("if a participant's connection drops"): the
    # user's own link, which the vendor's estate does not run
    r"|\b(?:keep|keeps|still|continue|continues|stay|stays) (?:to )?(?:work|works|working"
    r"|function|functions|functioning|usable)\b[^?.]*\b(?:an? |the |their |each )?(?:users?|participants?"
    r"|attendees?|callers?|guests?|viewers?|students?|patients?)(?:'s|s')? (?:own )?(?:connection"
    r"|network|internet|signal|wi-?fi)\b",
    words="browser browsers cookies javascript device devices phone phones connection network "
    "internet signal wifi wi fi",
)
# A bare label naming a document ("Information Security Policy", "Recent pen test results").
# (the head may end on the participle of asking: "Documents requested:", "Evidence required:")
_DOC_LABEL = re.compile(
    r"\b" + _DOC + r"(?: (?:requested|required|needed|requested from (?:you|the vendor)))?"
    r"\W*(?:\([^)]*\)\W*)?$"
)
# A count or share of a practice's work opening a label ("Number of days within which a
# leaver's access is removed").
_COUNTED_WORK = re.compile(
    r"\b(?:number|count|percentage|proportion|share|volume) of\b"
    + _NOT_PRACTICE_WORK.replace("(?!", "(?=", 1)
)
# A count of what the business did over a past period, as a label ("Number of windows restored
# in the last five years", "Number of vehicles recovered over the past three years"): its track
# record, a figure, where the words a practice's work shares with a trade's work ("restored",
# "recovered", "protected", "completed", "removed") count the business's output; a count of
# work only security does (encrypted, patched, trained, reviewed, tested, audited, scanned,
# access, backups) is a practice's measure and is not matched.
_PAST_COUNT = re.compile(
    r"^(?:(?:total|estimated|approximate|approx|average) )*(?:number|count) of\b"
    r"(?![^?]*\b(?:vulnerab|patch|encrypt|train|review|remediat|test|monitor|backup|access"
    r"|incident|revok|disabl|password|log[\s\-]?in|lock|authenticat|scan|audit|assess|drill"
    r"|exercis|penetration|pen[\s\-]?test))"
    r"[^?.:;]{1,80}?\b" + _PAST + r"\W*$"
)
# Two counts side by side in a label ("Number of accounts monitored and number of operators on
# each shift", "Number of turbines and total MW monitored on your platform"): figures of the
# business the vendor runs, a fact, whatever the service does to what is counted (its work
# "monitored" for customers), unless another word of a practice's work is named.
_TWO_COUNTS = re.compile(
    r"^(?![^?]*\b(?:vulnerab|patch|encrypt|protect|train|review|remediat|test|backup|access"
    r"|incident|complet|revok|remov|terminat|disabl|password|log[\s\-]?in|lock|authenticat|restor"
    r"|recover|scan))(?:(?:total|estimated|approximate|approx|average|current) )*(?:number|count)"
    r" of\b[^?.:]{1,60}?\band (?:the )?(?:(?:total|average|estimated|approximate|current) )*"
    r"(?:number|count|mw|gw|kw|mwh|volume|size|amount|value|headcount)\b"
)
# A label's named data, then how long it is kept or when deleted ("Passport scans: deleted
# after the trip, or kept, and for how long?"): a retention asked, not the datum.
_KEPT_HOW_LONG = re.compile(
    r":[^?]*\b(?:deleted|destroyed|purged|erased|kept|retained|held|stored|disposed)\b[^?]*"
    r"\bhow long\b|:[^?]*\bhow long\b[^?]*\b(?:kept|retained|held|stored)\b"
)
# A label's named data, then a question of what is done to it, by a pronoun or with it as
# the object ("Donor card numbers: are they masked on screen?", "Member card numbers: do you
# store them, or ...?"): the question decides, not the datum the label names.
_LABEL_ASKED = re.compile(
    r":\s*(?:(?:are|is|were|was) (?:they|it|these|those|each)\b|(?:do|does|did|can|will|how do)"
    r" (?:you|your [\w\-]+) (?:[\w\-]+ ){0,2}?(?:them|it)\b)"
)
# Where a label's head noun phrase ends: a comma or bracket, or a word that opens what
# qualifies it (a preposition, a participle of how it was made).
_HEAD_END = re.compile(
    r"\s*[;:(]|\s+-\s|\s(?:for|of|from|covering|performed|conducted|prepared|issued|showing"
    r"|by|in|on|at|with|to|within|including|signed|dated"
    # (where a thing named runs: "Operating system and version running on the workstation")
    r"|running|installed|deployed)\b"
)
# A bare label whose head noun is a datum about the company ("Office locations (all)",
# "Primary contact e-mail", "Support phone number"): a field for a fact, whatever names it.
_FACT_LABEL = re.compile(
    r"\b(?:locations?|names?|address(?:es)?|numbers?|dates?|urls?|websites?|e-?mails?"
    r"|phones?|headcount|revenue|contacts?|job titles?|amounts?|carriers?|insurers?|timelines?"
    # what is installed, by its version ("Operating system and version", "Firmware version")
    r"|versions?"
    # a place ("Country from which the service is provided")
    r"|countr(?:y|ies)|jurisdictions?"
    # ... or what reaches a contact ("Security contact mailbox for incident reports")
    r"|contacts? (?:mailbox|inbox|address|e-?mail|number|person|details|name|phone|line|form"
    r"|channel|portal|point))"
    r"\W*(?:\([^)]*\)\W*)?$"
    # ... or whose head opens it: a count or share of something ("Number of full-time
    # employees dedicated to security")
    r"|^(?:(?:total|estimated|approximate|approx|expected|average|annual|current|typical"
    r"|maximum|minimum|overall) )*(?:number|count|percentage|proportion|share|volume) of\b"
    + _NOT_PRACTICE_WORK
    # ... or a name ("Name of penetration testing firm", "Legal name of parent company"): whatever
    # it names, a name is a datum
    + r"|^(?:(?:legal|full|registered|trading|brand|product) )?names? of\b"
    # ... or a name with other fields of the same one ("Name and title of the person who signs",
    # "Name, role and e-mail of the account manager"): a contact's data
    r"|^(?:full )?names?(?:,| and) "
)
_AI = Gated(
    "",
    r"\b(?:ai|artificial intelligence|machine learning|ml|llms?|large language models?|genai"
    r"|generative|chatbot|neural|deep learning)\b",
    words="ai artificial machine ml llm llms large genai generative chatbot neural deep",
)
# An AI question is a control question when it asks for a classic practice around the model
# whose object is one of the assets a SOC 2 covers: the data (its protection, who may access
# it, personal data used for training), what users do (logged by user and action), suppliers
# and risks. The model's own engineering (its defences, transparency, the inputs and outputs it
# logs, its validation) is not one.
_AI_CONTROL = re.compile(
    r"\brisks?\b|\baccess (?:to|control)|\blimit(?:ed)? access\b"
    r"|\blog(?:s|ging|ged)?\b[^?.]{0,60}\b(?:users?|actions?|activit(?:y|ies))\b"
    r"|\b(?:protect|safeguard)\w*\b[^?.]{0,40}\b(?:data|information|privacy)\b"
    r"|\bpersonal (?:data|information)\b"
    # the customers' own data or content used to train models: a use beyond the service (P4.1)
    # (the owner may be named at length: "our authors' manuscripts", "your members' photos")
    r"|\b(?:customer|client|user|tenant|our)s?'?(?: [\w\-]+'?){0,2}? (?:data|content|inputs?|prompts?"
    r"|documents?|files|manuscripts?|recordings?|images?|photos?|records|messages?|works|texts"
    r"|transcripts?|conversations?|calls?|emails?)"
    r"\b[^?.]*\b(?:train\w*|fine[\s\-]?tun\w*)\b"
    # (anything of people the buyer names as its own: "our students' essays", "our pupils' work")
    r"|\bour (?:[\w\-]+ )?[\w\-]+(?:s'|'s) [\w\-]+\b[^?.]*\b(?:train\w*|fine[\s\-]?tun\w*)\b"
    r"|\bsupply[\s\-]chain\b|\bincident response\b|\bagreements?\b"
    # the privacy programme's assessment of a processing, and the vendor's own workforce using AI
    # (a rule for its people, CC1.1 / CC5.3)
    r"|\b(?:privacy|data protection) impact assessments?\b|\bdpias?\b"
    r"|\b(?:employees?|staff|personnel|workforce)(?:'s?)? (?:use|usage|access)\b"
    # consent asked for a use of people's data (P2.1, P4.1), whatever the use is
    r"|\bconsent\w*\b"
    # (any records or data used to train a model, and the people asked first: "Do you ask
    # patients before their treatment records are used to train your AI feature?")
    r"|\b(?:records|data|information|notes|details|files|recordings|images|photos|messages"
    r"|conversations|calls|histor(?:y|ies)|scans|x-rays|transcripts|essays|voices|videos)"
    r" (?:are |is |be |being |get |gets )?used (?:to|for)"
    r" (?:train|training|fine[\s\-]?tun\w*)\b"
    r"|\b(?:ask|asks|asked|asking) (?:[\w\-']+ ){1,3}?(?:before|first|whether|for (?:their )?"
    r"(?:permission|agreement))\b[^?.]*\b(?:train\w*|fine[\s\-]?tun\w*)\b"
    r"|\buse (?:of \w+ )?(?:\w+ )?(?:ai|tools?) by (?:employees|staff|personnel)\b"
)
# A leading condition that puts the product in the buyer's hands ("If the software is installed
# on-premises, ...", "If self-hosted, ..."): what follows is done in an environment the buyer
# runs, where the vendor's controls, and so its SOC report, do not operate.
_BUYER_RUN = re.compile(
    r"if\b[^,.;:?]{0,80}?(?:\b(?:institution|customer|client|self|buyer|campus|tenant|locally)"
    r"[\s\-]?(?:hosted|managed|installed|operated|deployed)\b|\bon[\s\-]?prem(?:ise|ises)?\b"
    r"|\binstalled (?:locally|on[\s\-]?site|on (?:the )?(?:institution|customer|client|campus"
    r"|your own|our own|their own)))"
)


def buyer_runs(low: str) -> str | None:
    """The words of a leading condition saying the buyer runs the product, or None."""
    m = _BUYER_RUN.match(low)
    return m.group()[:60] if m else None


# An instruction to whoever answers a tender ("Respondent must indicate whether", "The Offeror
# shall state"), followed by what is to be answered.
_RESPONDENT = re.compile(
    r"(?:the )?(?:respondents?|proposers?|offerors?|bidders?|tenderers?|vendors?|contractors?"
    r"|suppliers?|applicants?)(?:'s?)? (?:must|shall|should|will|is (?:required|asked) to|are"
    r" (?:required|asked) to) (?:clearly )?(?=(?:indicate|state|specify|confirm|identify|list"
    r"|disclose|name)\b)"
)
_RESPONDENT_GIVES = re.compile(
    r"(?:the )?(?:respondents?|proposers?|offerors?|bidders?|tenderers?|vendors?|contractors?"
    r"|suppliers?|applicants?)(?:'s?)? (?:must|shall|should|will|agrees? to|is (?:required|asked)"
    r" to|are (?:required|asked) to) (?:also )?(?=(?:submit|furnish|provide|supply|attach|include"
    r"|enclose|deliver|send)\b)"
)
_NOTICE = re.compile(r"\bnoti(?:ce|ces|fy|fication|fications)\b")
_RESPONDENT_WORDS = frozenset(
    [
        "the",
        "respondent",
        "respondents",
        "proposer",
        "proposers",
        "offeror",
        "offerors",
        "bidder",
        "bidders",
        "tenderer",
        "tenderers",
        "vendor",
        "vendors",
        "contractor",
        "contractors",
        "supplier",
        "suppliers",
        "applicant",
        "applicants",
    ]
)
_LABEL_CHARS = 80
_AUX = re.compile(
    r"\b(?:is|are|do|does|did|have|has|had|can|could|will|would|shall|should|must|may|was|were"
    r"|how|what|which|who|where|when|why|describe|explain|list|provide|indicate|ist|sind|est|sont"
    r"|es|son|werden|wird)\b|\?"
)


# The words of _AUX: a text opening on one is no label (checked before the search).
_AUX_WORDS = frozenset(
    [
        "is",
        "are",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "must",
        "may",
        "was",
        "were",
        "how",
        "what",
        "which",
        "who",
        "where",
        "when",
        "why",
        "describe",
        "explain",
        "list",
        "provide",
        "indicate",
        "ist",
        "sind",
        "est",
        "sont",
        "es",
        "son",
        "werden",
        "wird",
    ]
)
# The words each *_LEAD pattern can open on (every alternative starts with one of them, as a
# literal word): a text opening on another word cannot match it, so the match is skipped
# (tests/test_classify_knowledge.py checks the lists against the patterns' alternatives).
_FIRST_WORD = re.compile(r"[a-z]*")
LEAD_WORDS: dict[str, frozenset[str]] = {
    "request": frozenset(
        [
            "please",
            "kindly",
            "provide",
            "attach",
            "upload",
            "submit",
            "include",
            "send",
            "share",
            "supply",
            "furnish",
            "forward",
            "enclose",
            "list",
            "web",
            "link",
            "url",
            "hyperlink",
            "can",
            "could",
            "will",
            "would",
            "do",
            "does",
            "is",
            "are",
        ]
    ),
    "describe": frozenset(["please", "describe", "explain", "outline", "detail"]),
    "history": frozenset(("have", "has", "did", "was", "were")),
    "location": frozenset(("where", "in", "which", "what")),
    "fact": frozenset(
        [
            *_FIGURE_OPENS,  # "Please state the number of ...": a figure's instruction
            "how",
            "when",
            "is",
            "are",
            "select",
            "choose",
            "pick",
            "tick",
            "who",
            "which",
            "what",
            "do",
            "does",
            "will",
            "describe",
            "explain",
            "can",
        ]
    ),
    "commercial": frozenset(["will", "would", "can", "could", "are", "do", "does"]),
    "feature": frozenset(["can", "could", "do", "does", "will", "may", "is", "are"]),
}
# The fact-like forms in the order they are tested: (kind, lead pattern, the words it opens
# on, the pattern searched anywhere). Each of the latter has a token gate (`words`), checked
# here before the call: most texts pass none of them, and a call costs more than the check.
_LEADS = (
    (HISTORY, _HISTORY_LEAD, LEAD_WORDS["history"], _HISTORY),
    (HISTORY, _HISTORY_LEAD, frozenset[str](), _PENDING),  # no lead: the pattern alone
    (HISTORY, _HISTORY_LEAD, frozenset[str](), _LEADERS_CHANGED),
    (LOCATION, _LOCATION_LEAD, LEAD_WORDS["location"], _LOCATION),
    (LOCATION, _LOCATION_LEAD, frozenset[str](), _WORKPLACE),  # no lead: the pattern alone
    (LOCATION, _LOCATION_LEAD, frozenset[str](), _HELD_IN),
    (FACT, _FACT_LEAD, LEAD_WORDS["fact"], _FACT),
    (FACT, _FACT_LEAD, frozenset[str](), _FACT_NAMED),  # no lead: the pattern alone
    (FACT, _FACT_LEAD, frozenset[str](), _WHICH_USED),
    (FACT, _FACT_LEAD, frozenset[str](), _DEPLOYMENT),
    (FACT, _FACT_LEAD, frozenset[str](), _HOSTED_BY),
    (FACT, _FACT_LEAD, frozenset[str](), _SUPPORTED),
    (FACT, _FACT_LEAD, frozenset[str](), _FACT_OPENS),
    (FACT, _FACT_LEAD, frozenset[str](), _COMPANY),
    (FACT, _FACT_LEAD, frozenset[str](), _WHO_WORKS),
    (FACT, _FACT_LEAD, frozenset[str](), _STANDING),
    (FACT, _FACT_LEAD, frozenset[str](), _APPROVED_KIND),
    (FACT, _FACT_LEAD, frozenset[str](), _NATIONALITY),
    (FACT, _FACT_LEAD, frozenset[str](), _RECOGNISED),
    (FACT, _FACT_LEAD, frozenset[str](), _ON_APPROVED_LIST),
    (FACT, _FACT_LEAD, frozenset[str](), _CERTIFIED),
    (FACT, _FACT_LEAD, frozenset[str](), _TRADE_BODY),
    (FACT, _FACT_LEAD, frozenset[str](), _CONTACT),
    (FACT, _WHICH_LEAD, frozenset(("which", "what", "with", "for", "by")), _LEAD_ONLY),
    (COMMERCIAL, _COMMERCIAL_LEAD, LEAD_WORDS["commercial"], _COMMERCIAL),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _TERMS),  # no lead: the pattern alone
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _SERVICE),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _SERVICE_LEVEL),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _SOLD),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _OBJECT),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _IN_CONTRACT),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _TRAINING_FOR_BUYER),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _SUPPORT_TIMES),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _ON_BEHALF),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _ASSIGNED),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _CONTRACT_SAYS),
    (COMMERCIAL, _COMMERCIAL_LEAD, frozenset[str](), _AT_RATE),
)
GATED_BY_WORDS = (
    _AI,
    _PRODUCT_PLAN,
    _PLATFORM,
    _USER_SIDE,
    _BUYER_DUTY,
    _FEATURE,
    _FOR_USERS,
    _SET_BY_BUYER,
    _PLANNED_OR_OFFERED,
    _USERS_MACHINES,
    _SHARED_DOC,
    _SEND_BACK,
    _OUTSIDE_TSC,
    _FITTED,
    _MADE_FOR_USERS,
    *(g[3] for g in _LEADS),
)


# Every gated pattern question_form may try, and for each token the patterns whose gate it
# opens: one pass over the question's tokens finds them all (a set test per pattern costs more
# once there are twenty of them).
_GATES: tuple[Gated, ...] = (
    *(g[3] for g in _LEADS),
    _AI,
    _PRODUCT_PLAN,
    _PLANNED_OR_OFFERED,
    _PLATFORM,
    _USER_SIDE,
    _BUYER_DUTY,
    _USERS_MACHINES,
    _FEATURE,
    _FOR_USERS,
    _SET_BY_BUYER,
    _SHARED_DOC,
    _SEND_BACK,
    _OUTSIDE_TSC,
    _FITTED,
    _MADE_FOR_USERS,
)
(
    _I_AI,
    _I_PLAN,
    _I_PLANNED,
    _I_PLATFORM,
    _I_USER_SIDE,
    _I_DUTY,
    _I_MACHINES,
    _I_FEATURE,
    _I_FOR_USERS,
    _I_SET_BY,
    _I_SHARED,
    _I_SEND_BACK,
    _I_OUTSIDE,
    _I_FITTED,
    _I_MADE_FOR,
) = range(len(_LEADS), len(_GATES))
_N_LEADS = len(_LEADS)
_GATES_OF_WORD: dict[str, frozenset[int]] = {
    word: frozenset(i for i, g in enumerate(_GATES) if word in g.words)
    for word in frozenset().union(*(g.words for g in _GATES))
}


_GATE_WORDS = frozenset(_GATES_OF_WORD)
# For each opening word, the positions in _LEADS whose lead pattern opens on it.
_LEADS_OPENING: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, g in enumerate(_LEADS) if word in g[2])
    for word in frozenset().union(*(g[2] for g in _LEADS))
}


def _gates_open(tokens: Collection[str]) -> set[int]:
    """The positions in _GATES of the patterns whose token gate the question opens."""
    hit: set[int] = set()
    of = _GATES_OF_WORD
    for word in _GATE_WORDS.intersection(tokens):
        hit |= of[word]
    return hit


# (opening on the bracket itself, which the engine finds by a fast literal search; one that
# ends the text is left, as the label forms read it and it parts no words)
_ASIDE = re.compile(r"\([^()]{0,80}\)(?=\W*[a-z0-9])")


# Whether a person or role is made responsible for something ("Has the organization designated
# a person in charge of the protection of personal information ...?").
_YES_NO = frozenset(("has", "have", "is", "are", "do", "does", "did"))
_DESIGNATED = gate_words(
    "designated appointed assigned named nominated designate appoint assign nominate"
)
_RESPONSIBLE = re.compile(
    r"(?:has|have|is|are|do|does|did) [^?]{0,40}?\b(?:designated|appointed|assigned|named"
    r"|nominated|designate|appoint|assign|nominate)\b[^?]{0,60}?\b(?:responsible|accountable"
    r"|in charge|responsibility|accountability)\b"
)


# An instruction to hand something over, with its object named by a determiner: not a
# description, an account or an answer (which ask for the practice, "Provide details of how
# ..."), nor a question of how or whether.
_HANDOVER_OPENS = frozenset(
    (
        "please", "kindly", "provide", "attach", "upload", "submit", "send", "share", "supply",
        "furnish", "forward", "enclose",
    )
)  # fmt: skip
_HANDOVER_NOT_ACCOUNT = (
    r"(?!(?:[\w\-]+ )?(?:description|details?|explanation|overview|outline|narrative|account"
    r"|approach|answers?|responses?|confirmation|statement of how|summary of how"
    # (... nor the practice itself: "Provide the controls you have in place to ...")
    r"|process(?:es)?|steps?|methods?|methodolog(?:y|ies)|practices?|controls?|measures?"
    r"|mechanisms?|safeguards?|ways?|criteria)\b|(?:[\w\-]+ )?"
    r"information\b(?! (?:security|technology|systems?|governance|asset|classification"
    r"|management)\b))(?![^?]*\b(?:how|whether|why)\b)"
)
_HANDOVER = re.compile(
    r"(?:please |kindly )?(?:(?:attach|upload|submit|send|forward|enclose|furnish)"
    r"(?: (?:us|over|back|across))?(?: with)? (?:a |an |the |your |our |its |all |any |copies of "
    r"|a copy of |one )"
    + _HANDOVER_NOT_ACCOUNT
    # "provide", "share", "supply" also make a service available ("Provide a secure channel for
    # us to send files"): a thing handed over only when no protection or use by the buyer is
    # named with it
    + r"|(?:provide|share|supply)(?: (?:us|over|back|across))?(?: with)? (?:a |an |the |our "
    r"|its |all |any |one )"
    + _HANDOVER_NOT_ACCOUNT
    + r"(?![^?.]*\b(?:secure|secured|encrypt\w*|protect\w*|for (?:us|our|the|customers?|users?"
    r"|clients?) to)\b)"
    # ... and the vendor's own thing, or a copy of one, is handed over whatever protection its
    # name speaks of ("Please provide your Data Security and Protection Toolkit submission"),
    # unless it is for the buyer's use
    r"|(?:provide|share|supply)(?: (?:us|over|back|across))?(?: with)? (?:your |copies of "
    r"|a copy of )" + _HANDOVER_NOT_ACCOUNT + r"(?![^?.]*\b(?:for (?:us|our|the|customers?|users?"
    r"|clients?) to|(?:secure|secured|encrypted|protected) (?:[\w\-]+ ){0,2}?(?:channels?"
    r"|portals?|services?|transfers?|connections?|areas?|sites?|links?|methods?|storage"
    r"|platforms?))\b))"
)


_RELATIVE = ("where ", "which ", "who ", "when ")
# The places a "where" clause qualifies ("Sites where customer backups are kept").
_PLACE_HEAD = re.compile(
    r"\b(?:regions?|sites?|data cent(?:er|re)s?|facilit(?:y|ies)|cities|premises|offices|zones?"
    r"|locations?|countr(?:y|ies)|jurisdictions?)$"
)


def _label_head(text: str, aux: int) -> str:
    """ARTIFACT or FACT when a label's head noun phrase (before a qualifier, then before a
    comma) names a document or a datum and holds no word of asking (`aux`: where the first
    is); '' otherwise."""
    cut = _HEAD_END.search(text, 0, aux)
    if cut is None or not cut.start():
        if aux < len(text) and not (aux and text.startswith(_RELATIVE, aux)):
            return ""  # a question from its first words, or no head before one
        # (a head qualified by a relative clause: "Countries where backups are replicated")
        head = text[:aux].rstrip() if aux < len(text) else text
        if aux < len(text) and text.startswith("where ", aux) and _PLACE_HEAD.search(head):
            return FACT  # places where something is: a location asked
    else:
        head = text[: cut.start()]
    if ":" in text and (_KEPT_HOW_LONG.search(text) or _LABEL_ASKED.search(text)):
        # how long what the label names is kept: a retention asked as a field; or a question
        # of what is done to it
        return ""
    if _TWO_COUNTS.match(text):
        return FACT  # two figures of the business side by side: facts, whatever is counted
    if _PAST_COUNT.match(text):
        return FACT  # the business's work counted over a past period: its track record
    if _COUNTED_WORK.search(text):
        return ""  # a practice's work counted: the practice asked as a field
    comma = head.find(",")
    for part in (head, head[:comma]) if comma > 0 else (head,):
        if _DOC_LABEL.search(part):
            return ARTIFACT
        if _FACT_LABEL.search(part):
            return FACT
    return ""


# The limits of the company's insurance ("State the cover limits of your product liability and
# cyber policies", "Requested policy limit and retention", "limits of indemnity"): a term of
# its cover, asked as a figure, not a practice; a limit of logins, sessions or data is none.
_COVER_LIMIT = re.compile(
    r"^(?![^?]*\b(?:log\w*|attempts?|passwords?|sessions?|access|lockouts?|accounts?|uploads?"
    r"|api|requests?|storage|files?|data|rates?|users?|queries|bandwidth)\b)[^?]*?\b(?:(?:cover"
    r"|coverage|policy|indemnity|insurance|aggregate|per[\s\-]claim|per[\s\-]occurrence) limits?"
    r"|limits? (?:of|on) (?:your |the |its |their )?(?:[\w\-]+ ){0,3}?(?:cover|coverage|indemnity"
    r"|polic(?:y|ies)|insurance))\b"
)


def _cover_limit(text: str) -> re.Match[str] | None:
    """_COVER_LIMIT behind its substring tests ('limit' is tested by the caller)."""
    if (
        "cover" in text
        or "polic" in text
        or "indemnity" in text
        or "insur" in text
        or ("per" in text and "claim" in text)
    ):
        return _COVER_LIMIT.search(text)
    return None


def bare_label(low: str) -> bool:
    """Whether a folded text is a bare field label: short, with no verb of asking or doing."""
    return len(low) <= _LABEL_CHARS and not _AUX.search(low)


def question_form(low: str, tokens: Collection[str]) -> tuple[str, str]:
    """(kind, the words that show it) for a folded question and its tokens (text.split_tokens,
    best as a set);
    kind CONTROL when no other form applies."""
    text = low.strip().lstrip("-*•·0123456789.) ").strip()
    if "(" in text and (text[-1] != ")" or text.count("(") > 1):
        # An aside in brackets ("Which remote monitoring and management (RMM) tool ...", "(e.g.
        # OpenAI)") is no part of the question's form: read without it (a label that is all
        # brackets keeps them; a text with one aside, at its end, is left as it is)
        text = _ASIDE.sub("", text).replace("  ", " ").strip() or text
    first = _FIRST_WORD.match(text).group()  # type: ignore[union-attr]  # [a-z]* always matches
    if first in _RESPONDENT_WORDS:
        # "The Offeror shall indicate whether ..." tells the respondent what to answer: the
        # form and subject are those of what it must answer
        m = _RESPONDENT.match(text)
        if m:
            # what is left is no bare label: a statement of what the vendor does stays one
            kind, words = question_form(text[m.end() :], tokens)
            return (CONTROL, "") if kind == LABEL else (kind, words)
        # "The Contractor shall submit a signed copy of ...": a document the respondent must
        # hand over is asked for as a request list asks it; a notice it must give (of a breach,
        # of a change) is a practice of telling, and stays one
        m = _RESPONDENT_GIVES.match(text)
        if m:
            kind, words = question_form(text[m.end() :], tokens)
            if kind == ARTIFACT and not _NOTICE.search(words):
                return kind, words
    if first in _YES_NO and not _DESIGNATED.isdisjoint(tokens) and _RESPONSIBLE.match(text):
        # whether someone is made responsible for a subject (CC1.3: roles and authorities
        # defined) is a practice, whatever datum about them a later clause asks
        return CONTROL, ""
    hit = _gates_open(tokens)
    if not (first in LEAD_WORDS["describe"] and _DESCRIBE_LEAD.match(text)):
        m = _REQUEST_LEAD.match(text) if first in LEAD_WORDS["request"] else None
        if m is None and first in _SHARED_OPENS and _I_SHARED in hit:
            m = _SHARED_DOC.search(text)
        if m is None and _I_SEND_BACK in hit:
            m = _SEND_BACK.search(text)
        if m is None and first == "where":
            m = _WHERE_FIND.match(text)
        if m:
            return ARTIFACT, m.group()[:60]
    if "limit" in text and (m := _cover_limit(text)):
        return COMMERCIAL, m.group()[:60]
    if _I_OUTSIDE in hit:
        m = _OUTSIDE_TSC.search(text)
        if m:
            return OUTSIDE, m.group()[-60:]
    ai = _AI.search(text) if _I_AI in hit else None
    # the lead patterns opening on the first word and the inner ones whose gate is open, in
    # _LEADS order (most questions try two or three of the seventeen)
    leads = _LEADS_OPENING.get(first, ())
    tried = sorted(hit.union(leads)) if hit else leads
    for i in tried:
        if i >= _N_LEADS:
            break
        kind, lead, opens, inner = _LEADS[i]
        m = lead.match(text) if first in opens else None
        if m is None and i in hit:
            m = inner.search(text)
        if m and not (
            kind == FACT and ai and _AI.rx.search(m.group()) and _AI_CONTROL.search(text)
        ):
            if (
                kind == COMMERCIAL
                and m.group().startswith(("price", "pricing"))
                and _PRICE_AS_DATA.search(text)
            ):
                continue
            if kind == COMMERCIAL and text[-1] == "?" and ". " in text:
                # a sentence of context, then the question ("Growers' contract prices are
                # confidential. How do you keep one grower from seeing another's data?"): a
                # term named in the context is the setting; the question's own words decide
                asked = text.rfind(". ") + 2
                if m.end() <= asked:
                    m = inner.search(text[asked:]) if i in hit else None
                    if m is None:
                        continue
            if kind == COMMERCIAL and (_CONTRACT_END.search(m.group()) or "return" in m.group()):
                disposal = _DISPOSAL.search(text)
                if disposal:
                    return DISPOSAL, disposal.group()
            return kind, m.group()[:60]
    m = _PRODUCT_PLAN.search(text) if _I_PLAN in hit else None
    if m is None and _I_PLANNED in hit:
        m = _PLANNED_OR_OFFERED.search(text)
    if m and not _SECURITY_FIX.search(text) and not _PLAN_PRACTICE.search(text):
        return FACT, m.group()[:60]
    if ai and not _AI_CONTROL.search(text):
        return AI_MODEL, ai.group()
    for at, gate, kind in (
        (_I_PLATFORM, _PLATFORM, PLATFORM),
        (_I_USER_SIDE, _USER_SIDE, PLATFORM),
        (_I_DUTY, _BUYER_DUTY, BUYER_DUTY),
        (_I_MACHINES, _USERS_MACHINES, BUYER_DUTY),
    ):
        if at in hit:
            m = gate.search(text)
            if m:
                return kind, m.group()[:60]
    m = _FITTED.search(text) if _I_FITTED in hit else None
    if m:
        # the words of the fit alone: whatever the subject (the platform, the system), what it
        # does for the buyer's own tools is a feature
        return FEATURE, m.group("fit")[:60]
    if first in _HANDLES_OPENS and text.endswith(_DATA_ENDS) and _HANDLES_DATA.match(text):
        # which kinds of data the product handles, and nothing said of how ("Can the device
        # display, transmit or store ePHI?"): the scope of its data, a fact about it
        return FACT, text[:60]
    if "printed" in tokens and (m := _PRINTED_ON.search(text)):
        # the stock a document of the business is printed on (see _PRINTED_ON): a fact about
        # what it puts out, whatever words of protection the stock carries
        return FACT, m.group()[:60]
    m = _FEATURE_LEAD.match(text) if first in LEAD_WORDS["feature"] else None
    if m is None and first in _THERE_OPENS and text.startswith(_THERE):
        m = _THERE_IS_PART.match(text)
    if m is None and first in _DESCRIBE_OPENS:
        m = _DESCRIBED_FEATURE.match(text)
        if m and _PROTECTION_WORDS.search(text):
            m = None
    if m is None and first in _CAN and ("back" in text or " cop" in text):
        m = _OWN_COPY.match(text)
    if m is None and first in _CAN:
        group = _user_group_acts(text)
        if group:
            return FEATURE, group
    if m is None and " can " in text and first not in _AUX_WORDS and not text.endswith("?"):
        # "Peer-to-peer fundraisers can log their training miles on their page.": what the
        # buyer's users can do, stated, is the feature the question "Can fundraisers log ...?"
        # asks about
        stated = _STATED_CAN.match(text)
        if stated:
            group = _user_group_acts("can " + stated.group(1) + text[stated.end() :])
            if group:
                return FEATURE, group
    if m is None and first in _WH and (at := text.find(" can ")) > 0:
        # "Which exchanges can traders connect to ...?": what the buyer's users can do in the
        # product, asked by what they can do it with
        group = _user_group_acts(text[at + 1 :])
        if group:
            return FEATURE, group
    for at, gate in (
        (_I_FEATURE, _FEATURE),
        (_I_FOR_USERS, _FOR_USERS),
        (_I_SET_BY, _SET_BY_BUYER),
    ):
        if m is None and at in hit:
            m = gate.search(text)
    if m is None:
        m = _more_feature(text)
        if m is not None and m.re in _OPTION_FORMS:
            # (the option's own words: judge reads them, see option_asked)
            return FEATURE, m.group("opt")
    if m is None and not _SHOWN_OR_FOLLOWED.isdisjoint(tokens):
        m = _shown_or_followed(text, tokens)
    if m is None and not _GOODS_WORDS.isdisjoint(tokens):
        m = _goods_tracked(text)
    if m:
        return FEATURE, m.group()[:60]
    if _I_MADE_FOR in hit:
        m = _MADE_FOR_USERS.search(text)
        if m:
            # the words of what is made: the estate is not the actor of a practice here
            return FEATURE, m.group("made")[:60]
    if first in _HANDOVER_OPENS and _HANDOVER.match(text):
        # an instruction to hand something over ("Send us the self-assessment you completed",
        # "Upload the written program you maintain", "Provide a bill of materials for each
        # release"): what it names is a thing to be given, a document, whatever it is about
        return ARTIFACT, text[:60]
    if len(text) <= _LABEL_CHARS * 2 and (first not in _AUX_WORDS or text.startswith("list of ")):
        # what a label names is its head noun phrase, before what qualifies it ("Organisation
        # chart for the security function", "Title, e-mail and phone number of your privacy
        # officer", "Pentest summary, performed by ...", "Address of the site where backups
        # are kept"): a document or a datum there is what the field asks for, whatever the rest
        # names or asks
        # ("List of SOPs governing ...": 'list' is the label's head noun, not a verb of asking)
        aux = _AUX.search(text, 4 if first == "list" else 0)
        if (
            aux
            and text.endswith("?")
            and (
                text[: aux.start()].rstrip().endswith(".")
                # (... whatever words of asking the sentence of context holds: "Our guests give
                # you their passport numbers when they check in. Are the numbers encrypted?")
                or (
                    (at := text.rfind(". ")) > 0
                    and _FIRST_WORD.match(text, at + 2).group() in _AUX_WORDS  # type: ignore[union-attr]
                )
            )
        ):
            # a sentence of context, then the question ("Our state requires recordings to be
            # kept for ten years. How do you keep them that long?"): no label, whatever the
            # sentence names; the question's own words decide
            return CONTROL, ""
        kind = _label_head(text, aux.start() if aux else len(text))
        if kind:
            return kind, text[:60]
        if len(text) <= _LABEL_CHARS and not aux:  # bare_label(), inlined: hot
            return LABEL, text[:60]
    return CONTROL, ""
