/**
 * The register backup: every table of the register (schema v3), its keyring when encrypted, and
 * the attachment bytes, in one container (./container.ts).
 *
 * Entries: `register.json` (meta: counters, writer, schema version), `keyring.json` (encrypted
 * registers only), `tables/<table>.json` for incidents, contents, summaries, policies, history,
 * attachments, blobs (the bytes' envelopes without the bytes), tombstones, settings and conflicts
 * (v3; absent from older backups, read as none), then
 * `blobs/<attachment id>` with the bytes as stored (clear, or AES-GCM ciphertext+tag).
 * Sealed records are carried exactly as the register holds them: a backup of an encrypted
 * register opens with that register's passphrase or recovery key, and with nothing else.
 *
 * openBackup() does every check a restore needs before the first write: container and
 * checksums, schemas and limits, references between tables, and, with the secret, that every
 * sealed record opens and holds a valid value. Attachment bytes are read one at a time
 * (attachmentBytes), each checked against its entry's SHA-256 and its recorded hash.
 */
import { z } from 'zod'

import { loc, type Localized } from '../model/localized'
import { IncidentSchema, PolicySchema, type Incident, type Policy } from '../model/schema'
import { fromCheckedBase64, sha256Hex, utf8 } from './bytes'
import type { PreparedEntry } from './json-stream'
import {
  decodeJsonEntry,
  openContainer,
  packContainer,
  type ByteSource,
  type OpenedContainer,
  type PackEntry
} from './container'
import { incidentKeyOpener, openRecord, unwrapRegisterKey, type RecordKeys } from './secrets'
import { fail } from './errors'
import {
  Art33EntrySchema,
  AttachmentSecretSchema,
  ConflictVersionsSchema,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BlobRowSchema,
  HistorySecretSchema,
  IncidentKeyRowSchema,
  IncidentMarkSchema,
  IndexRowSchema,
  KeyringJsonSchema,
  LIMITS,
  ROW_SHAPES,
  RegisterMetaSchema,
  SettingRowSchema,
  SummaryTextSchema,
  TombstoneSchema,
  IvSchema,
  base64,
  type KeyringJson,
  type Manifest
} from './schemas'
import { acceptOrParse, acceptorOf } from './fast-accept'
import { firstIssue, parseWith } from './validate'

/** `ik` (format 2): sealed with that incident's key (its row in `incidentKeys`). */
export type SealedJson = { iv: string; ciphertext: string; ik?: string }
export type EnvelopeJson<T> = { clear: T } | SealedJson
type Shape<K extends keyof typeof ROW_SHAPES> = z.infer<z.ZodObject<(typeof ROW_SHAPES)[K]>>

export type IndexRowJson = z.infer<typeof IndexRowSchema>
export type SummaryTextJson = z.infer<typeof SummaryTextSchema>
export type HistorySecretJson = z.infer<typeof HistorySecretSchema>
export type AttachmentSecretJson = z.infer<typeof AttachmentSecretSchema>
export type ContentRowJson = Shape<'contents'> & EnvelopeJson<Incident>
export type SummaryRowJson = Shape<'summaries'> & EnvelopeJson<SummaryTextJson>
export type PolicyRowJson = Shape<'policies'> & EnvelopeJson<Policy>
export type HistoryRowJson = Shape<'history'> & EnvelopeJson<HistorySecretJson>
export type AttachmentRowJson = Shape<'attachments'> & EnvelopeJson<AttachmentSecretJson>
export type BlobRowJson = z.infer<typeof BlobRowSchema>
export type TombstoneJson = z.infer<typeof TombstoneSchema>
export type Art33EntryJson = z.infer<typeof Art33EntrySchema>
export type ConflictVersionsJson = z.infer<typeof ConflictVersionsSchema>
export type ConflictRowJson = Shape<'conflicts'> & EnvelopeJson<ConflictVersionsJson>
export type SettingRowJson = z.infer<typeof SettingRowSchema>
export type RegisterMetaJson = z.infer<typeof RegisterMetaSchema>
export type IncidentKeyRowJson = z.infer<typeof IncidentKeyRowSchema>

