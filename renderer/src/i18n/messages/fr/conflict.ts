import type { Catalogue } from '../../translations'

/** Two tabs or windows on one incident: the conflict screen and the draft journal notices. */
export const conflict = {
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
} as const satisfies Catalogue
