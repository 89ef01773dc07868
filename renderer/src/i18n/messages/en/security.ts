import type { SameKeysAs } from '../../translations'
import type { security as french } from '../fr/security'

export const security = {
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
    'Deleted incidents stay here for {days} days, then are erased for good (content, history, attachments). Only an anonymous trace (identifier and erasure date) remains, and, if you so choose, the breach’s art. 33(5) entry.',
  'security.bin.art33':
    'GDPR Article 33(5) requires every personal data breach to be documented (facts, effects, remedial action): when erasing, you can keep its entry in the register, or export its PDF record first.',
  'security.bin.empty': 'The bin is empty.',
  'security.bin.deletedAt': 'Deleted on {date}',
  'security.bin.restore': 'Restore',
  'security.bin.erase': 'Erase now',
  'security.bin.eraseConfirm':
    'Erase {reference} for good? Its content, history and attachments will be destroyed. This cannot be undone.',
  'security.bin.erased': '{reference} was erased for good.',
  'security.bin.restored': '{reference} was restored.',
  'security.bin.retention': 'Erase automatically after (days)',
  'security.settings.nav': 'Settings',
  'security.settings.title': 'Settings',
  'security.settings.passphrase': 'Passphrase',
  'security.settings.notEncrypted':
    'The register is not encrypted: any program that can read your profile can read it.',
  'security.settings.passphraseHelp':
    'Changing the passphrase re-encrypts nothing: the register’s key is only protected by the new one. The old one will no longer open the register; the recovery key still does.',
  'security.settings.current': 'Current passphrase',
  'security.settings.new': 'New passphrase',
  'security.settings.change': 'Change the passphrase',
  'security.settings.changed': 'Passphrase changed: use the new one next time.',
  'security.settings.currentMissing': 'Enter the current passphrase or the recovery key.',
  'security.settings.currentWrong':
    'Wrong current passphrase or recovery key: nothing was changed.',
  'security.settings.lock': 'Lock',
  'security.settings.idleHelp':
    'The register locks itself after this long without use (15 minutes by default).',
  'security.settings.bin': 'Bin',
  'security.settings.binHelp':
    'Deleted incidents are erased for good after this delay (30 days by default).',
  'security.settings.range': 'Enter a whole number from {min} to {max}: nothing was changed.',
  'security.settings.keepArt33':
    'On automatic erasure, keep the breach register entry (GDPR art. 33(5))',
  'security.settings.device': 'This device',
  'security.settings.remember': 'Remember the key on this device',
  'security.settings.rememberHelp':
    'Sentinelle keeps the key in the system’s key store, so the register opens at start without the passphrase for anyone using your session on this computer.',
  'security.settings.rememberConfirm': 'Turn on',
  'security.settings.deviceUnavailable': 'Unavailable: this computer has no protected key store.',
  'security.settings.deviceFailed': 'The key was not remembered: {message}',
  'security.erase.keep': 'Keep this breach’s art. 33(5) entry in the register',
  'security.erase.keptFields':
    'Kept, encrypted: the reference and title, the facts (dates, cause, breach types, narrative), the effects (data categories, numbers of persons and records), the remedial action taken and the notifications made. Everything else is erased: persons concerned, insured, evidence, attachments, history, draft.',
  'security.bin.kept.title': 'Register entries kept after erasure (GDPR art. 33(5))',
  'security.bin.kept.erasedAt': 'erased on {date}',
  'security.bin.settingsLink': 'Erasure delay and art. 33(5) entry: settings',
  'security.attachments.staged':
    '“{name}” is removed: you can undo this while you stay on this incident.',
  'security.attachments.undo': 'Undo the removal of {name}',
  'security.attachments.undoShort': 'Undo',
  'security.attachments.restored': '“{name}” is kept.',
  'security.damaged': 'Damaged record'
} as const satisfies SameKeysAs<typeof french>