export type BackupTables = {
  incidents: IndexRowJson[]
  contents: ContentRowJson[]
  summaries: SummaryRowJson[]
  policies: PolicyRowJson[]
  history: HistoryRowJson[]
  attachments: AttachmentRowJson[]
  blobs: BlobRowJson[]
  tombstones: TombstoneJson[]
  settings: SettingRowJson[]
  conflicts: ConflictRowJson[]
  /** Format 2 (register v4): incident keys, sealed under the data key as stored. */
  incidentKeys: IncidentKeyRowJson[]
}
export const TABLE_NAMES = [
  'incidents',
  'contents',
  'summaries',
  'policies',
  'history',
  'attachments',
  'blobs',
  'tombstones',
  'settings',
  'conflicts',
  'incidentKeys'
] as const satisfies readonly (keyof BackupTables)[]

/** Entry names are lower case (EntryNameSchema): incidentKeys → tables/incident-keys.json. */
export const tableEntryName = (table: (typeof TABLE_NAMES)[number]): string =>
  `tables/${table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`

/**
 * A table as its rows, or already written (JsonArrayWriter: the same bytes, made batch by batch
 * so that no string of a whole table exists). The blobs table is always rows: its ids name the
 * attachment entries.
 */
export type BackupTablesInput = {
  [T in keyof BackupTables]: T extends 'blobs' ? BackupTables[T] : BackupTables[T] | PreparedEntry
}

export type BackupInput = {
  appVersion: string
  createdAt: string
  meta: RegisterMetaJson
  keyring?: KeyringJson
  tables: BackupTablesInput
  /** The bytes of each attachment as stored (ciphertext when sealed), by attachment id. */
  blobs: (id: string) => Promise<Uint8Array | Blob>
  onProgress?: (done: number, total: number) => void
}

export const blobEntryName = (id: string) => `blobs/${id}`

/** Packs a register into one backup file (a Blob; attachments are not copied again). */
export async function packBackup(input: BackupInput): Promise<Blob> {
  const json = (value: unknown) => utf8(JSON.stringify(value))
  const entries: PackEntry[] = [{ name: 'register.json', data: json(input.meta) }]
  if (input.keyring) entries.push({ name: 'keyring.json', data: json(input.keyring) })
  for (const table of TABLE_NAMES) {
    const rows = input.tables[table]
    entries.push(
      Array.isArray(rows)
        ? { name: tableEntryName(table), data: json(rows) }
        : { name: tableEntryName(table), data: rows.data, sha256: rows.sha256 }
    )
  }
  for (const row of input.tables.blobs) {
    entries.push({ name: blobEntryName(row.id), data: await input.blobs(row.id) })
  }
  const count = (table: (typeof TABLE_NAMES)[number]) => {
    const rows = input.tables[table]
    return Array.isArray(rows) ? rows.length : rows.rows
  }
  return packContainer(
    {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: input.appVersion,
      createdAt: input.createdAt,
      encryption: input.keyring ? { kind: 'register' } : { kind: 'none' },
      counts: {
        incidents: count('incidents'),
        attachments: count('attachments'),
        policies: count('policies'),
        history: count('history'),
        tombstones: count('tombstones'),
        settings: count('settings'),
        conflicts: count('conflicts'),
        incidentKeys: count('incidentKeys')
      }
    },
    entries,
    input.onProgress
  )
}

/* ------------------------------------------------------------------------------------------ */
/* Reading                                                                                     */

/** Clear values of every sealed record (decrypted, or as stored in a clear backup). */
export type BackupClearValues = {
  contents: Map<string, Incident>
  summaries: Map<string, SummaryTextJson>
  policies: Map<string, Policy>
  history: Map<number, HistorySecretJson>
  attachments: Map<string, AttachmentSecretJson>
  conflicts: Map<string, ConflictVersionsJson>
  /** Art. 33(5) entries kept in tombstones, by incident id. */
  art33: Map<string, Art33EntryJson>
  /** Settings stored as an envelope (personal ones): their value, opened. */
  settings: Map<string, unknown>
}

