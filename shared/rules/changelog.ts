/**
 * What changed in each rule-set version (rendered at the end of docs/rules.md). Newest first.
 * Each helper adds its own lines under the version it bumps to.
 */
export type RuleSetChange = { version: string; changes: readonly string[] }

export const RULE_SET_CHANGELOG: readonly RuleSetChange[] = [
  {
    version: '2026.12.1',
    changes: [
      'GDPR — role: a processor informs its controller (RGPD art. 33(2)) within the contract’s deadline (art. 28(3)(f)) and never gets a CNIL notification duty of its own (gdpr.role.processor, gdpr.inform.processor); joint controllers are told to settle who notifies (gdpr.role.joint_controller, art. 26).',
      'GDPR — awareness recorded more than 24 h after detection asks for its reason, kept in the register and the notification (gdpr.awareness.delay, EDPB 9/2022); a late notification’s reasons are read from notificationDelayReason too.',
      'GDPR — ENISA 2013 as published: professional secrecy (+1 DPC) and the severity → notify/inform mapping are now labelled as Sentinelle’s conventions (source "Sentinelle"); incidental health mentions lower the DPC to 2 (gdpr.severity.dpc_health_level); fraud-enabling records raise it by 1 (gdpr.severity.dpc_fraud_enabling); 1,000+ persons whose readable data left raise the risk level by one band (gdpr.severity.scale, convention).',
      'GDPR — encryption that protects confidentiality lowers the ease of identification even when availability is also affected; availability is judged on its own: no backup or 24 h or more of unavailability is a risk (gdpr.doubt.availability), a quick restoration with nothing exposed is not (gdpr.notify.availability_only).',
      'GDPR — EDPB 9/2022 factors that weigh in the decision: malicious access to readable data, unknown recipients, fraud-enabling records, long exposure, other categories not ruled out (gdpr.doubt.*); a disclosure to a trusted recipient bound by secrecy who confirmed deletion is unlikely to result in a risk (gdpr.notify.contained_disclosure); partial encryption is explained (gdpr.severity.partial_protection). Vulnerable persons: children, patients, elderly or protected persons, not employees as such.',
      'GDPR — calibrated on EDPB Guidelines 01/2021 cases 01–14 and 17: the engine now matches all 15 (9 before), with one documented departure (case 13: informing the two customers is practical, not an art. 34 duty).',
      'Every rule carries the date it takes effect (effectiveFrom, default per source; L12-10-1 from 24 April 2023).'
    ]
  },
  {
    version: '2026.11.1',
    changes: ['First reviewed rule set.']
  }
]
