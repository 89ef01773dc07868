import type { Catalogue } from '../../translations'

export const firstRun = {
  'firstRun.title': 'Bienvenue dans Sentinelle',
  'firstRun.line1':
    'Un ordinateur perdu, un courriel parti au mauvais destinataire, un rançongiciel : notez ce qui s’est passé, en quelques minutes.',
  'firstRun.line2':
    'Sentinelle vous dit aussitôt quoi faire et avant quand : CNIL sous 72 h, personnes concernées, assureur, plainte.',
  'firstRun.line3':
    'Tout reste sur cet ordinateur, dans votre registre des incidents, prêt à être montré à la CNIL.',
  'firstRun.start': 'Déclarer un incident',
  'firstRun.sample': 'Voir un exemple',
  'firstRun.sampleHelp':
    'Charge un incident fictif, au choix, pour découvrir l’application. Vous pourrez le supprimer.',
  'firstRun.sampleChoice': 'Exemple à charger',
  'firstRun.sampleFailed': 'L’exemple n’a pas pu être chargé : {message}',
  'firstRun.startFailed': 'L’incident n’a pas pu être créé : {message}'
} as const satisfies Catalogue