export type OpenedBackup = {
  manifest: Manifest
  meta: RegisterMetaJson
  keyring?: KeyringJson
  tables: BackupTables
  /** Absent when the backup is encrypted and no secret was given. */
  clear?: BackupClearValues
  /**
   * One attachment: the bytes as stored (`stored`, ciphertext if sealed) and, when they can be
   * opened, the clear bytes, checked against the attachment's SHA-256.
   */
  attachmentBytes(id: string): Promise<{ stored: Uint8Array; plain?: Uint8Array }>
}

export type OpenBackupOptions = {
  /** The register's passphrase or recovery key, for an encrypted backup. */
  secret?: string
  /** An encrypted backup without a secret is refused (restore) instead of opened partly (verify). */
  requireSecret?: boolean
  onProgress?: (phase: 'read' | 'decrypt', done: number, total: number) => void
  signal?: AbortSignal
  /**
   * Contents, summaries and history records are still opened and checked, but their values are
   * not kept: `clear` has them empty. For a restore that writes the records as stored (an empty
   * clear register): at 100k incidents those values are several hundred MB it never reads.
   */
  dropRecordValues?: boolean
}

export class BackupAborted extends Error {
  constructor() {
    super('Cancelled.')
    this.name = 'AbortError'
  }
}
export const checkAborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new BackupAborted()
}

/** Built once per table: the clear and the sealed form of its rows, and their fast closures. */
const envelopeSchemas = new Map<string, { clear: z.ZodType; sealed: z.ZodType }>()

function envelopeRows<S extends z.ZodRawShape, T>(
  raw: unknown,
  part: string,
  shape: S,
  secret: z.ZodType<T>,
  max: number
): (z.infer<z.ZodObject<S>> & EnvelopeJson<T>)[] {
  let schemas = envelopeSchemas.get(part)
  if (!schemas) {
    schemas = {
      clear: z.strictObject({ ...shape, clear: secret }),
      sealed: z.strictObject({
        ...shape,
        iv: IvSchema,
        ciphertext: base64(LIMITS.sealedRecordChars),
        ik: IncidentMarkSchema
      })
    }
    envelopeSchemas.set(part, schemas)
  }
  const { clear, sealed } = schemas
  const acceptClear = acceptorOf(clear)
  const acceptSealed = acceptorOf(sealed)
  const list =
    Array.isArray(raw) && raw.length <= max
      ? raw
      : parseWith(z.array(z.unknown()).max(max), raw, part)
  return list.map((item: unknown, i) => {
    const isClear = item !== null && typeof item === 'object' && 'clear' in item
    const accept = isClear ? acceptClear : acceptSealed
    if (accept?.(item)) return item as z.infer<z.ZodObject<S>> & EnvelopeJson<T>
    const result = (isClear ? clear : sealed).safeParse(item)
    if (!result.success) throw firstIssue(result.error, `${part}: [${i}]`, item)
    return result.data as z.infer<z.ZodObject<S>> & EnvelopeJson<T>
  })
}

/** A table of rows of one schema: the closures' yes when they can, zod's answer otherwise. */
function parseRows<T>(item: z.ZodType<T>, max: number, raw: unknown, part: string): T[] {
  const accept = acceptorOf(item)
  if (accept && Array.isArray(raw) && raw.length <= max && raw.every((row) => accept(row)))
    return raw as T[]
  return parseWith(z.array(item).max(max), raw, part)
}

function uniqueIds(rows: readonly { id: string | number }[], part: string): Set<string | number> {
  const seen = new Set<string | number>()
  for (const [i, row] of rows.entries()) {
    if (seen.has(row.id)) {
      fail(
        'invalid',
        `${part}: [${i}].id`,
        `Identifiant en double « ${String(row.id)} ».`,
        `Duplicate id "${String(row.id)}".`
      )
    }
    seen.add(row.id)
  }
  return seen
}

const isSealedJson = (row: object): row is SealedJson => !('clear' in row)

