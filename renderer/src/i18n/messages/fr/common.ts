import type { Catalogue } from '../../translations'

export const common = {
  'app.name': 'Sentinelle',
  'app.tagline': 'Incidents de confidentialité : obligations RGPD, assurances et registre',
  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.en': 'English',
  'register.title': 'Registre des incidents',
  'register.empty.title': 'Aucun incident enregistré',
  'register.empty.body':
    'Sentinelle vous aide à réagir à une fuite ou une perte de données : ce qu’il faut faire, avant quand, et quelle assurance peut couvrir le sinistre. Tout reste sur cet ordinateur.'
} as const satisfies Catalogue
