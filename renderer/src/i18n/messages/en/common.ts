import type { SameKeysAs } from '../../translations'
import type { common as french } from '../fr/common'

export const common = {
  'app.name': 'Sentinelle',
  'app.tagline': 'Confidentiality incidents: GDPR duties, insurance and register',
  'language.label': 'Language',
  'language.fr': 'Français',
  'language.en': 'English',
  'register.title': 'Incident register',
  'register.empty.title': 'No incident recorded yet',
  'register.empty.body':
    'Sentinelle helps you respond to a data leak or loss: what to do, by when, and which insurance may cover it. Everything stays on this computer.'
} as const satisfies SameKeysAs<typeof french>
