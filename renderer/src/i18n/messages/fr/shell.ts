import type { Catalogue } from '../../translations'

export const shell = {
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
} as const satisfies Catalogue
