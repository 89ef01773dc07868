import type { Catalogue } from '../../translations'

/** Keys of issue 11 (reminders, storage notice, compact stepper) that span several features. */
export const crisis = {
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
} as const satisfies Catalogue
