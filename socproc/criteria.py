"""The 2017 Trust Services Criteria and the other cue vocabularies the classifier reads, as data."""

from __future__ import annotations

from dataclasses import dataclass

# Category names as spec section 4 orders them (not the table order of the ids).
CATEGORY_ORDER: tuple[str, ...] = (
    "security",
    "availability",
    "processing integrity",
    "confidentiality",
    "privacy",
)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One Trust Services criterion: its id, category, a summary in our words, and cue phrases.

    Cue syntax (read by `socproc.classify`): a plain phrase is a strong cue; `~phrase` is weak
    (counts only when nothing stronger names another criterion); `+phrase` only adds its criterion
    to a text that has another cue (alone it is not a control topic); `@phrase` counts only when the
    text is about personal data; `^phrase` is a plan cue that moves to the tested-plan criterion
    (A1.3) when the text is about testing it.
    """

    id: str
    category: str
    summary: str
    cues: tuple[str, ...]


def _c(cid: str, category: str, summary: str, cues: str) -> Criterion:
    return Criterion(cid, category, summary, tuple(c.strip() for c in cues.split(";") if c.strip()))


_S, _A, _PI, _C, _P = CATEGORY_ORDER

CRITERIA: tuple[Criterion, ...] = (
    _c("CC1.1", _S, "Leadership shows and enforces a commitment to integrity and ethics",
       "code of conduct; ethics policy; business ethics; ethical values; acceptable use policy;"
       "acceptable use; conflict of interest; conflicts of interest; tone at the top;"
       "contractor conduct; code de conduite; charte informatique; verhaltenskodex;"
       "codigo de conducta; codigo etico; ethique; ethik"),
    _c("CC1.2", _S, "A board or equivalent body, independent of management, oversees internal control",
       "board of directors; audit committee; independent directors; security governance;"
       "board oversight; board reporting; reported to the board; risk committee; steering committee;"
       "conseil d administration; aufsichtsrat; consejo de administracion"
       "; reports to the board; report to the board; board receives; board receive; board reviews"),
    _c("CC1.3", _S, "Structures, reporting lines, roles and authorities are defined",
       "org chart; organizational chart; organisation chart; organigram; ciso;"
       "chief information security officer; security officer; security team; dedicated security;"
       "roles and responsibilities; raci; reporting line; data protection officer; dpo; rssi;"
       "responsable de la securite; informationssicherheitsbeauftragter; sicherheitsbeauftragter;"
       "datenschutzbeauftragter; delegue a la protection des donnees; responsable de seguridad;"
       "delegado de proteccion de datos;"
       "privacy office; privacy staff; privacy team; privacy officer; job descriptions"
       "; responsible for information security; responsible for security"),
    _c("CC1.4", _S, "The entity hires, trains and keeps competent people",
       "background check; background screening; background investigation; criminal record check;"
       "pre employment screening; employee screening; screened; screening of employees;"
       "cissp; gcia; professional certifications; succession planning; competence;"
       "verification des antecedents; hintergrundprufung; hintergrunduberprufung;"
       "sicherheitsuberprufung; verificacion de antecedentes;"
       "~new hires; ~new hire"),
    _c("CC1.5", _S, "People are held accountable for their control duties",
       "disciplinary process; disciplinary action; disciplinary measures; sanctions policy;"
       "held accountable; control owners; mesures disciplinaires; disziplinarmassnahmen;"
       "medidas disciplinarias"),
    _c("CC2.1", _S, "Relevant, reliable information supports internal control",
       "asset inventory; inventory of assets; hardware inventory; software inventory;"
       "asset management; asset register; cmdb; configuration management database; data flow diagram;"
       "data flow; inventaire des actifs; inventar; inventario de activos;"
       "~inventory"),
    _c("CC2.2", _S, "Control responsibilities and objectives are communicated internally",
       "security awareness; awareness training; security training; security awareness training;"
       "phishing simulation; phishing simulations; phishing test; phishing exercise;"
       "policy acknowledgement; acknowledge the policies; employee handbook; whistleblower;"
       "ethics hotline; annual training; privacy training; sensibilisation; formation a la securite;"
       "schulung; schulungen; sensibilisierung; concienciacion; formacion en seguridad;"
       "~awareness;"
       "~formation; ~formacion"
       "; whistleblowing; whistle blowing; whistle blower; speak up line; ethics line"),
    _c("CC2.3", _S, "The entity communicates with outside parties about control matters",
       "status page; security contact; vulnerability disclosure; responsible disclosure;"
       "bug bounty; trust center; trust portal; security txt; notify customers of changes;"
       "material changes; changes to the service; notify customers of material changes"),
    _c("CC3.1", _S, "Objectives are stated clearly enough to assess risks against them",
       "security objectives; risk appetite; risk tolerance; compliance obligations;"
       "regulatory requirements; legal and regulatory"),
    _c("CC3.2", _S, "Risks to objectives are identified and analysed",
       "risk assessment; risk assessments; risk analysis; risk register; threat modeling;"
       "threat modelling; threat model; risk treatment; risk management program;"
       "risk management process; analyse de risque; analyse des risques; evaluation des risques;"
       "risikobewertung; risikoanalyse; risikomanagement; evaluacion de riesgos; analisis de riesgos;"
       "privacy impact assessment; dpia; risk management"
       "; risk profile; risk profiles; risk rating; risk ratings"),
    _c("CC3.3", _S, "The potential for fraud is considered in assessing risk",
       "fraud risk; fraud risks; insider threat; insider threats; anti fraud; collusion; fraude; betrug"),
    _c("CC3.4", _S, "Changes that could affect controls are identified and assessed",
       "significant changes; significant change; mergers; acquisitions; reorganization;"
       "emerging threats; changes in the business"),
    _c("CC4.1", _S, "Ongoing and separate evaluations check that controls are working",
       "internal audit; internal audits; control self assessment; continuous control monitoring;"
       "grc tool; ~third party audit; ~independent audit; ~external audit; ~compliance review;"
       "penetration test; penetration tests; penetration testing; pen test; pen tests; pentest;"
       "pentests; red team; penetration testers; pen testers; pentesters; audit interne; test d intrusion; tests d intrusion; penetrationstest;"
       "penetrationstests; interne revision; prueba de penetracion; pruebas de penetracion;"
       "auditoria interna;"
       "controls tested; control testing; test controls;"
       "independent assessment; third party assessment; external assessment; ~independent third party; assessed your controls; assess your controls"),
    _c("CC4.2", _S, "Control deficiencies are reported and corrected in time",
       "audit findings; remediation tracking; corrective action; corrective actions;"
       "corrective action plan; poa m; remediation plan; control deficiencies; findings remediated"),
    _c("CC5.1", _S, "Control activities are chosen to bring risks to acceptable levels",
       "control framework; control matrix; risk control matrix; preventive controls;"
       "detective controls; compensating controls"),
    _c("CC5.2", _S, "General IT controls support the objectives",
       "it general controls; itgc; itgcs; general computer controls; technology general controls"),
    _c("CC5.3", _S, "Policies set expectations and procedures put them into action",
       "information security policy; information security policies; security policy;"
       "security policies; policy review; policies reviewed; ~reviewed annually; policy exceptions;"
       "policy approval; written information security program; wisp; +policies; +policy;"
       "+procedures; +procedure; politique de securite; politique de securite de l information;"
       "sicherheitsrichtlinie; sicherheitsrichtlinien; informationssicherheitsrichtlinie;"
       "politica de seguridad; politicas de seguridad;"
       "information security program; information security programme; security program; security programme; information security management; isms; security management program"),
    _c("CC6.1", _S, "Logical access security, authentication and encryption protect information assets",
       "mfa; multi factor; multifactor; multi factor authentication; two factor; 2fa; two step;"
       "sso; single sign on; saml; oidc; openid connect; rbac; role based access;"
       "password policy; password complexity; passwords; password; unique user;"
       "unique ids; shared accounts; shared credentials; pam; privileged access management;"
       "privileged accounts; privileged access; admin access; administrative access;"
       "encryption at rest; encrypted at rest; at rest; ~encryption; ~encrypted; ~encrypt;"
       "kms; hsm; key management; key rotation; encryption keys; cryptographic keys;"
       "network segmentation; segmentation; tenant isolation; logical separation; access control;"
       "access controls; ~authentication; authentification multifacteur; double authentification;"
       "mot de passe; mots de passe; ~chiffrement; chiffrement au repos; ~chiffrees; ~chiffre;"
       "controle d acces; mehr faktor authentifizierung; mehrfaktor authentifizierung;"
       "zwei faktor authentifizierung; ~verschlusselung; ~verschlusselt; passwort; kennwort;"
       "zugriffskontrolle; zugangskontrolle; ~verschlusselung ruhender daten;"
       "autenticacion multifactor; doble factor; contrasena; contrasenas; ~cifrado; ~cifrados;"
       "~cifran; cifrado en reposo; control de acceso; controles de acceso;"
       "oauth; oauth2; openid; ~credentials; identity management; identity and access management; iam; ~log in; ~login;"
       "~chiffrez; ~chiffrer; ~chiffrons; ~verschlusseln; ~verschlusselte; ~verschlusselten; ~cifrar; ~ciframos; ~encriptan; ~encriptar; ~encriptados; ~encriptacion; ~cifra;authentification a deux facteurs; authentification forte; autenticacion de dos factores; verificacion en dos pasos; zwei faktor; 2 faktor;"
       "segregated; data segregation; customer data segregation; multi tenant; multi tenancy; multitenant; multitenancy"
       "; administrative privileges; admin privileges; admin rights; administrator rights;"
       "administrative rights; local admin; local administrator; elevated privileges;"
       "elevated access; privileged users; secrets management; secret management;"
       "secrets manager; key vault; key vaults; hard coded credentials;"
       "hardcoded credentials; hard coded secrets; hardcoded secrets; cryptographic module;"
       "cryptographic modules; fips 140; session token; session tokens; session management;"
       "session timeout; session timeouts; idle timeout; source code repository;"
       "source code repositories; code repositories; access to source code"
       "; logically separated; logically segregated; logical segregation; screen lock;"
       "screen locks; screen locking; session lock"
       "; droits d administrateur; droits administrateur; privileges d administrateur;"
       "comptes administrateur; administratorrechte; adminrechte; derechos de administrador;"
       "privilegios de administrador; cuentas de administrador"),
    _c("CC6.2", _S, "Users are registered and authorised before access and removed when no longer needed",
       "provisioning; deprovisioning; de provisioning; offboarding; access request;"
       "access removed; remove access; removal of access; leaves the company; leave the company;"
       "departing employees; employee onboarding; revocan los accesos; revocar el acceso; deja la empresa;"
       "access requests; access approval; leavers; revoke access;"
       "revoked; access revoked; account disablement; joiner mover leaver; terminated employees;"
       "employee termination; termination of employment;"
       "contractor accounts; revocation des acces; entzug; berechtigungsentzug; austritt;"
       "revocacion de accesos; baja;"
       "entzogen; retirez les acces; retrait des acces; retirer les acces; zugange entzogen; se revocan"
       "; accounts disabled; account disabled; disable accounts; disable the account;"
       "accounts deactivated; deactivate accounts"
       "; quittent l entreprise; quitte l entreprise; quittant l entreprise;"
       "comptes desactives; desactivation des comptes; konten deaktiviert;"
       "deaktivierung der konten; cuentas desactivadas; desactivan las cuentas;"
       "desactivacion de cuentas; abandonan la empresa"),
    _c("CC6.3", _S, "Access is granted, changed and removed by role with least privilege and segregation",
       "user access review; user access reviews; access review; access reviews; access recertification;"
       "recertification; recertified; entitlement review; privileged access review;"
       "rezertifiziert; zugriffsberechtigungen; berechtigungen;"
       "segregation of duties; separation of duties; segregate duties; segregated duties; separate duties;"
       "role changes; access rights; user access rights; revue des acces;"
       "zugriffsrezertifizierung; berechtigungsprufung; rezertifizierung; revision de accesos"
       "; access reviewed; access is reviewed; access are reviewed; access rights reviewed;"
       "access is recertified; least privilege"
       "; zugriffsrechte; zugangsrechte; droits d acces des utilisateurs;"
       "revue des droits d acces; revues des droits d acces;"
       "derechos de acceso de los usuarios; revisan los derechos de acceso;"
       "revision de los derechos de acceso"),
    _c("CC6.4", _S, "Physical access to facilities and sensitive areas is restricted",
       "physical access; physical security; data center security; datacenter security; badge;"
       "badge access; badges; cctv; video surveillance; visitor log; visitors; security guards;"
       "guards; colocation; biometric access; mantrap; securite physique; acces physique;"
       "physische sicherheit; zutrittskontrolle; seguridad fisica; acceso fisico;"
       "physical barrier; cage; caged; entry logs; physical entry"
       "; ~loss or theft; ~lost or stolen; theft of assets; theft of equipment; leaving the premises;"
       "off premises; removal of equipment; equipment removal;"
       "removed from the premises"
       "; clean desk; clear desk"),
    _c("CC6.5", _S, "Data is made unrecoverable before assets are disposed of",
       "media sanitization; media sanitisation; sanitize; sanitized; secure disposal;"
       "disposal of media; nist 800 88; shredding; shredded; degaussing; certificate of destruction;"
       "device wipe; wiped; hard drive destruction; destruction des supports;"
       "datentragervernichtung; destruccion de soportes;"
       "disposal; media handling"
       "; drives destroyed; hard drives destroyed"),
    _c("CC6.6", _S, "Boundary protections guard against threats from outside",
       "firewall; firewalls; waf; web application firewall; intrusion prevention; ips; vpn;"
       "remote access; ddos; bastion; bastion host; zero trust; perimeter; network security;"
       "pare feu; cortafuegos;"
       "denial of service"
       "; spoofing; dmarc; spf; dkim; email security; email filtering"),
    _c("CC6.7", _S, "Transmission, movement and removal of data are restricted and protected",
       "tls; ssl; https; transport of; transmission; transmitted; encryption in transit; encrypted in transit; in transit; data in transit;"
       "dlp; data loss prevention; removable media; usb; mdm; mobile device management;"
       "laptop encryption; full disk encryption; ~disk encryption; sftp; secure file transfer;"
       "chiffrement en transit; transportverschlusselung; cifrado en transito;"
       "mobile devices;"
       "en transito; en transit; chiffrement tls; ubertragung; transmission des donnees"),
    _c("CC6.8", _S, "Unauthorised or malicious software is prevented or detected",
       "antivirus; anti virus; anti malware; antimalware; malware; edr;"
       "endpoint detection; endpoint protection; application allowlisting; allowlisting;"
       "whitelisting; file integrity monitoring; fim; malicious software; unauthorized software;"
       "upload scanning; logiciel malveillant; logiciels malveillants; virenschutz;"
       "schadsoftware; malware; programas maliciosos"
       "; malicious attachments; attachment scanning"),
    _c("CC7.1", _S, "Configuration drift and new vulnerabilities are detected",
       "vulnerability scanning; vulnerability scan; vulnerability scans; vulnerability management;"
       "vulnerability assessment; vulnerabilities; configuration baseline; cis benchmark;"
       "cis benchmarks; hardening; hardened; cspm; patch; patches; patching; patch management;"
       "security patches; patched; cve; scan de vulnerabilites; vulnerabilites; correctifs;"
       "gestion des correctifs; schwachstellen; schwachstellenscan; schwachstellenmanagement;"
       "vulnerabilidades; parches; gestion de parches;"
       "ports protocols and services; unnecessary services; currently supported; end of life; unsupported software; configuration management; gold image; golden image; secure configuration;"
       "correctifs de securite; sicherheitsupdates; parches de seguridad; mises a jour de securite"
       "; software composition analysis; dependency scanning; software dependencies;"
       "dependencies up to date; vulnerable components; outdated components;"
       "out of date components; insecure components; vulnerable dependencies;"
       "outdated dependencies; sbom; software bill of materials; misconfiguration;"
       "misconfigurations"),
    _c("CC7.2", _S, "Systems are monitored for anomalies that may be security events",
       "mdr provider; mdr providers; siem; logging; logs; log retention; audit logs; audit log; alerting; alerts;"
       "24x7 monitoring; security monitoring; monitoring; monitored; security operations center;"
       "security operations centre; mdr; managed detection; anomalies; anomalous; suspicious activity;"
       "threat detection; threat hunting; intrusion detection; ids; intrusion; intrusions; gsoc; csoc; socaas; noc;"
       "24 7 monitoring; journalisation; journaux;"
       "surveillance; protokollierung; uberwachung; registros; monitorizacion; supervision;"
       "~log;"
       "uberwachen; uberwacht; protokolliert; protokollieren; surveillez; surveillance continue; supervisez; monitorizan; monitorean; supervisan; ~rund um die uhr; ~24h 24"),
    _c("CC7.3", _S, "Security events are evaluated to decide whether they are incidents",
       "triage; event classification; severity levels; ~severity; incident declaration;"
       "+escalation; +escalate; +escalated"
       "; event correlation; correlated; triaged"),
    _c("CC7.4", _S, "Incidents are handled under a defined response program",
       "incident response; incident response plan; ir plan; incident management; security incident;"
       "respond to incidents; ~incidents; ~incident; sicherheitsvorfallen; vorfalle;"
       "security incidents; containment; eradication; forensics; forensic; tabletop;"
       "tabletop exercise; breach notification; notify customers; breach; breaches; data breach;"
       " reponse aux incidents;"
       "gestion des incidents; incidents de securite; incident de securite;"
       "sicherheitsvorfall; sicherheitsvorfalle; vorfallsmanagement; incident management;"
       "respuesta a incidentes; gestion de incidentes; incidentes de seguridad;"
       "~incidentes; ~vorfall"),
    _c("CC7.5", _S, "The entity recovers from incidents and learns from them",
       "root cause analysis; root cause; post mortem; postmortem; post incident review;"
       "lessons learned; recovery procedures;"
       "restored systems"),
    _c("CC8.1", _S, "Changes are authorised, tested, approved and implemented in a controlled way",
       "change management; change control; change approval; changes approved; code review;"
       "code reviews; peer review; pull request; pull requests; ci cd; cicd; deployment pipeline;"
       "before production; separate environments; production environment; emergency change;"
       "emergency changes; infrastructure as code; sdlc; secure development; secure coding;"
       "peer reviewed; code changes; software development lifecycle; development lifecycle;"
       "release management; gestion des changements; anderungsmanagement; change management;"
       "gestion de cambios; control de cambios;"
       "security by design; ~by design; ~product lifecycle;"
       "gestion du changement; anderungsverwaltung; gestion del cambio; revue de code; code reviews; revision de codigo"
       "; security testing; application security testing;"
       "static application security testing; dynamic application security testing; sast;"
       "dast; static analysis; code scanning; change advisory board;"
       "change review board; code signing; signed releases; release signing;"
       "signed builds; build pipeline; non production environments;"
       "non production environment"
       "; developer access to production; developers and production; deployment rights"),
    _c("CC9.1", _S, "Risks from business disruption are mitigated",
       "^business continuity; ^business continuity plan; ^bcp; business impact analysis; bia;"
       "resilience; cyber insurance; cyber liability; ^continuite d activite; ^plan de continuite;"
       "^geschaftskontinuitat; ^continuidad del negocio; ^continuidad de negocio"),
    _c("CC9.2", _S, "Vendor and business-partner risks are assessed and managed",
       "mdr provider; mdr providers; mssp; managed security service provider;"
       "third party risk; third party risk management; tprm; vendor risk; vendor risk management;"
       "vendor management; vendor due diligence; vendor assessment; vendor assessments; due diligence;"
       "subprocessors; sub processors; subprocessor; subcontractors; fourth parties; fourth party;"
       "+suppliers; +supplier; +vendors; +third parties; third party vendors; +service providers;"
       "vendor security; assess vendors; assess third parties; assessments of third party;"
       "third party security; supplier security; third party management; contracts with third parties;"
       "third party contracts; contracts with vendors; review vendors; vendor reviews;"
       "gestion des fournisseurs; fournisseurs; sous traitants; lieferanten; dienstleister;"
       "proveedores; terceros;"
       "supply chain; supply chain risk;"
       "soc report reviewed; soc reports reviewed; review soc reports; review the soc reports; review their soc reports"
       "; supplier onboarding; vendor onboarding; onboarding new suppliers;"
       "onboarding new vendors; onboarding of suppliers; onboarding of vendors;"
       "supplier selection; vendor selection"),
    _c("A1.1", _A, "Capacity is measured, forecast and expanded as needed",
       "capacity planning; capacity; utilization; utilisation; autoscaling; auto scaling;"
       "performance monitoring; load forecasting; uptime; availability monitoring;"
       "planification de la capacite; kapazitatsplanung; planificacion de capacidad"
       "; service level objectives; slo; slos"),
    _c("A1.2", _A, "Environmental safeguards, backups and recovery infrastructure are in place",
       "backup; backups; back up; backed up; offsite; off site; cross region; multi az;"
       "availability zones; ^failover; redundant; redundancy; ups; generator; generators;"
       "fire suppression; hvac; environmental controls; rpo; rto; recovery time objective;"
       "recovery point objective; recovery time objectives; recovery point objectives; ^disaster recovery;"
       "^dr plan; ^disaster recovery plan; sauvegarde; sauvegardes; datensicherung;"
       "datensicherungen; copia de seguridad; copias de seguridad; respaldo; respaldos;"
       "^reprise apres sinistre; ^plan de reprise; ^notfallwiederherstellung; ^notfallplan;"
       "^recuperacion ante desastres;"
       "high availability"),
    _c("A1.3", _A, "Recovery plans and backups are tested",
       "dr test; dr tests; disaster recovery test; disaster recovery exercise; failover test;"
       "restore test; restore tests; restoration test; test restore; test restores; restores;"
       "bcp exercise; bcp test; dr exercise; recovery test; recovery exercise;"
       "test de restauration; tests de restauration; wiederherstellungstest; wiederherstellungstests;"
       "prueba de restauracion; pruebas de restauracion; prueba de recuperacion"),
    _c("C1.1", _C, "Confidential information is identified and protected while it is kept",
       "data classification; classification scheme; classification policy; confidential information;"
       "classify data; classified according; classified by sensitivity; confidential;"
       "confidential data; confidentiality; non disclosure agreement; non disclosure agreements;"
       "confidentiality agreement; confidentiality agreements; ndas; need to know;"
       "classification des donnees; donnees confidentielles; datenklassifizierung; vertraulichkeit;"
       "vertrauliche; clasificacion de datos; confidencialidad; informacion confidencial"
       "; labelled according; labeled according; according to its sensitivity;"
       "sensitivity labels; sensitivity level; sensitivity levels; classification levels;"
       "protection levels"),
    _c("C1.2", _C, "Confidential information is disposed of when no longer needed",
       "data deletion; delete customer data; deleted; deletion; return or destroy; return of data;"
       "retention schedule; retention policy;"
       "retention period; secure deletion; purge; purged; data disposal; suppression des donnees;"
       "datenloschung; loschung; eliminacion de datos; borrado"
       "; data retention; retain customer data; customer data after termination"),
    _c("PI1.1", _PI, "Processing objectives, data definitions and specifications are defined",
       "data dictionary; processing specifications; input output definitions;"
       "service specifications; processing objectives"),
    _c("PI1.2", _PI, "Inputs are complete, accurate and valid",
       "input validation; edit checks; input checks; file import checks; rejected records;"
       "completeness checks; data validation; validate inputs; validated on input;"
       "validation des entrees; eingabevalidierung; validacion de entradas;"
       "validate user inputs; validate user input; user inputs; validate input;"
       "input files validated; inputs validated; validated for completeness; input completeness"
       "; integrity of files; integrity check; integrity checks; verify the integrity"),
    _c("PI1.3", _PI, "Processing is complete, accurate and timely",
       "batch job monitoring; job scheduling; batch jobs; batch processing; job failures;"
       "failed jobs; error handling; calculation checks; transaction processing; processing errors"),
    _c("PI1.4", _PI, "Outputs are delivered completely, accurately and on time",
       "output reconciliation; reconcile; reconciled; reconciliation; reconciliations; record counts;"
       "control totals; report distribution; delivery confirmation; output review; checksums;"
       "checksum; hash totals"),
    _c("PI1.5", _PI, "Inputs, items in processing and outputs are stored completely and accurately",
       "data integrity; integrity of stored data; transaction audit trail; audit trail;"
       "data corruption; corruption; integrite des donnees; datenintegritat; integridad de los datos"),
    _c("P1.1", _P, "Data subjects get a timely, current privacy notice",
       "privacy policy; privacy notice; privacy statement; notice updates;"
       "politique de confidentialite; datenschutzerklarung; aviso de privacidad; politica de privacidad"),
    _c("P2.1", _P, "Choices and consent are communicated and obtained",
       "consent; opt in; opt out; consent management; cookie banner; cookies; withdraw consent;"
       "consentement; einwilligung; consentimiento"),
    _c("P3.1", _P, "Personal information is collected only as needed",
       "data minimization; data minimisation; minimization; collect only; lawful basis; legal basis;"
       "third party data sources; minimisation des donnees; datenminimierung; minimizacion de datos"
       "; @minimized; @minimised; @minimize; @minimise; @minimizing"),
    _c("P3.2", _P, "Explicit consent is obtained before collecting sensitive personal information",
       "explicit consent; sensitive personal data; sensitive personal information;"
       "special category data; special categories"),
    _c("P4.1", _P, "Personal information is used only for the stated purposes",
       "purpose limitation; secondary use; sell personal data; sale of personal data; sell data;"
       "sell customer data; train models; model training; advertising; machine learning models;"
       "train machine learning; ai models; @train; limitation des finalites;"
       "zweckbindung; limitacion de la finalidad"),
    _c("P4.2", _P, "Personal information is retained only as long as needed",
       "legal hold; @retention period; @retention schedule; @retention policy; @retain; @retained"),
    _c("P4.3", _P, "Personal information is securely disposed of",
       "right to erasure; right to be forgotten; erasure; deletion request; deletion requests;"
       "anonymization; anonymisation; anonymized; @deletion; @delete; @deleted;"
       "droit a l effacement; recht auf loschung; derecho de supresion; derecho al olvido"),
    _c("P5.1", _P, "Data subjects can access their personal information",
       "data subject rights; @access to their; dsar; dsars; subject access request; subject access requests; data subject access;"
       "data subject request; data subject requests; data portability; @export; @copy of their;"
       "droit d acces; portabilite; auskunftsrecht; auskunftsersuchen; datenubertragbarkeit;"
       "derecho de acceso; portabilidad"),
    _c("P5.2", _P, "Data subjects can correct their personal information",
       "rectification; rectify; correction request; correction requests; @correct;"
       "droit de rectification; berichtigung; rectificacion"),
    _c("P6.1", _P, "Personal information is disclosed to third parties only as agreed",
       "data sharing; share personal data; disclose personal data; third party disclosure;"
       "disclosure to third parties; data sharing agreement"
       "; @transfer personal data; @international transfer; @international transfers;"
       "@cross border transfer; @cross border transfers; outside the eea; outside the eu;"
       "@data transfers"),
    _c("P6.2", _P, "Authorised disclosures of personal information are recorded",
       "disclosure log; records of processing; record of processing; ropa; registre des traitements;"
       "verarbeitungsverzeichnis; registro de actividades"),
    _c("P6.3", _P, "Unauthorised disclosures and breaches are recorded",
       "breach register; breach log; privacy incident log; record of breaches"),
    _c("P6.4", _P, "Vendors with access to personal information commit to privacy obligations",
       "dpa; data processing agreement; data processing addendum; subprocessor agreement;"
       "standard contractual clauses; sccs; vendor privacy assessment; accord de traitement;"
       "auftragsverarbeitungsvertrag; avv; contrato de encargo; clausulas contractuales tipo"),
    _c("P6.5", _P, "Vendors commit to report unauthorised disclosures",
       "subprocessor breach notification; subprocessors notify; subprocessors to notify"),
    _c("P6.6", _P, "Breaches are notified to affected people, regulators and others",
       "notify regulators; regulator notification; supervisory authority; 72 hours;"
       "data breach notification; notify affected individuals; breach notification laws;"
       "@breach; @breaches; @data breach; notification des violations; datenschutzverletzung; datenschutzverletzungen;"
       "violation de donnees; brecha de datos; notificacion de brechas"),
    _c("P6.7", _P, "Data subjects can get an accounting of personal information held and disclosed",
       "accounting of disclosures; pi inventory; personal data inventory; data map; data mapping;"
       "data inventory"),
    _c("P7.1", _P, "Personal information is accurate, complete, current and relevant",
       "data quality; @accurate; @up to date; @accuracy"),
    _c("P8.1", _P, "Privacy inquiries, complaints and disputes are handled; compliance is monitored",
       "privacy complaints; complaints; dispute resolution; privacy audit; privacy compliance;"
       "privacy program; privacy programme; privacy inquiries; reclamations; beschwerden;"
       "reclamaciones"),
)  # fmt: skip

CRITERIA_BY_ID: dict[str, Criterion] = {c.id: c for c in CRITERIA}
CRITERION_ORDER: dict[str, int] = {c.id: i for i, c in enumerate(CRITERIA)}

# Words that make a text be about personal data (gates `@` cues and the privacy variants).
PERSONAL_CUES: tuple[str, ...] = (
    "personal data", "personal information", "personally identifiable", "pii", "data subject",
    "data subjects", "individuals", "gdpr", "ccpa", "cpra", "privacy", "end users", "consumers",
    "donnees personnelles", "donnees a caractere personnel", "personenbezogene", "personenbezogenen",
    "datos personales", "rgpd", "dsgvo", "about them", "their personal",
)  # fmt: skip

# Words that mean the text is about testing a plan (moves `^` cues to A1.3).
TEST_CUES: tuple[str, ...] = (
    "test", "tested", "tests", "testing", "exercise", "exercised", "exercises", "drill", "drills",
    "simulation", "teste", "testee", "testes", "getestet", "prueba", "pruebas", "probado",
    "ubung", "testez", "testees", "testen", "prueban", "probadas", "probados",
)  # fmt: skip

# --------------------------------------------------------------------------- SOC 1 signals
# Financial-reporting words that are enough on their own (DOMAIN.md section 3).
FINANCIAL_STRONG: tuple[str, ...] = (
    "icfr", "internal control over financial reporting", "internal controls over financial reporting",
    "financial reporting", "sox", "sarbanes oxley", "sox 404", "financial statement",
    "financial statements", "general ledger", "journal entries", "journal entry",
    "material misstatement", "user auditor", "user auditors", "fiscal year", "year end",
    "revenue recognition", "accounts payable", "accounts receivable", "sub ledger", "subledger",
    "control objectives", "fund accounting", "fund administration", "transfer agency", "nav",
    "trust accounting", "loan servicing", "tax withholding", "premium calculation",
    "claims adjudication", "pay rate", "pay rates", "payroll deductions", "fee schedule",
    "fee schedules", "suspense account", "suspense accounts", "unapplied cash", "libro mayor", "grand livre", "hauptbuch", "etats financiers", "information financiere", "jahresabschluss",
    "finanzberichterstattung", "rechnungslegung", "estados financieros", "informacion financiera",
)  # fmt: skip
# Financial process words that need a control word nearby to signal SOC 1.
FINANCIAL_PROCESS: tuple[str, ...] = (
    "payroll", "billing", "lohnabrechnungen", "libro mayor", "invoicing", "invoices", "claims processing", "premiums", "payments", "payment processing", "settlement", "settlements", "benefits administration", "our auditors",
    "our external auditor", "our external auditors", "financial auditors", "custody", "erp", "ledger", "cash", "bank", "transactions",
    "financial data", "financial transactions", "commissions", "tax", "paie", "facturation",
    "deductions", "benefits", "master file", "employee master", "vendor master", "customer master",
    "loans", "funds", "remittances",
    "lohnabrechnung", "gehaltsabrechnung", "abrechnung", "nomina", "nominas", "facturacion",
    # the books' own words: revenue deferred or recognised, amounts accrued, owed or owing
    "deferred revenue", "deferred income", "revenue recognition", "recognised as revenue",
    "recognized as revenue", "accrual", "accruals", "accrue", "accrued", "receivable",
    "receivables", "royalties", "royalty", "rebates", "journal entries", "month end close",
    # what divides an amount between payees: the master data of royalties and commissions
    "split percentages", "revenue splits", "revenue share percentages", "royalty splits",
    "commission splits", "commission rates",
)  # fmt: skip
FINANCIAL_CONTROL_WORDS: tuple[str, ...] = (
    "accurate", "accurately", "accuracy", "complete", "completely", "completeness", "reconcile",
    "reconciled", "reconciliation", "reconciliations", "calculate", "calculated", "calculation",
    "calculations", "authorize", "authorized", "authorise", "authorised", "authorization",
    "approve", "approved", "approval", "review", "reviewed", "controls", "control", "errors",
    "error", "input", "inputs", "output", "outputs", "posting", "posted", "withholding",
    "access to", "changes to", "rely", "reliance", "validated", "exacte", "exactitude",
    "rapprochement", "richtigkeit", "gepruft", "concilian", "concilia", "vollstandigkeit", "abstimmung", "exactitud", "conciliacion",
    "correct", "correctly", "match", "matches",
)  # fmt: skip

# --------------------------------------------------------------------------- other frameworks
# (canonical name, regex over the normalised lowercase text), in the order they are reported.
FRAMEWORKS: tuple[tuple[str, str], ...] = (
    ("ISO 27001", r"\biso(?:/iec)?[\s\-]*27001\b|\biso[\s\-]*27k\b"),
    ("ISO 27017", r"\biso(?:/iec)?[\s\-]*27017\b"),
    ("ISO 27018", r"\biso(?:/iec)?[\s\-]*27018\b"),
    ("ISO 27701", r"\biso(?:/iec)?[\s\-]*27701\b"),
    ("ISO 22301", r"\biso(?:/iec)?[\s\-]*22301\b"),
    ("ISO 42001", r"\biso(?:/iec)?[\s\-]*42001\b"),
    ("ISO 9001", r"\biso[\s\-]*9001\b"),
    ("PCI DSS", r"\bpci(?:[\s\-]*dss)?\b"),
    ("HITRUST", r"\bhitrust\b"),
    ("FedRAMP", r"\bfedramp\b"),
    ("StateRAMP", r"\bstateramp\b"),
    ("CSA STAR", r"\bcsa[\s\-]*star\b|\bstar (?:level|registry|self[\s\-]assessment|certification|attestation)\b|\bcaiq\b"),
    ("HIPAA", r"\bhipaa\b"),
    ("NIST 800-53", r"\b(?:nist[\s\-]*)?(?:sp[\s\-]*)?800[\s\-]*53\b"),
    ("NIST CSF", r"\bnist[\s\-]*csf\b|\bnist cybersecurity framework\b"),
    ("NIST 800-171", r"\b(?:nist[\s\-]*)?(?:sp[\s\-]*)?800[\s\-]*171\b"),
    ("CMMC", r"\bcmmc\b"),
    ("BSI C5", r"\bbsi[\s\-]*c5\b|\bc5 (?:attestation|testat|report)\b"),
    ("Cyber Essentials", r"\bcyber essentials\b"),
    ("TISAX", r"\btisax\b"),
    ("IRAP", r"\birap\b"),
    ("Essential Eight", r"\bessential (?:eight|8)\b"),
    ("G-Cloud", r"\bg[\s\-]?cloud\b"),
    ("FFIEC", r"\bffiec\b"),
    ("GDPR", r"\bgdpr\b|\brgpd\b|\bdsgvo\b"),
    ("CCPA", r"\bccpa\b|\bcpra\b"),
    ("SOC for Cybersecurity", r"\bsoc for cyber[\s\-]?security\b"),
    ("SOC for Supply Chain", r"\bsoc for (?:the )?supply chain\b"),
    ("WebTrust for CAs", r"\bwebtrust for (?:certification authorities|cas?)\b"),
    ("SIG", r"\bsig(?: lite| core)? questionnaire\b|\bshared assessments\b"),
    ("HECVAT", r"\bhecvat\b"),
    ("TIA-942", r"\btia[\s\-]*942\b"),
    ("HITECH", r"\bhitech\b|health information technology for economic and clinical health"),
    ("FERPA", r"\bferpa\b"),
    ("PA-DSS", r"\bpa[\s\-]*dss\b|payment application data security standard"),
    ("PIPL", r"\bpipl\b"),
    ("GLBA", r"\bglba\b|gramm[\s\-]leach[\s\-]bliley"),
    ("COPPA", r"\bcoppa\b"),
    ("LGPD", r"\blgpd\b"),
    ("PIPEDA", r"\bpipeda\b"),
    ("CJIS", r"\bcjis\b"),
    ("FISMA", r"\bfisma\b|federal information security (?:management|modernization) act"),
)  # fmt: skip

# --------------------------------------------------------------------------- non-SOC artifacts
# (artifact noun phrase, regex over the normalised text); the first that matches names it.
ARTIFACTS: tuple[tuple[str, str], ...] = (
    ("PCI DSS AOC", r"\b(?:aoc|roc)\b|attestation of compliance|report on compliance|\bsaq\b"),
    ("certificate of insurance", r"certificate of insurance|\bcoi\b|insurance certificate|proof of insurance|insurance polic|cyber (?:liability )?insurance|\b(?:cyber|liability|indemnity|e&o|omissions|crime|specie|fidelity|breach|insurance) (?:liability )?cover(?:age)?\b|\bpolicy declarations?\b|\bdeclarations? page\b"),
    ("penetration test summary", r"pen(?:etration)?[\s\-]*test|\bpentest"),
    ("vulnerability scan results", r"vulnerability scan"),
    ("W-9", r"\bw[\s\-]?9\b"),
    ("audited financial statements", r"audited financial|your (?:most recent |latest |last )?(?:audited )?financial statements|audit of (?:your |the company'?s? )?financial statements|annual report|\b10[\s\-]?k\b|balance sheet"),
    ("org chart", r"org(?:ani[sz]ation(?:al)?)? chart|organigram"),
    ("network diagram", r"(?:network|architecture|data[\s\-]*flow) diagram"),
    ("business continuity / DR plan", r"(?:business continuity|disaster recovery|\bbcp\b|\bdr\b)(?: and (?:disaster recovery|dr))? plan|\bbcp\b"),
    ("incident response plan", r"incident response plan|\bir plan"),
    ("subprocessor list", r"(?:list of (?:your )?sub[\s\-]?processors|sub[\s\-]?processor list)"),
    ("data processing agreement", r"data processing (?:agreement|addendum)|\bdpa\b"),
    ("SLA", r"\bsla\b|service level agreement|uptime history"),
    ("completed questionnaire", r"\bcaiq\b|\bsig\b|\bhecvat\b|completed questionnaire"),
    ("training records", r"training (?:records|certificates|logs|completion)"),
    ("background check attestation", r"background check (?:attestation|letter)"),
    ("management attestation letter", r"self[\s\-]attestation|management (?:attestation|letter)"),
    ("policy", r"\bpolic(?:y|ies)\b|\bprocedures?\b|\bpolitique|\brichtlinie|\bpol[ií]tica"),
)  # fmt: skip
