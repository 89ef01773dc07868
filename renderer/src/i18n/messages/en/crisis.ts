import type { SameKeysAs } from '../../translations'
import type { crisis as french } from '../fr/crisis'

/** Keys of issue 11 (reminders, storage notice, compact stepper) that span several features. */
export const crisis = {
  'reminders.deadline': 'Deadline',
  'reminders.title.left': '{duration} left',
  'reminders.title.overdue': 'overdue by {duration}',
  'reminders.heading.24h': 'Deadline in less than 24 hours',
  'reminders.heading.2h': 'Deadline in less than 2 hours',
  'reminders.body': '{what}: due by {date}.',
  'reminders.open': 'Open the incident',
  'reminders.dismiss': 'Dismiss the reminder',
  'shell.storage.notice':
    'The browser did not grant durable storage: export your register regularly. This message shows only once.',
  'shell.storage.dismiss': 'Got it',
  'intake.nav.stepCompact': 'Step {current} of {total} — {name}',
  'intake.nav.stepsMenu': 'All steps',
  'intake.nav.stepProblems': '{name} ({problems})',
  'register.filters.remove': 'Remove the filter {filter}'
} as const satisfies SameKeysAs<typeof french>
