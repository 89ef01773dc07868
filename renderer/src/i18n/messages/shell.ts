import type { Translations } from '../translations'

export const shell = {
  fr: {
    'shell.nav.label': 'Navigation principale',
    'shell.nav.register': 'Registre',
    'shell.nav.policies': 'Mes assurances',
    'shell.nav.newIncident': 'Nouvel incident',
    'shell.close': 'Fermer',
    'shell.newIncident.error': 'Impossible de créer l’incident : {message}',
    'shell.loading': 'Chargement…',
    'shell.notFound.title': 'Incident introuvable',
    'shell.notFound.body': 'Cet incident n’existe pas ou a été supprimé.',
    'shell.notFound.back': 'Retour au registre',
    'shell.storage.refused':
      'Le navigateur n’a pas garanti le stockage durable : exportez régulièrement votre registre.',
    'shell.db.error': 'Le registre local ne peut pas être ouvert'
  },
  en: {
    'shell.nav.label': 'Main navigation',
    'shell.nav.register': 'Register',
    'shell.nav.policies': 'My insurance',
    'shell.nav.newIncident': 'New incident',
    'shell.close': 'Close',
    'shell.newIncident.error': 'The incident could not be created: {message}',
    'shell.loading': 'Loading…',
    'shell.notFound.title': 'Incident not found',
    'shell.notFound.body': 'This incident does not exist or has been deleted.',
    'shell.notFound.back': 'Back to the register',
    'shell.storage.refused': 'Durable storage was not granted: export your register regularly.',
    'shell.db.error': 'The local register cannot be opened'
  }
} as const satisfies Translations
