import type { Translations } from '../translations'

/** Two tabs or windows on one incident: the conflict screen and the draft journal notices. */
export const conflict = {
  fr: {
    'conflict.title': 'Deux versions de cet incident',
    'conflict.intro':
      'Cet incident a été modifié dans une autre fenêtre ou un autre onglet pendant que vous le modifiiez ici. Rien n’a été écrasé : l’enregistrement automatique est suspendu et votre saisie est conservée. Comparez les deux versions et choisissez celle à garder.',
    'conflict.table.caption': 'Ce qui diffère entre les deux versions',
    'conflict.table.field': 'Champ',
    'conflict.table.theirs': 'Autre version (enregistrée le {date})',
    'conflict.table.mine': 'Votre version',
    'conflict.table.keep': 'À garder',
    'conflict.empty': '(vide)',
    'conflict.pick.mine': 'La vôtre',
    'conflict.pick.theirs': 'L’autre',
    'conflict.pick.label': 'Version à garder pour « {field} »',
    'conflict.none':
      'Les deux versions ont désormais le même contenu : choisissez l’une ou l’autre, rien ne sera perdu.',
    'conflict.keepMine': 'Garder ma version',
    'conflict.takeTheirs': 'Prendre l’autre version',
    'conflict.merge': 'Garder ma sélection champ par champ',
    'conflict.resolved.mine': 'Votre version est enregistrée.',
    'conflict.resolved.theirs': 'L’autre version est gardée ; votre saisie a été abandonnée.',
    'conflict.resolved.merge': 'Votre sélection est enregistrée.',
    'conflict.error': 'Le choix n’a pas pu être enregistré : {message}',
    'conflict.detail.notice':
      'Une version de cet incident n’a pas été enregistrée car l’incident avait été modifié ailleurs entre-temps. Choisissez la version à garder.',
    'journal.replayed':
      'Votre dernière saisie, qui n’avait pas pu être enregistrée avant la fermeture, a été récupérée et enregistrée.',
    'journal.replayFailed':
      'Votre dernière saisie (non enregistrée avant la fermeture) est conservée sur cet appareil mais n’a pas pu être enregistrée : {message} Elle sera proposée à nouveau à la prochaine ouverture.',
    'journal.unknownVersion':
      'Une saisie non enregistrée de cet incident a été écrite par une autre version de Sentinelle (format {version}) : elle est conservée telle quelle mais n’est pas appliquée. Ouvrez l’incident avec cette version pour la récupérer.',
    'journal.full':
      'Le stockage local du navigateur est plein : la copie de secours de votre saisie ne peut plus être écrite. L’enregistrement automatique continue ; libérez de l’espace (par exemple en fermant d’autres onglets de ce site ou en vidant son cache) pour la rétablir.',
    'journal.unavailable':
      'Le stockage local du navigateur est indisponible : la copie de secours de votre saisie n’est pas écrite. L’enregistrement automatique continue.'
  },
  en: {
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
  }
} as const satisfies Translations
