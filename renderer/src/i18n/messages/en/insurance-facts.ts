import type { SameKeysAs } from '../../translations'
import type { insuranceFacts as french } from '../fr/insurance-facts'

/**
 * The questions behind the insurance verdicts (model v2): who acted and in which capacity
 * (C. assur. L113-1, L121-2), the theft's circumstances, the complaint's record, the contract's
 * clauses. Plain words; the article is in the help text.
 */
export const insuranceFacts = {
  'facts.cause.actorRole.label': 'Who acted?',
  'facts.cause.actorRole.help':
    'Your insurer does not answer in the same way for an employee, a contractor or yourself.',
  'facts.cause.employeeScope.label': 'Was the employee acting as part of his job?',
  'facts.cause.employeeScope.help':
    'For example, “as part of the job”: a mistake or an abuse in his tasks; “outside the job”: he sold or took the file for his own ends (C. assur. art. L121-2).',
  'facts.cause.intentToHarm.label': 'Did the author mean to cause this damage?',
  'facts.cause.intentToHarm.help':
    'A deliberate act is not necessarily an “intentional fault”: the damage must have been wanted as it happened, and the insurer must prove it (C. assur. art. L113-1).',
  'facts.cause.theftPlace.label': 'Where was the device or file lost or stolen?',
  'facts.cause.theftPlace.help': 'For example: on the train, in a locked car, at the office.',
  'facts.cause.theftCircumstances.label': 'In what circumstances?',
  'facts.cause.theftCircumstances.help':
    'Break-in, bag snatched, device left unattended… Your policy may depend on it.',
  'facts.timeline.new.heading': 'New step',
  'facts.timeline.new.kind.placeholder': 'Choose a step',
  'facts.timeline.new.save': 'Add this step',
  'facts.timeline.new.cancel': 'Cancel',
  'facts.timeline.new.kindRequired': 'Choose the kind of step.',
  'facts.timeline.new.atRequired': 'Enter the date and time.',
  'facts.timeline.service.complaint': 'Police station or gendarmerie unit',
  'facts.timeline.reference.complaint': 'Record (procès-verbal) or receipt number',
  'facts.timeline.reference.pre_complaint': 'Pre-complaint number',
  'facts.timeline.pre_complaint.help':
    'An online pre-complaint is not a complaint until you have signed it at the police station or gendarmerie: then add the “Complaint filed” step.',
  'facts.timeline.reference.authority': 'Notification number',
  'facts.timeline.reference.insurer': 'Claim number given by the insurer',
  'facts.policy.more.heading': 'What the contract says (optional, can be completed later)',
  'facts.policy.exclusions.label': 'Exclusions',
  'facts.policy.exclusions.help':
    'For each one: is it written in your contract? Until you have checked, Sentinelle says “to check”, never “excluded”.',
  'facts.policy.exclusion.in': 'In the contract',
  'facts.policy.exclusion.absent': 'Not in the contract',
  'facts.policy.exclusion.unchecked': 'Not checked yet',
  'facts.policy.claimsMade.label': 'Is the cover written on a “claims-made” basis?',
  'facts.policy.claimsMade.help':
    'Often in the special conditions: the insurer that pays is the one in place when the third party claims (C. assur. art. L124-1-1).',
  'facts.policy.ownLossCover.label': 'Does the contract pay your own losses after a cyberattack?',
  'facts.policy.ownLossCover.help':
    '“IT”, “data loss” or “cyber” cover: a police complaint is then needed within 72 hours (C. assur. art. L12-10-1).',
  'facts.policy.entrusted.label':
    'Does the contract cover rebuilding documents entrusted by your clients?',
  'facts.policy.defence.label': 'Does the contract pay your defence costs?',
  'facts.policy.periodStart.label': 'Start of the policy period',
  'facts.policy.periodEnd.label': 'End of the policy period',
  'facts.policy.broker.label': 'Broker or agent',
  'facts.policy.assistancePhone.label': 'Assistance phone number',
  'facts.policy.assistancePhone.help': 'For a cyber policy: call it before spending anything.',
  'facts.policy.numberLater': 'You can add it later.',
  'facts.policy.periodOrder': 'The end of the period must come after its start.'
} as const satisfies SameKeysAs<typeof french>