async function readJson(
  container: OpenedContainer,
  name: string,
  required = true
): Promise<unknown> {
  const entry = container.entry(name)
  if (!entry) {
    if (!required) return undefined
    return fail('invalid', name, 'Entrée manquante.', 'Missing entry.')
  }
  return container.readJson(entry)
}

type TableName = (typeof TABLE_NAMES)[number]

/**
 * Tables a backup may lack: conflicts are written since register v3, incident keys since
 * format 2 (register v4; an older backup has everything under the data key). Read as none.
 */
const OPTIONAL_TABLES: readonly TableName[] = ['conflicts', 'incidentKeys']
/** The read order (the optional ones first, as always): a bad file reports the same entry. */
const READ_ORDER: readonly TableName[] = [
  ...OPTIONAL_TABLES,
  ...TABLE_NAMES.filter((t) => !OPTIONAL_TABLES.includes(t))
]

export async function readTables(container: OpenedContainer): Promise<BackupTables> {
  const part = tableEntryName
  // The next entry is asked for when one is taken, so that reading and hashing it overlaps the
  // parsing and checking of this one (two entries in memory at most: a table of 100k incidents
  // is a few hundred MB). A failure of the one read ahead is reported when it is taken.
  const pending = new Map<TableName, Promise<unknown>>()
  const request = (t: TableName | undefined) => {
    if (t === undefined || pending.has(t)) return
    const read = readJson(container, part(t), !OPTIONAL_TABLES.includes(t))
    read.catch(() => undefined)
    pending.set(t, read)
  }
  const get = (t: TableName) => {
    request(t)
    request(READ_ORDER[READ_ORDER.indexOf(t) + 1])
    return pending.get(t)!
  }
  const conflictsRaw = (await get('conflicts')) ?? []
  const incidentKeysRaw = (await get('incidentKeys')) ?? []
  return {
    incidents: parseRows(
      IndexRowSchema,
      LIMITS.incidents,
      await get('incidents'),
      part('incidents')
    ),
    contents: envelopeRows(
      await get('contents'),
      part('contents'),
      ROW_SHAPES.contents,
      IncidentSchema,
      LIMITS.incidents
    ),
    summaries: envelopeRows(
      await get('summaries'),
      part('summaries'),
      ROW_SHAPES.summaries,
      SummaryTextSchema,
      LIMITS.incidents
    ),
    policies: envelopeRows(
      await get('policies'),
      part('policies'),
      ROW_SHAPES.policies,
      PolicySchema,
      LIMITS.policies
    ),
    history: envelopeRows(
      await get('history'),
      part('history'),
      ROW_SHAPES.history,
      HistorySecretSchema,
      LIMITS.history
    ),
    attachments: envelopeRows(
      await get('attachments'),
      part('attachments'),
      ROW_SHAPES.attachments,
      AttachmentSecretSchema,
      LIMITS.attachments
    ),
    blobs: parseRows(BlobRowSchema, LIMITS.attachments, await get('blobs'), part('blobs')),
    tombstones: parseRows(
      TombstoneSchema,
      LIMITS.tombstones,
      await get('tombstones'),
      part('tombstones')
    ),
    settings: parseRows(SettingRowSchema, LIMITS.settings, await get('settings'), part('settings')),
    conflicts: envelopeRows(
      conflictsRaw,
      part('conflicts'),
      ROW_SHAPES.conflicts,
      ConflictVersionsSchema,
      LIMITS.conflicts
    ),
    incidentKeys: parseRows(
      IncidentKeyRowSchema,
      LIMITS.incidentKeys,
      incidentKeysRaw,
      part('incidentKeys')
    )
  }
}

/** A setting value stored as an envelope (SealedJson as base64, or `{ clear }`). */
export function settingEnvelope(value: unknown): EnvelopeJson<unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const keys = Object.keys(value).sort().join(',')
  if (keys === 'clear') return value as { clear: unknown }
  if (keys === 'ciphertext,iv' && IvSchema.safeParse((value as SealedJson).iv).success) {
    const sealed = value as SealedJson
    if (base64(LIMITS.sealedRecordChars).safeParse(sealed.ciphertext).success) return sealed
  }
  return undefined
}

