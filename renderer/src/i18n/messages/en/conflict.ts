import type { SameKeysAs } from '../../translations'
import type { conflict as french } from '../fr/conflict'

/** Two tabs or windows on one incident: the conflict screen and the draft journal notices. */
export const conflict = {
  'conflict.title': 'Two versions of this incident',
  'conflict.intro':
    'This incident was changed in another window or tab while you were editing it here. Nothing was overwritten: autosave is paused and your input is kept. Compare the two versions and choose which one to keep.',
  'conflict.table.caption': 'What differs between the two versions',
  'conflict.table.field': 'Field',
  'conflict.table.theirs': 'Other version (saved {date})',
  'conflict.table.mine': 'Your version',
  'conflict.table.keep': 'Keep',
  'conflict.empty': '(empty)',
  'conflict.pick.mine': 'Yours',
  'conflict.pick.theirs': 'Other',
  'conflict.pick.label': 'Version to keep for “{field}”',
  'conflict.none':
    'Both versions now have the same content: choose either one, nothing will be lost.',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': 'Take the other version',
  'conflict.merge': 'Keep my field-by-field selection',
  'conflict.resolved.mine': 'Your version is saved.',
  'conflict.resolved.theirs': 'The other version is kept; your input was discarded.',
  'conflict.resolved.merge': 'Your selection is saved.',
  'conflict.error': 'Your choice could not be saved: {message}',
  'conflict.detail.notice':
    'A version of this incident was not saved because the incident had been changed elsewhere meanwhile. Choose which version to keep.',
  'journal.replayed':
    'Your last input, which could not be saved before the app closed, was recovered and saved.',
  'journal.replayFailed':
    'Your last input (not saved before the app closed) is kept on this device but could not be saved: {message} It will be offered again next time.',
  'journal.unknownVersion':
    'Unsaved input for this incident was written by another version of Sentinelle (format {version}): it is kept as it is but not applied. Open the incident with that version to recover it.',
  'journal.full':
    'The browser’s local storage is full: the safety copy of your input can no longer be written. Autosave goes on; free some space (for instance close other tabs of this site or clear its cache) to restore it.',
  'journal.unavailable':
    'The browser’s local storage is unavailable: the safety copy of your input is not written. Autosave goes on.'
} as const satisfies SameKeysAs<typeof french>
