import type { SameKeysAs } from '../../translations'
import type { firstRun as french } from '../fr/first-run'

export const firstRun = {
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
} as const satisfies SameKeysAs<typeof french>