/** References between tables: what the register itself guarantees, checked before a write. */
function checkReferences(
  manifest: Manifest,
  tables: BackupTables,
  container: OpenedContainer,
  encrypted: boolean
) {
  const incidentIds = uniqueIds(tables.incidents, 'tables/incidents.json')
  const references = new Set<string>()
  for (const [i, row] of tables.incidents.entries()) {
    if (references.has(row.reference)) {
      fail(
        'invalid',
        `tables/incidents.json: [${i}].reference`,
        `Référence en double « ${row.reference} ».`,
        `Duplicate reference "${row.reference}".`
      )
    }
    references.add(row.reference)
  }
  const sameIds = (table: 'contents' | 'summaries') => {
    const ids = uniqueIds(tables[table], `tables/${table}.json`)
    const missing =
      [...incidentIds].find((id) => !ids.has(id)) ?? [...ids].find((id) => !incidentIds.has(id))
    if (missing !== undefined) {
      fail(
        'invalid',
        `tables/${table}.json`,
        `L’incident « ${String(missing)} » n’a pas tous ses enregistrements.`,
        `Incident "${String(missing)}" does not have all its records.`
      )
    }
  }
  sameIds('contents')
  sameIds('summaries')
  uniqueIds(tables.policies, 'tables/policies.json')
  uniqueIds(tables.history, 'tables/history.json')
  /** Every row of a table that belongs to an incident names one that the backup has. */
  const ownedByIncidents = (
    rows: readonly { incidentId: string }[],
    file: string,
    why: Localized
  ): void => {
    for (const [i, row] of rows.entries()) {
      if (!incidentIds.has(row.incidentId))
        fail('invalid', `${file}: [${i}].incidentId`, why.fr, why.en)
    }
  }
  ownedByIncidents(
    tables.history,
    'tables/history.json',
    loc('Historique d’un incident absent.', 'History of a missing incident.')
  )
  const attachmentIds = uniqueIds(tables.attachments, 'tables/attachments.json')
  const blobIds = uniqueIds(tables.blobs, 'tables/blobs.json')
  const attachmentsById = new Map(tables.attachments.map((a) => [a.id, a]))
  ownedByIncidents(
    tables.attachments,
    'tables/attachments.json',
    loc('Pièce jointe d’un incident absent.', 'Attachment of a missing incident.')
  )
  for (const [i, row] of tables.attachments.entries()) {
    if (!blobIds.has(row.id)) {
      fail(
        'invalid',
        `tables/attachments.json: [${i}]`,
        'Contenu de la pièce jointe absent.',
        'Attachment bytes missing.'
      )
    }
  }
  for (const [i, row] of tables.blobs.entries()) {
    const where = `tables/blobs.json: [${i}]`
    if (!attachmentIds.has(row.id))
      fail('invalid', where, 'Contenu sans pièce jointe.', 'Bytes without an attachment.')
    const entry = container.entry(blobEntryName(row.id))
    if (!entry) fail('invalid', blobEntryName(row.id), 'Entrée manquante.', 'Missing entry.')
    const sealed = 'iv' in row
    const meta = attachmentsById.get(row.id)
    if (meta && entry && entry.size !== meta.size + (sealed ? 16 : 0)) {
      fail(
        'invalid',
        blobEntryName(row.id),
        'Taille différente de celle de la pièce jointe.',
        'Size differs from the attachment’s.'
      )
    }
    if (entry && entry.size > LIMITS.attachmentBytes) {
      fail(
        'too-large',
        blobEntryName(row.id),
        'Pièce jointe trop grande (50 Mio au plus).',
        'Attachment too large (50 MiB at most).'
      )
    }
  }
  for (const [i, row] of tables.tombstones.entries()) {
    if (incidentIds.has(row.id)) {
      fail(
        'invalid',
        `tables/tombstones.json: [${i}].id`,
        'Incident à la fois présent et effacé.',
        'Incident both present and erased.'
      )
    }
  }
  uniqueIds(tables.tombstones, 'tables/tombstones.json')
  uniqueIds(tables.incidentKeys, 'tables/incident-keys.json')
  for (const [i, row] of tables.incidentKeys.entries()) {
    // An erased incident's key is gone with it: a key row always has its incident.
    if (!incidentIds.has(row.id)) {
      fail(
        'invalid',
        `tables/incident-keys.json: [${i}].id`,
        `Clé d’un incident absent « ${row.id} ».`,
        `Key of a missing incident "${row.id}".`
      )
    }
  }
  uniqueIds(tables.conflicts, 'tables/conflicts.json')
  ownedByIncidents(
    tables.conflicts,
    'tables/conflicts.json',
    loc('Conflit d’un incident absent.', 'Conflict of a missing incident.')
  )
  const keys = new Set<string>()
  for (const [i, row] of tables.settings.entries()) {
    if (keys.has(row.key))
      fail(
        'invalid',
        `tables/settings.json: [${i}].key`,
        'Réglage en double.',
        'Duplicate setting.'
      )
    keys.add(row.key)
  }
  const t = tables
  const counts = manifest.counts
  if (
    counts.incidents !== t.incidents.length ||
    counts.attachments !== t.attachments.length ||
    counts.policies !== t.policies.length ||
    counts.history !== t.history.length ||
    counts.tombstones !== t.tombstones.length ||
    counts.settings !== t.settings.length ||
    (counts.conflicts ?? 0) !== t.conflicts.length ||
    (counts.incidentKeys ?? 0) !== t.incidentKeys.length
  ) {
    fail(
      'invalid',
      'manifest: counts',
      'Les nombres annoncés ne correspondent pas au contenu.',
      'The announced counts do not match the content.'
    )
  }
  if (!encrypted) {
    const sealed =
      [t.contents, t.summaries, t.policies, t.history, t.attachments, t.conflicts].some((rows) =>
        rows.some((row) => isSealedJson(row))
      ) ||
      t.blobs.some((row) => 'iv' in row) ||
      t.incidentKeys.length > 0 ||
      t.tombstones.some((row) => row.art33 && isSealedJson(row.art33)) ||
      t.settings.some((row) => {
        const envelope = settingEnvelope(row.value)
        return envelope !== undefined && isSealedJson(envelope)
      })
    if (sealed) {
      fail(
        'invalid',
        'manifest: encryption',
        'Enregistrements chiffrés dans une sauvegarde non chiffrée.',
        'Sealed records in a backup that is not encrypted.'
      )
    }
  }
  // Blob entries that no attachment claims are refused: nothing unlisted rides along.
  for (const entry of manifest.entries) {
    if (entry.name.startsWith('blobs/') && !blobIds.has(entry.name.slice(6))) {
      fail('invalid', entry.name, 'Entrée sans pièce jointe.', 'Entry without an attachment.')
    }
  }
}

