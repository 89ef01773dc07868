/**
 * The case file: one incident as a portable file for a broker, a lawyer or a DPO. Entries:
 * `incident.json` (the incident file format the CLI reads: the incident and its policies),
 * `attachments.json` (name, type, size, SHA-256 of each attachment), `history.json`, and
 * `blobs/<attachment id>` with the bytes. With a passphrase of its own, every entry is sealed
 * (PBKDF2-SHA-256, 600,000 iterations → AES-GCM, see ./crypto.ts) and the manifest's SHA-256
 * cover the sealed bytes, so checksums are verifiable without the passphrase and nothing of the
 * content is readable without it.
 */
import { z } from 'zod'

import { migrateIncidentFile } from '../model/migrate'
import { parseIncidentFile } from '../model/parse'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION, type IncidentFile } from '../model/schema'
import { sha256Hex, utf8, type AesKey } from './bytes'
import {
  decodeJsonEntry,
  openContainer,
  packContainer,
  type ByteSource,
  type PackEntry
} from './container'
import { caseKey, newCaseKdf, openEntry, sealEntry } from './secrets'
import { BackupError, fail } from './errors'
import { blobEntryName } from './backup'
import {
  CASE_FILE_FORMAT_VERSION,
  CASE_FILE_FORMAT,
  CaseAttachmentSchema,
  CaseHistorySchema,
  type CaseAttachment,
  type CaseHistoryEntry,
  type Manifest
} from './schemas'
import { parseWith } from './validate'

export type CaseFileInput = {
  appVersion: string
  createdAt: string
  file: IncidentFile
  attachments: { meta: CaseAttachment; bytes: Uint8Array | Blob }[]
  history: CaseHistoryEntry[]
  /** The case file's own passphrase (not the register's); none = clear. */
  passphrase?: string
  /** Tests only may go below 600,000 iterations. */
  iterations?: number
}

const MAX_CASE_ATTACHMENTS = 10_000

export async function packCaseFile(input: CaseFileInput): Promise<Blob> {
  const kdf = input.passphrase === undefined ? undefined : newCaseKdf(input.iterations)
  const key =
    kdf && input.passphrase !== undefined ? await caseKey(input.passphrase, kdf) : undefined
  const json = (value: unknown) => utf8(JSON.stringify(value))
  const plain: { name: string; data: Uint8Array | Blob }[] = [
    { name: 'incident.json', data: json(input.file) },
    { name: 'attachments.json', data: json(input.attachments.map((a) => a.meta)) },
    { name: 'history.json', data: json(input.history) },
    ...input.attachments.map((a) => ({ name: blobEntryName(a.meta.id), data: a.bytes }))
  ]
  const entries: PackEntry[] = []
  for (const entry of plain) {
    if (!key) {
      entries.push(entry)
      continue
    }
    const bytes =
      entry.data instanceof Uint8Array
        ? new Uint8Array(entry.data)
        : new Uint8Array(await entry.data.arrayBuffer())
    const sealed = await sealEntry(key, entry.name, bytes)
    entries.push({ name: entry.name, data: sealed.data, iv: sealed.iv })
  }
  return packContainer(
    {
      format: CASE_FILE_FORMAT,
      formatVersion: CASE_FILE_FORMAT_VERSION,
      appVersion: input.appVersion,
      createdAt: input.createdAt,
      encryption: kdf ? { kind: 'passphrase', kdf } : { kind: 'none' },
      counts: {
        incidents: 1,
        attachments: input.attachments.length,
        policies: input.file.policies.length,
        history: input.history.length,
        tombstones: 0,
        settings: 0
      }
    },
    entries
  )
}

export type OpenedCaseFile = {
  manifest: Manifest
  file: IncidentFile
  attachments: CaseAttachment[]
  history: CaseHistoryEntry[]
  /** Clear bytes of one attachment, checked against its SHA-256. */
  attachmentBytes(id: string): Promise<Uint8Array>
}

