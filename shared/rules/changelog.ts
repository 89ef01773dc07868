/**
 * What changed in each rule-set version (rendered at the end of docs/rules.md). Newest first.
 * Each helper adds its own lines under the version it bumps to.
 */
export type RuleSetChange = { version: string; changes: readonly string[] }

export const RULE_SET_CHANGELOG: readonly RuleSetChange[] = [
  {
    version: '2026.12.2',
    changes: [
      'GDPR — simple data alone (ENISA DPC 1: identity, contact) with nothing else aggravating: unknown recipients, a long exposure or an uncertain exit no longer decide « notify » by themselves (gdpr.doubt.simple_data, Sentinelle’s convention, to check; ENISA already counts them in CB). Impact doubts (sensitive data, vulnerable persons, secrecy, more than 100 persons, fraud-enabling records, malice, availability) still decide. Found by calibrating on the ICO’s « loss of a staff telephone list » (no notification), which the engine notified.',
      'Calibration widened: EDPB 01/2021 case 16; EDPB 9/2022 Annex B examples (i), (iii), (vi), (viii); two ICO examples. The engine matches all 22 published conclusions, 21 of them unchanged by this version.'
    ]
  },
  {
    version: '2026.12.1',
    changes: [
      'GDPR — role: a processor informs its controller (RGPD art. 33(2)) within the contract’s deadline (art. 28(3)(f)) and never gets a CNIL notification duty of its own (gdpr.role.processor, gdpr.inform.processor); joint controllers are told to settle who notifies (gdpr.role.joint_controller, art. 26).',
      'GDPR — awareness recorded more than 24 h after detection asks for its reason, kept in the register and the notification (gdpr.awareness.delay, EDPB 9/2022); a late notification’s reasons are read from notificationDelayReason too.',
      'GDPR — ENISA 2013 as published: professional secrecy (+1 DPC) and the severity → notify/inform mapping are now labelled as Sentinelle’s conventions (source "Sentinelle"); incidental health mentions lower the DPC to 2 (gdpr.severity.dpc_health_level); fraud-enabling records raise it by 1 (gdpr.severity.dpc_fraud_enabling); 1,000+ persons whose readable data left raise the risk level by one band (gdpr.severity.scale, convention).',
      'GDPR — encryption that protects confidentiality lowers the ease of identification even when availability is also affected; availability is judged on its own: no backup or 24 h or more of unavailability is a risk (gdpr.doubt.availability), a quick restoration with nothing exposed is not (gdpr.notify.availability_only).',
      'GDPR — EDPB 9/2022 factors that weigh in the decision: malicious access to readable data, unknown recipients, fraud-enabling records, long exposure, other categories not ruled out (gdpr.doubt.*); a disclosure to a trusted recipient bound by secrecy who confirmed deletion is unlikely to result in a risk (gdpr.notify.contained_disclosure); partial encryption is explained (gdpr.severity.partial_protection). Vulnerable persons: children, patients, elderly or protected persons, not employees as such.',
      'GDPR — calibrated on EDPB Guidelines 01/2021 cases 01–14 and 17: the engine now matches all 15 (9 before), with one documented departure (case 13: informing the two customers is practical, not an art. 34 duty).',
      'Insurance — police complaint (C. assur. L12-10-1): 72 h from the earliest detection or awareness of the attack, not from GDPR awareness; applies to any contract that may pay own losses from an attack (cyber, or property / RC Pro with ownLossCover), and is shown even before any policy is entered; an online pre-complaint is not a complaint until signed (insurance.L12-10-1.pre_complaint); a late complaint makes own losses excluded only when no third party is exposed (insurance.L12-10-1.complaint_late_other_cover).',
      'Insurance — declaration (L113-2): from the insured’s knowledge of the loss (2 working days from the discovery of a theft); on a claims-made policy each claim received starts its own deadline and, before any claim, declare the circumstances now (L124-1-1, L124-5; deadline.insurer.claims_made); an overdue deadline always reads "declare anyway, today" with the forfeiture conditions (deadline.insurer.late_not_lost); Whit Monday counts as worked so the earlier deadline wins; a shorter contract clause is inopposable (Cass. 2e civ., 21 Jan. 2021, no. 19-13.347).',
      'Insurance — verdicts no stronger than the law: "covered" reads "likely covered, subject to the contract’s wording"; seed advice is cited as a broker’s advice; L113-1 excludes only when the intent to cause the damage is established (insurance.L113-1.deliberate_not_malicious); L121-2 applies to liability cover and follows the employee’s scope (insurance.L121-2.outside_duties, insurance.L121-2.scope_unknown); exclusions are three-state and "usually excluded" is "uncertain" until found in the contract; no loss yet stays "uncertain" (legal_protection.potential_dispute, rc_pro.entrusted_documents); RC Pro defence costs and entrusted documents are checked, not assumed; criminal exposure as information (advice.criminal_exposure: C. pén. 226-13, 226-17, 226-22 al. 2); CSP L1111-8-2 in its ordonnance 2020-1407 wording; the confidentiality-extension advice no longer fires when the RC Pro already has the clause.',
      'Every rule carries the date it takes effect (effectiveFrom, default per source; L12-10-1 from 24 April 2023).'
    ]
  },
  {
    version: '2026.11.1',
    changes: ['First reviewed rule set.']
  }
]
