import type { Translations } from '../translations'

export const firstRun = {
  fr: {
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
  },
  en: {
    'firstRun.title': 'Welcome to Sentinelle',
    'firstRun.line1':
      'A lost laptop, an email sent to the wrong person, ransomware: write down what happened, in a few minutes.',
    'firstRun.line2':
      'Sentinelle tells you at once what to do and by when: the authority within 72 h, the persons concerned, your insurer, the police.',
    'firstRun.line3':
      'Everything stays on this computer, in your incident register, ready to show the supervisory authority.',
    'firstRun.start': 'Log an incident',
    'firstRun.sample': 'See an example',
    'firstRun.sampleHelp':
      'Loads a fictitious incident of your choice so you can explore the app. You can delete it afterwards.',
    'firstRun.sampleChoice': 'Example to load',
    'firstRun.sampleFailed': 'The example could not be loaded: {message}',
    'firstRun.startFailed': 'The incident could not be created: {message}'
  }
} as const satisfies Translations