export async function openCaseFile(
  source: ByteSource,
  options: { passphrase?: string } = {}
): Promise<OpenedCaseFile> {
  const container = await openContainer(source)
  const { manifest } = container
  if (manifest.format !== CASE_FILE_FORMAT) {
    fail(
      'not-a-backup',
      'manifest: format',
      'Ce fichier est une sauvegarde du registre, pas un dossier d’incident.',
      'This file is a register backup, not a case file.'
    )
  }
  const encryption = manifest.encryption
  if (encryption.kind === 'register') {
    fail(
      'invalid',
      'manifest: encryption',
      'Chiffrement inattendu pour un dossier.',
      'Unexpected encryption for a case file.'
    )
  }
  let key: AesKey | undefined
  if (encryption.kind === 'passphrase') {
    if (options.passphrase === undefined) {
      fail(
        'needs-secret',
        '',
        'Dossier chiffré : saisissez sa phrase secrète.',
        'Encrypted case file: enter its passphrase.'
      )
    }
    key = await caseKey(options.passphrase!, encryption.kdf)
  }
  let first = true
  const read = async (name: string): Promise<Uint8Array> => {
    const entry = container.entry(name)
    if (!entry) return fail('invalid', name, 'Entrée manquante.', 'Missing entry.')
    const stored = await container.read(entry)
    if (!key) {
      if (entry.iv)
        fail(
          'invalid',
          name,
          'Entrée chiffrée dans un dossier non chiffré.',
          'Sealed entry in a clear case file.'
        )
      return stored
    }
    const opened = await openEntry(key, name, entry.iv, new Uint8Array(stored), first)
    first = false
    return opened
  }
  const rawFile = decodeJsonEntry(await read('incident.json'), 'incident.json')
  const parsed = parseIncidentFile(migrateIncidentFile(rawFile))
  if (!parsed.ok) {
    const error = parsed.errors[0]!
    throw new BackupError(
      'invalid',
      error.path ? `incident.json: ${error.path}` : 'incident.json',
      error.message
    )
  }
  const attachments = parseWith(
    z.array(CaseAttachmentSchema).max(MAX_CASE_ATTACHMENTS),
    decodeJsonEntry(await read('attachments.json'), 'attachments.json'),
    'attachments.json'
  )
  const history = parseWith(
    z.array(CaseHistorySchema).max(100_000),
    decodeJsonEntry(await read('history.json'), 'history.json'),
    'history.json'
  )
  const ids = new Set<string>()
  for (const [i, a] of attachments.entries()) {
    if (ids.has(a.id))
      fail('invalid', `attachments.json: [${i}].id`, 'Identifiant en double.', 'Duplicate id.')
    ids.add(a.id)
    const entry = container.entry(blobEntryName(a.id))
    if (!entry) fail('invalid', blobEntryName(a.id), 'Entrée manquante.', 'Missing entry.')
    else if (entry.size !== a.size + (key ? 16 : 0)) {
      fail(
        'invalid',
        blobEntryName(a.id),
        'Taille différente de celle de la pièce jointe.',
        'Size differs from the attachment’s.'
      )
    }
  }
  for (const entry of manifest.entries) {
    const known = ['incident.json', 'attachments.json', 'history.json'].includes(entry.name)
    if (!known && !(entry.name.startsWith('blobs/') && ids.has(entry.name.slice(6)))) {
      fail('invalid', entry.name, 'Entrée inattendue.', 'Unexpected entry.')
    }
  }
  const byId = new Map(attachments.map((a) => [a.id, a]))
  return {
    manifest,
    file: parsed.value,
    attachments,
    history,
    async attachmentBytes(id) {
      const meta = byId.get(id)
      if (!meta)
        return fail('invalid', blobEntryName(id), 'Pièce jointe inconnue.', 'Unknown attachment.')
      const bytes = await read(blobEntryName(id))
      if ((await sha256Hex(new Uint8Array(bytes))) !== meta.sha256) {
        fail(
          'checksum',
          blobEntryName(id),
          'Le contenu ne correspond pas à l’empreinte SHA-256 de la pièce jointe.',
          'The bytes do not match the attachment’s SHA-256.'
        )
      }
      return bytes
    }
  }
}

/** The one-incident JSON file (the format `npm run assess` and `render` read). */
export function incidentFileOf(
  incident: IncidentFile['incident'],
  policies: IncidentFile['policies']
): IncidentFile {
  return { format: INCIDENT_FILE_FORMAT, formatVersion: INCIDENT_FILE_VERSION, incident, policies }
}
