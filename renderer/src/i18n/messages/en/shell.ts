import type { SameKeysAs } from '../../translations'
import type { shell as french } from '../fr/shell'

export const shell = {
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
} as const satisfies SameKeysAs<typeof french>