async function openValue<T>(
  keys: RecordKeys | undefined,
  table: string,
  id: string | number,
  row: object,
  schema: z.ZodType<T>
): Promise<T> {
  const part = `tables/${table}.json: ${String(id)}`
  if (!isSealedJson(row)) return (row as { clear: T }).clear
  if (!keys) return fail('needs-secret', part, 'Secret requis.', 'Secret required.')
  // Every envelope that reaches here matched its schema's base64 pattern (envelopeRows,
  // TombstoneSchema, settingEnvelope).
  const ciphertext =
    fromCheckedBase64(row.ciphertext) ??
    fail('invalid', part, 'Base64 invalide.', 'Invalid base64.')
  const key = await keys.keyFor(row.ik, part)
  const bytes = await openRecord(key, table, String(id), row.iv, ciphertext)
  return acceptOrParse(schema, decodeJsonEntry(bytes, part), part)
}

/** Opens and checks a backup (see the module comment). Throws BackupError on bad input. */
export async function openBackup(
  source: ByteSource,
  options: OpenBackupOptions = {}
): Promise<OpenedBackup> {
  const container = await openContainer(source)
  const { manifest } = container
  if (manifest.format !== BACKUP_FORMAT) {
    fail(
      'not-a-backup',
      'manifest: format',
      'Ce fichier est un dossier d’incident, pas une sauvegarde du registre.',
      'This file is a case file, not a register backup.'
    )
  }
  checkAborted(options.signal)
  const meta = parseWith(
    RegisterMetaSchema,
    await readJson(container, 'register.json'),
    'register.json'
  )
  const encrypted = manifest.encryption.kind === 'register'
  const keyringRaw = await readJson(container, 'keyring.json', false)
  if (encrypted !== (keyringRaw !== undefined)) {
    fail(
      'invalid',
      'keyring.json',
      'Trousseau de clés absent ou inattendu.',
      'Keyring missing or unexpected.'
    )
  }
  const keyring =
    keyringRaw === undefined ? undefined : parseWith(KeyringJsonSchema, keyringRaw, 'keyring.json')
  // The passphrase's key derivation (PBKDF2, at least 600,000 iterations: slow on purpose) starts
  // now, in WebCrypto off the main thread, while the tables are read and checked. Its answer is
  // taken after theirs, so a bad table is still reported before a wrong secret.
  const unwrapping =
    keyring && options.secret !== undefined ? unwrapRegisterKey(keyring, options.secret) : undefined
  unwrapping?.catch(() => undefined)
  const tables = await readTables(container)
  checkReferences(manifest, tables, container, encrypted)
  checkAborted(options.signal)

  let keys: RecordKeys | undefined
  if (keyring) {
    if (unwrapping) {
      keys = incidentKeyOpener(await unwrapping, tables.incidentKeys)
    } else if (options.requireSecret) {
      fail(
        'needs-secret',
        '',
        'Sauvegarde chiffrée : saisissez la phrase secrète ou la clé de secours du registre sauvegardé.',
        'Encrypted backup: enter the passphrase or recovery key of the register it was made from.'
      )
    }
  }
  let clear: BackupClearValues | undefined
  if (!keyring || keys) {
    clear = await decryptAll(tables, keys, options)
  }
  const blobRows = new Map(tables.blobs.map((row) => [row.id, row]))
  const metaOf = (id: string) => clear?.attachments.get(id)
  return {
    manifest,
    meta,
    keyring,
    tables,
    clear,
    async attachmentBytes(id) {
      const row = blobRows.get(id)
      const entry = container.entry(blobEntryName(id))
      if (!row || !entry)
        return fail('invalid', blobEntryName(id), 'Entrée manquante.', 'Missing entry.')
      const stored = await container.read(entry)
      if (!clear) return { stored }
      const plain =
        'iv' in row
          ? await openRecord(
              await keys!.keyFor(row.ik, blobEntryName(id)),
              'attachmentBlobs',
              id,
              row.iv,
              new Uint8Array(stored)
            )
          : stored
      if ((await sha256Hex(new Uint8Array(plain))) !== metaOf(id)?.sha256) {
        fail(
          'checksum',
          blobEntryName(id),
          'Le contenu ne correspond pas à l’empreinte SHA-256 de la pièce jointe.',
          'The bytes do not match the attachment’s SHA-256.'
        )
      }
      return { stored, plain }
    }
  }
}

