import type { Translations } from '../translations'

/** Keys of issue 11 (reminders, storage notice, compact stepper) that span several features. */
export const crisis = {
  fr: {
    'reminders.deadline': 'Échéance',
    'reminders.title.left': 'reste {duration}',
    'reminders.title.overdue': 'en retard de {duration}',
    'reminders.heading.24h': 'Échéance dans moins de 24 heures',
    'reminders.heading.2h': 'Échéance dans moins de 2 heures',
    'reminders.body': '{what} : à faire avant le {date}.',
    'reminders.open': 'Ouvrir l’incident',
    'reminders.dismiss': 'Fermer le rappel',
    'shell.storage.notice':
      'Le navigateur n’a pas accordé le stockage durable : exportez votre registre régulièrement. Ce message ne s’affiche qu’une fois.',
    'shell.storage.dismiss': 'J’ai compris',
    'intake.nav.stepCompact': 'Étape {current} sur {total} — {name}',
    'intake.nav.stepsMenu': 'Toutes les étapes',
    'intake.nav.stepProblems': '{name} ({problems})',
    'register.filters.remove': 'Retirer le filtre {filter}'
  },
  en: {
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
  }
} as const satisfies Translations
