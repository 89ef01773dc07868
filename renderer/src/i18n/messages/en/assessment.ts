import type { SameKeysAs } from '../../translations'
import type { assessment as french } from '../fr/assessment'

export const assessment = {
  'assessment.title': 'Live assessment',
  'assessment.deadlines.heading': 'To do and deadlines',
  'assessment.deadlines.none': 'No deadline yet: enter the dates in the timeline.',
  'assessment.deadline.due': 'Due: {date}',
  'assessment.deadline.left': '{duration} left',
  'assessment.deadline.overdue': 'overdue by {duration}',
  'assessment.deadline.done': 'done',
  'assessment.deadline.status.ok': 'on time',
  'assessment.deadline.status.near': 'soon',
  'assessment.deadline.status.overdue': 'overdue',
  'assessment.deadline.status.done': 'done',
  'assessment.duration.days': '{d} d {h} h',
  'assessment.duration.hours': '{h} h {m} min',
  'assessment.duration.minutes': '{m} min',
  'assessment.nextSteps.heading': 'Next steps',
  'assessment.awareness.heading': 'Start of the 72 hours',
  'assessment.gdpr.heading': 'GDPR duties',
  'assessment.gdpr.notApplicable': 'The GDPR does not apply',
  'assessment.duty.register': 'Record in the breach register',
  'assessment.duty.notify_authority': 'Notify the CNIL',
  'assessment.duty.inform_persons': 'Inform the affected people',
  'assessment.duty.required': 'Required',
  'assessment.duty.notRequired': 'Not required',
  'assessment.duty.status.done': 'done',
  'assessment.duty.status.pending': 'to do',
  'assessment.duty.status.overdue': 'overdue',
  'assessment.duty.status.not_required': 'not required',
  'assessment.severity': 'Estimated severity: {level} (score {score})',
  'assessment.severity.low': 'low',
  'assessment.severity.medium': 'medium',
  'assessment.severity.high': 'high',
  'assessment.severity.very_high': 'very high',
  'assessment.missing.heading': 'Information to add later',
  'assessment.coverage.heading': 'Your insurance',
  'assessment.coverage.none':
    'No policy ticked: add your policies in the “Insurance” step to see which may apply.',
  'assessment.verdict.covered': 'Likely covered',
  'assessment.verdict.excluded': 'Excluded',
  'assessment.verdict.uncertain': 'Uncertain',
  'assessment.verdict.not_applicable': 'Not applicable',
  'assessment.reasons': 'Why',
  'assessment.rule': 'Rule {id}',
  'assessment.toCheck': 'To check in your contract: {text}',
  'assessment.advice.heading': 'Advice',
  'assessment.disclaimer':
    'An indicative assessment, not a substitute for a lawyer or your insurer: the insurer decides whether it pays.',
  'assessment.ruleSet': 'Rules version {version} · computed {date}',
  'assessment.error': 'The assessment could not be computed: {message}',
  'assessment.unknownPolicy': 'Policy',
  'assessment.why': 'Why?',
  'assessment.why.region': 'Why: {about}',
  'assessment.plain.health':
    'Also report the incident to your regional health agency (ARS), without waiting.',
  'assessment.plain.awareness': 'The 72 hours run from {date}.',
  'assessment.plain.register.done':
    'This record is your entry in the breach register: keep it up to date.',
  'assessment.plain.register.done.nodate':
    'This record is your entry in the breach register: keep it up to date.',
  'assessment.plain.register.pending.nodate':
    'Save this incident: it becomes your entry in the breach register.',
  'assessment.plain.register.pending':
    'Save this incident: it becomes your entry in the breach register.',
  'assessment.plain.register.overdue.nodate':
    'Save this incident: it becomes your entry in the breach register.',
  'assessment.plain.register.not_required.nodate':
    'This record keeps track of the incident, even with no duty to.',
  'assessment.plain.notify_authority.pending':
    'Tell the CNIL before {date}, even if you do not know everything yet.',
  'assessment.plain.notify_authority.pending.nodate':
    'Tell the CNIL within 72 hours of learning of it: enter that moment in the timeline.',
  'assessment.plain.notify_authority.overdue.nodate':
    'The 72 hours have passed: tell the CNIL now and explain the delay.',
  'assessment.plain.notify_authority.done.nodate':
    'The CNIL has been told. Complete the notification if you learn more.',
  'assessment.plain.notify_authority.not_required.nodate':
    'Telling the CNIL does not seem necessary. Keep the reasons in this record.',
  'assessment.plain.inform_persons.pending':
    'Tell the affected people, in plain words, without undue delay (by {date} at the latest).',
  'assessment.plain.inform_persons.pending.nodate':
    'Tell the affected people, in plain words, without undue delay.',
  'assessment.plain.inform_persons.overdue.nodate': 'Tell the affected people now, in plain words.',
  'assessment.plain.inform_persons.done.nodate': 'The affected people have been told.',
  'assessment.plain.inform_persons.not_required.nodate':
    'Telling the affected people does not seem necessary.',
  'assessment.plain.verdict.covered':
    'This policy likely covers the incident: declare it to {insurer} before {date}.',
  'assessment.plain.verdict.covered.nodate':
    'This policy likely covers the incident: declare it to {insurer} as soon as you can.',
  'assessment.plain.verdict.uncertain':
    'This policy may cover the incident: declare it to {insurer} before {date} and check the points listed.',
  'assessment.plain.verdict.uncertain.nodate':
    'This policy may cover the incident: declare it to {insurer} as soon as you can and check the points listed.',
  'assessment.plain.verdict.excluded':
    'This policy likely does not cover the incident. {insurer} decides: you can still declare it, before {date}.',
  'assessment.plain.verdict.excluded.nodate':
    'This policy likely does not cover the incident. {insurer} decides: you can still declare it.',
  'assessment.plain.verdict.not_applicable': 'This policy does not concern this kind of incident.',
  'assessment.plain.verdict.not_applicable.nodate':
    'This policy does not concern this kind of incident.',
  'assessment.severity.factor.DPC': 'Data processing context (DPC)',
  'assessment.severity.factor.EI': 'Ease of identification (EI)',
  'assessment.severity.factor.CB': 'Circumstances of the breach (CB)',
  'assessment.action.notification': 'Prepare the CNIL notification',
  'assessment.action.persons': 'Write to the persons concerned (Word, to edit)',
  'assessment.action.declaration': 'Declare to {insurer}'
} as const satisfies SameKeysAs<typeof french>