/** Records decrypted at once by decryptAll. */
const OPEN_AHEAD = 64

async function decryptAll(
  tables: BackupTables,
  key: RecordKeys | undefined,
  options: OpenBackupOptions
): Promise<BackupClearValues> {
  const total =
    tables.contents.length +
    tables.summaries.length +
    tables.policies.length +
    tables.history.length +
    tables.attachments.length +
    tables.conflicts.length
  let done = 0
  const step = () => {
    done++
    if (done % 200 === 0 || done === total) {
      checkAborted(options.signal)
      options.onProgress?.('decrypt', done, total)
    }
  }
  /** Opens every record of a sealed table with its schema, then its own consistency check. */
  const openTable = async <R extends { id: string | number }, T>(
    table: string,
    rows: readonly R[],
    schema: z.ZodType<T>,
    check?: (value: T, row: R) => boolean,
    why?: Localized,
    keep = true
  ): Promise<Map<R['id'], T>> => {
    const out = new Map<R['id'], T>()
    // Up to OPEN_AHEAD records are being decrypted at any time (WebCrypto answers each one a
    // thread hop later: one at a time, a restore mostly waits), the next one started as soon as
    // one is taken rather than window after window. Results are taken in order, so the record
    // reported for a bad file is the first bad one, as when they were opened one by one.
    const opening: (Promise<T> | undefined)[] = []
    let started = 0
    for (const [i, row] of rows.entries()) {
      for (; started < rows.length && started <= i + OPEN_AHEAD; started++) {
        const next = rows[started]!
        if (!isSealedJson(next)) continue
        const value = openValue(key, table, next.id, next, schema)
        value.catch(() => undefined)
        opening[started] = value
      }
      // A clear record is taken as it is, without a promise: a clear backup of 100k incidents
      // holds half a million of them.
      const pending = opening[i]
      opening[i] = undefined
      const value = pending ? await pending : (row as unknown as { clear: T }).clear
      if (check && !check(value, row)) {
        fail('invalid', `tables/${table}.json: ${String(row.id)}`, why!.fr, why!.en)
      }
      if (keep) out.set(row.id, value)
      step()
    }
    return out
  }
  const index = new Map(tables.incidents.map((row) => [row.id, row]))
  const keep = !options.dropRecordValues
  const contents = await openTable(
    'contents',
    tables.contents,
    IncidentSchema,
    (incident, row) =>
      incident.id === row.id && incident.reference === index.get(row.id)!.reference,
    loc(
      'Le contenu ne correspond pas à sa ligne du registre (identifiant ou référence).',
      'The content does not match its register row (id or reference).'
    ),
    keep
  )
  const summaries = await openTable(
    'summaries',
    tables.summaries,
    SummaryTextSchema,
    undefined,
    undefined,
    keep
  )
  const policies = await openTable(
    'policies',
    tables.policies,
    PolicySchema,
    (policy, row) => policy.id === row.id,
    loc('Identifiant incohérent.', 'Inconsistent id.')
  )
  const history = await openTable(
    'history',
    tables.history,
    HistorySecretSchema,
    undefined,
    undefined,
    keep
  )
  const attachments = await openTable('attachments', tables.attachments, AttachmentSecretSchema)
  const conflicts = await openTable(
    'conflicts',
    tables.conflicts,
    ConflictVersionsSchema,
    (versions, row) => versions.mine.id === row.incidentId && versions.theirs.id === row.incidentId,
    loc(
      'Les versions ne sont pas celles de l’incident du conflit.',
      'The versions are not those of the conflict’s incident.'
    )
  )
  const art33 = new Map<string, Art33EntryJson>()
  for (const row of tables.tombstones) {
    if (row.art33) {
      art33.set(row.id, await openValue(key, 'tombstones', row.id, row.art33, Art33EntrySchema))
    }
  }
  // Which settings are personal is the register's business: any value shaped as an envelope is
  // opened here (AAD 'settings' + key), so that a wrong or damaged one is refused before a write.
  const settings = new Map<string, unknown>()
  for (const row of tables.settings) {
    const envelope = settingEnvelope(row.value)
    if (envelope) {
      settings.set(row.key, await openValue(key, 'settings', row.key, envelope, z.unknown()))
    }
  }
  return { contents, summaries, policies, history, attachments, conflicts, art33, settings }
}

export const describeCounts = (t: BackupTables): Localized =>
  loc(
    `${t.incidents.length} incident(s), ${t.attachments.length} pièce(s) jointe(s), ${t.policies.length} contrat(s), ${t.history.length} entrée(s) d’historique, ${t.tombstones.length} effacement(s)`,
    `${t.incidents.length} incident(s), ${t.attachments.length} attachment(s), ${t.policies.length} polic(y/ies), ${t.history.length} history entr(y/ies), ${t.tombstones.length} erasure(s)`
  )
