/**
 * verifyBackup: checks a backup or a case file without the app (format, checksums, schemas,
 * references, decryptability with the secret, attachment hashes) and reports counts. Pure: the
 * CLI (scripts/verify-backup.ts) only reads the files and prints formatReport().
 */
import { loc, type Localized } from '../model/localized'
import { openBackup } from './backup'
import { openCaseFile } from './case-file'
import { bytesSource, openContainer, type ByteSource } from './container'
import { BackupError, isBackupError } from './errors'
import { BACKUP_FORMAT, type Manifest } from './schemas'

export type VerifyReport = {
  ok: boolean
  kind?: 'backup' | 'case'
  manifest?: Pick<Manifest, 'format' | 'formatVersion' | 'appVersion' | 'createdAt' | 'counts'>
  encryption?: Manifest['encryption']['kind']
  /** Whether sealed content was opened: not needed (clear), done, or not tried (no secret). */
  decryption: 'not-encrypted' | 'opened' | 'no-secret'
  /** Attachments whose bytes were read and matched their SHA-256. */
  attachmentsChecked: number
  /** Backup only: erased incidents whose Art. 33(5) register entry was kept (tombstones). */
  keptArt33Entries?: number
  error?: { kind: BackupError['kind']; part: string; message: Localized }
}

export async function verifyBackup(
  input: Uint8Array | ByteSource,
  secret?: string
): Promise<VerifyReport> {
  const source = input instanceof Uint8Array ? bytesSource(input) : input
  const report: VerifyReport = { ok: false, decryption: 'not-encrypted', attachmentsChecked: 0 }
  try {
    const { manifest } = await openContainer(source)
    const { format, formatVersion, appVersion, createdAt, counts } = manifest
    report.manifest = { format, formatVersion, appVersion, createdAt, counts }
    report.kind = format === BACKUP_FORMAT ? 'backup' : 'case'
    report.encryption = manifest.encryption.kind
    if (report.kind === 'backup') {
      // Every record is opened and checked; none of the opened values is kept (memory at 100k).
      const backup = await openBackup(source, { secret, dropRecordValues: true })
      if (backup.keyring) report.decryption = backup.clear ? 'opened' : 'no-secret'
      report.keptArt33Entries = backup.tables.tombstones.filter((t) => t.art33 !== undefined).length
      for (const row of backup.tables.attachments) {
        // Without the secret the bytes are still checked against the manifest's SHA-256.
        await backup.attachmentBytes(row.id)
        report.attachmentsChecked++
      }
    } else {
      if (manifest.encryption.kind === 'passphrase' && secret === undefined) {
        report.decryption = 'no-secret'
        // Checksums of every entry, without opening them.
        const container = await openContainer(source)
        for (const entry of manifest.entries) await container.read(entry)
        report.attachmentsChecked = manifest.counts.attachments
      } else {
        const opened = await openCaseFile(source, { passphrase: secret })
        if (manifest.encryption.kind === 'passphrase') report.decryption = 'opened'
        for (const a of opened.attachments) {
          await opened.attachmentBytes(a.id)
          report.attachmentsChecked++
        }
      }
    }
    report.ok = true
  } catch (error) {
    if (!isBackupError(error)) throw error
    report.error = { kind: error.kind, part: error.part, message: error.detail }
  }
  return report
}

export function formatReport(report: VerifyReport, lang: 'fr' | 'en', file: string): string[] {
  const t = (fr: string, en: string) => (lang === 'fr' ? fr : en)
  const lines = [t(`Fichier : ${file}`, `File: ${file}`)]
  const m = report.manifest
  if (m) {
    lines.push(
      report.kind === 'backup'
        ? t('Type : sauvegarde du registre', 'Kind: register backup')
        : t('Type : dossier d’incident', 'Kind: case file'),
      t(
        `Format : ${m.format} v${m.formatVersion}, écrit par Sentinelle ${m.appVersion} le ${m.createdAt}`,
        `Format: ${m.format} v${m.formatVersion}, written by Sentinelle ${m.appVersion} on ${m.createdAt}`
      ),
      t(
        `Contenu : ${m.counts.incidents} incident(s), ${m.counts.attachments} pièce(s) jointe(s), ${m.counts.policies} contrat(s), ${m.counts.history} entrée(s) d’historique, ${m.counts.tombstones} effacement(s), ${m.counts.settings} réglage(s)`,
        `Content: ${m.counts.incidents} incident(s), ${m.counts.attachments} attachment(s), ${m.counts.policies} polic(y/ies), ${m.counts.history} history entr(y/ies), ${m.counts.tombstones} erasure(s), ${m.counts.settings} setting(s)`
      ),
      report.encryption === 'none'
        ? t('Chiffrement : aucun', 'Encryption: none')
        : report.decryption === 'opened'
          ? t(
              'Chiffrement : oui, ouvert avec le secret fourni',
              'Encryption: yes, opened with the given secret'
            )
          : t(
              'Chiffrement : oui, non ouvert (aucun secret fourni : seules les empreintes sont vérifiées)',
              'Encryption: yes, not opened (no secret given: checksums only)'
            )
    )
  }
  if (report.ok && m && report.keptArt33Entries !== undefined) {
    // What the user will be asked about, or must keep, once restored.
    const conflicts = m.counts.conflicts ?? 0
    const kept = report.keptArt33Entries
    lines.push(
      t(
        `À savoir : ${conflicts} conflit(s) entre deux versions à trancher, ${kept} entrée(s) du registre (art. 33.5 RGPD) conservée(s) après effacement`,
        `Also: ${conflicts} conflict(s) between two versions to settle, ${kept} register entr(y/ies) (GDPR Art. 33(5)) kept after erasure`
      )
    )
  }
  if (report.ok) {
    lines.push(
      t(
        `Pièces jointes vérifiées : ${report.attachmentsChecked}`,
        `Attachments checked: ${report.attachmentsChecked}`
      )
    )
    lines.push(t('Résultat : OK', 'Result: OK'))
  } else if (report.error) {
    const e = new BackupError(report.error.kind, report.error.part, report.error.message)
    lines.push(t(`Résultat : ÉCHEC — ${e.describe('fr')}`, `Result: FAILED — ${e.describe('en')}`))
  }
  return lines
}

export const verifyMessages = {
  usage: loc(
    'Usage : npm run verify-backup -- <fichier> [--passphrase-file <fichier>] [--lang fr|en]',
    'Usage: npm run verify-backup -- <file> [--passphrase-file <file>] [--lang fr|en]'
  )
}
