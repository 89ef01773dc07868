import type { Translations } from '../translations'

export const security = {
  fr: {
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
      'Les incidents supprimés restent ici {days} jours, puis sont effacés définitivement (contenu, historique, pièces jointes). Seule une trace anonyme (identifiant et date d’effacement) subsiste.',
    'security.bin.art33':
      'L’article 33(5) du RGPD impose de documenter toute violation de données (faits, effets, mesures prises) : avant d’effacer une violation, exportez sa fiche PDF si vous devez la conserver.',
    'security.bin.empty': 'La corbeille est vide.',
    'security.bin.deletedAt': 'Supprimé le {date}',
    'security.bin.restore': 'Restaurer',
    'security.bin.erase': 'Effacer maintenant',
    'security.bin.eraseConfirm':
      'Effacer définitivement {reference} ? Son contenu, son historique et ses pièces jointes seront détruits. Cette action est irréversible.',
    'security.bin.erased': '{reference} a été effacé définitivement.',
    'security.bin.restored': '{reference} a été restauré.',
    'security.bin.retention': 'Effacement automatique après (jours)',
    'security.damaged': 'Enregistrement endommagé'
  },
  en: {
    'security.banner.title': 'Register not encrypted',
    'security.banner.body':
      'Any program that can read your profile can read these incidents in clear. Protect the register with a passphrase.',
    'security.banner.action': 'Encrypt the register',
    'security.setup.title': 'Encrypt the register',
    'security.setup.intro':
      'The register and its attachments will be encrypted (AES-256) with a key protected by your passphrase. It will be asked for every time the app opens.',
    'security.setup.warning':
      'Without the passphrase and the recovery key the data are lost: nobody, not even the publisher, can recover them.',
    'security.setup.passphrase': 'Passphrase',
    'security.setup.passphraseHelp': 'At least 12 characters; a phrase of several words is safer.',
    'security.setup.confirm': 'Confirm the passphrase',
    'security.setup.tooShort': 'The passphrase must be at least 12 characters long.',
    'security.setup.mismatch': 'The two entries differ.',
    'security.setup.submit': 'Encrypt',
    'security.setup.cancel': 'Later',
    'security.setup.running': 'Encrypting the register…',
    'security.setup.failed': 'Encryption failed: {message}',
    'security.recovery.title': 'Your recovery key',
    'security.recovery.body':
      'Write it down or print it and keep it apart: it will never be shown again. It opens the register if you forget the passphrase.',
    'security.recovery.sheet': 'Save the emergency sheet (PDF)',
    'security.recovery.sheetHelp':
      'The emergency sheet gives the key, the date, what it unlocks and where to keep it: print it, keep it away from the computer, then delete the file.',
    'security.recovery.sheetSaved': 'Emergency sheet saved: {path}',
    'security.recovery.sheetFailed': 'The emergency sheet was not saved: {message}',
    'security.recovery.saved': 'I have kept the recovery key',
    'security.recovery.done': 'Done',
    'security.unlock.title': 'Register locked',
    'security.unlock.body': 'Enter your passphrase to open the register.',
    'security.unlock.passphrase': 'Passphrase',
    'security.unlock.recoveryKey': 'Recovery key',
    'security.unlock.submit': 'Unlock',
    'security.unlock.useRecovery': 'I forgot the passphrase: use the recovery key',
    'security.unlock.usePassphrase': 'Use the passphrase',
    'security.unlock.wrong': 'Wrong passphrase or key: nothing was opened.',
    'security.unlock.wait': 'Too many attempts: try again in {seconds} s.',
    'security.lock.button': 'Lock',
    'security.lock.hint': 'Lock the register (Ctrl+Shift+L)',
    'security.idle.label': 'Lock after inactivity (minutes)',
    'security.bin.nav': 'Bin',
    'security.bin.title': 'Bin',
    'security.bin.intro':
      'Deleted incidents stay here for {days} days, then are erased for good (content, history, attachments). Only an anonymous trace (identifier and erasure date) remains.',
    'security.bin.art33':
      'GDPR Article 33(5) requires every personal data breach to be documented (facts, effects, remedial action): before erasing a breach, export its PDF record if you must keep it.',
    'security.bin.empty': 'The bin is empty.',
    'security.bin.deletedAt': 'Deleted on {date}',
    'security.bin.restore': 'Restore',
    'security.bin.erase': 'Erase now',
    'security.bin.eraseConfirm':
      'Erase {reference} for good? Its content, history and attachments will be destroyed. This cannot be undone.',
    'security.bin.erased': '{reference} was erased for good.',
    'security.bin.restored': '{reference} was restored.',
    'security.bin.retention': 'Erase automatically after (days)',
    'security.damaged': 'Damaged record'
  }
} as const satisfies Translations
