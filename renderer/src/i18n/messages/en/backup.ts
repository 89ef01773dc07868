import type { SameKeysAs } from '../../translations'
import type { backup as french } from '../fr/backup'

export const backup = {
  'backup.open': 'Backup',
  'backup.title': 'Backup and restore',
  'backup.create.title': 'Back up the register',
  'backup.create.intro':
    'One file with every incident, policy, history, attachment, setting and the bin. An encrypted register gives an encrypted backup: keep its passphrase or recovery key.',
  'backup.create.start': 'Create a backup',
  'backup.create.done': 'Backup saved: {incidents} incident(s), {attachments} attachment(s).',
  'backup.restore.title': 'Restore or merge a backup',
  'backup.restore.intro':
    'Into an empty register the backup is restored as it is. Otherwise it is merged incident by incident: the newer version wins, and you choose for each conflict. Nothing is written before every check passed.',
  'backup.file': 'Backup file',
  'backup.secret': 'Passphrase or recovery key (encrypted backup)',
  'backup.check': 'Check the file',
  'backup.plan.summary':
    'To add: {add} · to replace: {replace} · to erase: {erase} · identical: {same} · kept: {keep}',
  'backup.clearCopy.title': 'Encrypted backup, unencrypted register',
  'backup.clearCopy.body':
    'This backup is encrypted, but this register is not: merged here, its incidents, histories and attachments would be stored in clear on this device. Set a passphrase for this register first (everything in it is then encrypted, and so is the merge), or confirm the merge in clear.',
  'backup.clearCopy.setUp': 'Set a passphrase first',
  'backup.clearCopy.accept': 'I understand: merge this backup into this register in clear',
  'backup.clearCopy.sealed': 'This register is now encrypted: the backup will be merged encrypted.',
  'backup.conflicts.title': 'Conflicts: choose the version to keep',
  'backup.conflicts.both': 'Changed here and in the backup',
  'backup.conflicts.erasedHere': 'Erased here, changed later in the backup',
  'backup.conflicts.erasedThere': 'Erased in the backup, changed later here',
  'backup.conflicts.local': 'Keep this register’s ({date})',
  'backup.conflicts.backup': 'Take the backup’s ({date})',
  'backup.apply': 'Restore',
  'backup.cancel': 'Cancel',
  'backup.progress': 'Restore progress',
  'backup.phase.read': 'Reading… {done} / {total}',
  'backup.phase.check': 'Checking… {done} / {total}',
  'backup.phase.prepare': 'Preparing… {done} / {total}',
  'backup.phase.write': 'Writing… {done} / {total}',
  'backup.restored': 'Done: {added} added, {replaced} replaced, {erased} erased.',
  'backup.renumbered': '{from} already existed here: the imported incident becomes {to}.',
  'backup.reload':
    'The restored register is encrypted: reload the app and unlock it with the backup’s passphrase.',
  'backup.reloadNow': 'Reload',
  'backup.cancelled': 'Cancelled: nothing was changed.',
  'backup.error': 'Nothing was changed. {message}',
  'backup.case.title': 'Import a case file or an incident JSON',
  'backup.case.file': 'Case file (.sentinelle-case) or incident (.json)',
  'backup.case.passphrase': 'Case file passphrase (if encrypted)',
  'backup.case.import': 'Import',
  'backup.case.imported': 'Incident {reference} imported.',
  'backup.case.copied': 'This incident already existed: imported as copy {reference}.',
  'backup.reminder.label': 'Backup reminder every (days)',
  'backup.reminder.save': 'Save',
  'backup.reminder.title': 'Time to back up the register',
  'backup.reminder.never': 'No backup has been made yet.',
  'backup.reminder.last': 'Last backup: {date}.',
  'backup.export.title': 'Send this incident',
  'backup.export.intro':
    'A portable case file (incident, attachments, SHA-256 manifest) for a broker, a lawyer or a DPO, who can verify and import it; or the JSON file the command line reads.',
  'backup.export.passphrase': 'Case file passphrase (optional, at least 12 characters)',
  'backup.export.case': 'Export the case file',
  'backup.export.json': 'Export as JSON',
  'backup.export.tooShort': 'The passphrase must be at least 12 characters long.'
} as const satisfies SameKeysAs<typeof french>
