import type { Translations } from '../translations'

export const common = {
  fr: {
    'app.name': 'Sentinelle',
    'app.tagline': 'Incidents de confidentialité : obligations RGPD, assurances et registre',
    'language.label': 'Langue',
    'language.fr': 'Français',
    'language.en': 'English',
    'register.title': 'Registre des incidents',
    'register.empty.title': 'Aucun incident enregistré',
    'register.empty.body':
      'Sentinelle vous aide à réagir à une fuite ou une perte de données : ce qu’il faut faire, avant quand, et quelle assurance peut couvrir le sinistre. Tout reste sur cet ordinateur.'
  },
  en: {
    'app.name': 'Sentinelle',
    'app.tagline': 'Confidentiality incidents: GDPR duties, insurance and register',
    'language.label': 'Language',
    'language.fr': 'Français',
    'language.en': 'English',
    'register.title': 'Incident register',
    'register.empty.title': 'No incident recorded yet',
    'register.empty.body':
      'Sentinelle helps you respond to a data leak or loss: what to do, by when, and which insurance may cover it. Everything stays on this computer.'
  }
} as const satisfies Translations
