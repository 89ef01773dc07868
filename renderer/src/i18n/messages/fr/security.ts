import type { Catalogue } from '../../translations'

export const security = {
  'security.banner.title': 'Registre non chiffré',
  'security.banner.body':
    'Tout programme qui lit votre profil peut lire ces incidents en clair. Protégez le registre par une phrase secrète.',
  'security.banner.action': 'Chiffrer le registre',
  'security.setup.title': 'Chiffrer le registre',
  'security.setup.intro':
    'Le registre et ses pièces jointes seront chiffrés (AES-256) avec une clé protégée par votre phrase secrète. Elle sera demandée à chaque ouverture.',
  'security.setup.warning':
    'Sans la phrase secrète ni la clé de secours, les données sont perdues : personne, pas même l’éditeur, ne peut les récupérer.',
  'security.setup.passphrase': 'Phrase secrète',
  'security.setup.passphraseHelp':
    'Au moins 12 caractères ; une phrase de plusieurs mots est plus sûre.',
  'security.setup.confirm': 'Confirmez la phrase secrète',
  'security.setup.tooShort': 'La phrase secrète doit compter au moins 12 caractères.',
  'security.setup.mismatch': 'Les deux saisies diffèrent.',
  'security.setup.submit': 'Chiffrer',
  'security.setup.cancel': 'Plus tard',
  'security.setup.running': 'Chiffrement du registre en cours…',
  'security.setup.failed': 'Le chiffrement a échoué : {message}',
  'security.recovery.title': 'Votre clé de secours',
  'security.recovery.body':
    'Notez-la ou imprimez-la et rangez-la à part : elle ne sera plus jamais affichée. Elle ouvre le registre si vous oubliez la phrase secrète.',
  'security.recovery.sheet': 'Enregistrer la feuille de secours (PDF)',
  'security.recovery.sheetHelp':
    'La feuille de secours reprend la clé, la date, ce qu’elle ouvre et où la garder : imprimez-la, rangez-la à part de l’ordinateur, puis supprimez le fichier.',
  'security.recovery.sheetSaved': 'Feuille de secours enregistrée : {path}',
  'security.recovery.sheetFailed': 'La feuille de secours n’a pas été enregistrée : {message}',
  'security.recovery.saved': 'J’ai conservé la clé de secours',
  'security.recovery.done': 'Terminé',
  'security.unlock.title': 'Registre verrouillé',
  'security.unlock.body': 'Saisissez votre phrase secrète pour ouvrir le registre.',
  'security.unlock.passphrase': 'Phrase secrète',
  'security.unlock.recoveryKey': 'Clé de secours',
  'security.unlock.submit': 'Déverrouiller',
  'security.unlock.useRecovery': 'J’ai oublié la phrase secrète : utiliser la clé de secours',
  'security.unlock.usePassphrase': 'Utiliser la phrase secrète',
  'security.unlock.wrong': 'Phrase secrète ou clé incorrecte : rien n’a été ouvert.',
  'security.unlock.wait': 'Trop d’essais : réessayez dans {seconds} s.',
  'security.lock.button': 'Verrouiller',
  'security.lock.hint': 'Verrouiller le registre (Ctrl+Maj+L)',
  'security.idle.label': 'Verrouillage après inactivité (minutes)',
  'security.bin.nav': 'Corbeille',
  'security.bin.title': 'Corbeille',
  'security.bin.intro':
    'Les incidents supprimés restent ici {days} jours, puis sont effacés définitivement (contenu, historique, pièces jointes). Seule une trace anonyme (identifiant et date d’effacement) subsiste, et, si vous le choisissez, la fiche art. 33(5) de la violation.',
  'security.bin.art33':
    'L’article 33(5) du RGPD impose de documenter toute violation de données (faits, effets, mesures prises) : à l’effacement, vous pouvez garder sa fiche dans le registre, ou exporter d’abord sa fiche PDF.',
  'security.bin.empty': 'La corbeille est vide.',
  'security.bin.deletedAt': 'Supprimé le {date}',
  'security.bin.restore': 'Restaurer',
  'security.bin.erase': 'Effacer maintenant',
  'security.bin.eraseConfirm':
    'Effacer définitivement {reference} ? Son contenu, son historique et ses pièces jointes seront détruits. Cette action est irréversible.',
  'security.bin.erased': '{reference} a été effacé définitivement.',
  'security.bin.restored': '{reference} a été restauré.',
  'security.bin.retention': 'Effacement automatique après (jours)',
  'security.settings.nav': 'Réglages',
  'security.settings.title': 'Réglages',
  'security.settings.passphrase': 'Phrase secrète',
  'security.settings.notEncrypted':
    'Le registre n’est pas chiffré : tout programme qui lit votre profil peut le lire.',
  'security.settings.passphraseHelp':
    'Changer la phrase secrète ne rechiffre rien : la clé du registre est seulement protégée par la nouvelle. L’ancienne n’ouvrira plus le registre ; la clé de secours reste valable.',
  'security.settings.current': 'Phrase secrète actuelle',
  'security.settings.new': 'Nouvelle phrase secrète',
  'security.settings.change': 'Changer la phrase secrète',
  'security.settings.changed':
    'Phrase secrète changée : utilisez la nouvelle à la prochaine ouverture.',
  'security.settings.currentMissing': 'Saisissez la phrase secrète actuelle ou la clé de secours.',
  'security.settings.currentWrong':
    'Phrase secrète actuelle ou clé de secours incorrecte : rien n’a changé.',
  'security.settings.lock': 'Verrouillage',
  'security.settings.idleHelp':
    'Le registre se verrouille après ce temps sans utilisation (15 minutes par défaut).',
  'security.settings.bin': 'Corbeille',
  'security.settings.binHelp':
    'Les incidents supprimés sont effacés définitivement après ce délai (30 jours par défaut).',
  'security.settings.range':
    'Saisissez un nombre entier entre {min} et {max} : rien n’a été modifié.',
  'security.settings.keepArt33':
    'À l’effacement automatique, garder la fiche du registre des violations (RGPD art. 33(5))',
  'security.settings.device': 'Cet appareil',
  'security.settings.remember': 'Se souvenir de la clé sur cet appareil',
  'security.settings.rememberHelp':
    'Sentinelle garde la clé dans le trousseau du système : le registre s’ouvre alors au démarrage sans phrase secrète pour quiconque utilise votre session sur cet ordinateur.',
  'security.settings.rememberConfirm': 'Activer',
  'security.settings.deviceUnavailable':
    'Indisponible : cet ordinateur n’a pas de trousseau protégé.',
  'security.settings.deviceFailed': 'La clé n’a pas été mémorisée : {message}',
  'security.erase.keep': 'Garder dans le registre la fiche art. 33(5) de cette violation',
  'security.erase.keptFields':
    'Sont gardés, chiffrés : la référence et le titre, les faits (dates, cause, types de violation, récit), les effets (catégories de données, nombres de personnes et d’enregistrements), les mesures prises et les notifications faites. Tout le reste est effacé : personnes concernées, assuré, preuves, pièces jointes, historique, brouillon.',
  'security.bin.kept.title': 'Fiches du registre gardées après effacement (RGPD art. 33(5))',
  'security.bin.kept.erasedAt': 'effacé le {date}',
  'security.bin.settingsLink': 'Délai d’effacement et fiche art. 33(5) : réglages',
  'security.attachments.staged':
    '« {name} » est retiré : vous pouvez annuler tant que vous restez sur cet incident.',
  'security.attachments.undo': 'Annuler le retrait de {name}',
  'security.attachments.undoShort': 'Annuler',
  'security.attachments.restored': '« {name} » est conservé.',
  'security.damaged': 'Enregistrement endommagé'
} as const satisfies Catalogue
