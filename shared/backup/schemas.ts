/**
 * Zod schemas of everything a backup or a case file carries, with limits: a file is refused on
 * its size, counts and string lengths before any of it reaches the register.
 *
 * Binary values (IVs, ciphertexts, salts, wrapped keys) are base64 strings in the JSON entries;
 * attachment bytes are entries of their own (`blobs/<attachment id>`), never base64.
 */
import { z } from 'zod'

import {
  BreachTypeSchema,
  CauseDetailSchema,
  CauseKindSchema,
  DataCategorySchema,
  IncidentSchema,
  IncidentStatusSchema,
  InstantSchema,
  PersonCategorySchema,
  PolicyKindSchema
} from '../model/schema'

export const BACKUP_FORMAT = 'sentinelle.backup'
export const CASE_FILE_FORMAT = 'sentinelle.case'
/**
 * Version of the container and its entries (not of the register schema). Register v3 added
 * `tables/conflicts.json` and optional fields; a v1 file without them still reads (no conflicts).
 * 2 (register v4, crypto-shredding): `tables/incident-keys.json` and the `ik` mark on records
 * sealed with an incident's key. An app that reads only 1 refuses a 2 as "written by a newer
 * Sentinelle" instead of restoring records it could not open; format 1 files still read here.
 */
export const BACKUP_FORMAT_VERSION = 2
/** Every container version this app reads. */
export const READABLE_FORMAT_VERSIONS = [1, 2] as const
/** Case files carry no incident key (re-sealed on import): they stay at format 1. */
export const CASE_FILE_FORMAT_VERSION = 1

export const LIMITS = {
  incidents: 200_000,
  attachments: 200_000,
  policies: 10_000,
  history: 2_000_000,
  tombstones: 200_000,
  conflicts: 200_000,
  incidentKeys: 200_000,
  settings: 100,
  entries: 450_000,
  /** One attachment (as the register accepts it), plus the AES-GCM tag when sealed. */
  attachmentBytes: 50 * 1024 * 1024 + 16,
  /** One JSON entry (a whole table): under the ~512 MiB string limit of JS engines. */
  jsonEntryBytes: 400 * 1024 * 1024,
  /** One sealed record's ciphertext, as base64. */
  sealedRecordChars: 16 * 1024 * 1024,
  setting: 1024 * 1024,
  id: 100,
  text: 10_000
} as const

export const B64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/
export const base64 = (max: number) => z.string().max(max).regex(B64_PATTERN)
const id = () => z.string().min(1).max(LIMITS.id)
const shortText = (max = 300) => z.string().max(max)
/** Index instants are UTC ISO strings written by the app; kept loose but bounded. */
const stamp = () => z.string().min(1).max(40)
const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/)
/** A 96-bit AES-GCM IV in base64. */
export const IvSchema = base64(16).length(16)

export const PassphraseKdfSchema = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  // The app writes ≥ 600,000 (tests 1,000); the cap keeps a hostile file from stalling the unlock.
  iterations: z.number().int().min(1_000).max(10_000_000),
  salt: base64(64).min(16)
})
export type PassphraseKdfJson = z.infer<typeof PassphraseKdfSchema>

export const EntryNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z]+(\/[a-z0-9-]+)?(\.json)?$|^blobs\/[A-Za-z0-9._-]{1,100}$/)

export const ManifestEntrySchema = z.strictObject({
  name: EntryNameSchema,
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  size: z.number().int().min(0).max(LIMITS.jsonEntryBytes),
  sha256: sha256(),
  /** Case files with a passphrase: each entry is sealed on its own. */
  iv: IvSchema.optional()
})
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>

export const EncryptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** A backup of an encrypted register: records sealed with its key, the keyring beside them. */
  z.strictObject({ kind: z.literal('register') }),
  /** A case file with its own passphrase. */
  z.strictObject({ kind: z.literal('passphrase'), kdf: PassphraseKdfSchema })
])
export type BackupEncryption = z.infer<typeof EncryptionSchema>

const count = () => z.number().int().min(0).max(LIMITS.history)

export const ManifestSchema = z.strictObject({
  format: z.enum([BACKUP_FORMAT, CASE_FILE_FORMAT]),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  appVersion: shortText(50),
  createdAt: InstantSchema,
  encryption: EncryptionSchema,
  counts: z.strictObject({
    incidents: count(),
    attachments: count(),
    policies: count(),
    history: count(),
    tombstones: count(),
    settings: count(),
    /** Register v3; absent in backups written before it (then no conflicts). */
    conflicts: count().optional(),
    /** Format 2 (register v4): one key row per incident of an encrypted register. */
    incidentKeys: count().optional()
  }),
  entries: z.array(ManifestEntrySchema).max(LIMITS.entries)
})
export type Manifest = z.infer<typeof ManifestSchema>

/* ------------------------------------------------------------------------------------------ */
/* Register rows (backup)                                                                      */

const AssessmentSummarySchema = z.strictObject({
  ruleSetVersion: shortText(50),
  computedAt: stamp(),
  nextDueAt: stamp().optional(),
  nextDueLabel: z.strictObject({ fr: shortText(), en: shortText() }).optional(),
  overdueCount: z.number().int().min(0).max(1000),
  pendingCount: z.number().int().min(0).max(1000),
  gdprApplies: z.boolean(),
  duties: z
    .array(z.strictObject({ id: shortText(100), required: z.boolean(), status: shortText(50) }))
    .max(200),
  coverage: z.array(z.strictObject({ policyId: id(), verdict: shortText(50) })).max(200)
})

const flag = () => z.union([z.literal(0), z.literal(1)])

export const IndexRowSchema = z.strictObject({
  id: id(),
  reference: z.string().min(1).max(50),
  refNumber: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  status: IncidentStatusSchema,
  createdAt: stamp(),
  updatedAt: stamp(),
  occurredAt: stamp().optional(),
  awareAt: stamp().optional(),
  causeKind: CauseKindSchema,
  breachTypes: z.array(BreachTypeSchema).max(3),
  policyIds: z.array(id()).max(100),
  authorityNotified: flag(),
  personsInformed: flag(),
  insurerNotified: flag(),
  nextDueAt: stamp().optional(),
  deleted: flag(),
  deletedAt: stamp().optional(),
  rev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** v3: the revision at which the content last changed. */
  contentRev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  writer: shortText(100).optional(),
  assessment: AssessmentSummarySchema.optional()
})

/** The clear part of each sealed table's rows (the envelope is checked apart, see read.ts). */
export const ROW_SHAPES = {
  contents: { id: id() },
  summaries: { id: id() },
  policies: {
    id: id(),
    kind: PolicyKindSchema,
    archived: flag(),
    createdAt: stamp(),
    updatedAt: stamp()
  },
  attachments: {
    id: id(),
    incidentId: id(),
    /** The register keeps the media type beside the envelope too (repository addAttachment). */
    type: shortText(200).optional(),
    size: z.number().int().min(0).max(LIMITS.attachmentBytes),
    addedAt: stamp(),
    /** v3: a removal staged (undoable) and the history entry that records it. */
    removedAt: stamp().optional(),
    removalHistoryId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional()
  },
  history: {
    id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    incidentId: id(),
    kind: z.enum([
      'created',
      'edited',
      'filed',
      'closed',
      'reopened',
      'duplicated',
      'deleted',
      'restored',
      'attachment-added',
      'attachment-removed',
      'imported'
    ]),
    at: stamp(),
    lastAt: stamp()
  },
  /** v3: the other version of an incident kept when a save was refused. */
  conflicts: {
    id: id(),
    incidentId: id(),
    detectedAt: stamp(),
    baseRev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    theirRev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    writer: shortText(100),
    theirWriter: shortText(100)
  }
} as const

/** The sealed part of a conflict row: both versions of the incident. */
export const ConflictVersionsSchema = z.strictObject({
  mine: IncidentSchema,
  theirs: IncidentSchema
})

export const SummaryTextSchema = z.strictObject({
  title: shortText(1000),
  client: shortText(2000),
  searchText: z.string().max(100_000)
})

export const FieldChangeSchema = z.strictObject({
  path: shortText(500),
  before: shortText(1000).optional(),
  after: shortText(1000).optional()
})

export const HistorySecretSchema = z.strictObject({
  changes: z.array(FieldChangeSchema).max(5000),
  note: shortText(LIMITS.text).optional()
})

export const AttachmentSecretSchema = z.strictObject({
  name: shortText(1000),
  type: shortText(200),
  sha256: sha256()
})

/** Attachment bytes: the envelope without the bytes, which are the entry `blobs/<id>`. */
/** `ik` (format 2): the incident whose key sealed the record; absent = the data key. */
export const IncidentMarkSchema = id().optional()

export const BlobRowSchema = z.union([
  z.strictObject({ id: id(), clear: z.strictObject({ type: shortText(200) }) }),
  z.strictObject({ id: id(), iv: IvSchema, ik: IncidentMarkSchema })
])

/** Register v4: an incident's raw AES-GCM key sealed under the data key (AAD table + id). */
export const IncidentKeyRowSchema = z.strictObject({
  id: id(),
  iv: IvSchema,
  ciphertext: base64(100),
  createdAt: stamp()
})

/** The Art. 33(5) register entry kept at erasure (renderer/src/db/art33-entry.ts). */
export const Art33EntrySchema = z.strictObject({
  reference: z.string().min(1).max(50),
  title: shortText(1000),
  occurredAt: stamp().optional(),
  awareAt: stamp().optional(),
  cause: z.strictObject({ kind: CauseKindSchema, detail: CauseDetailSchema.optional() }),
  breachTypes: z.array(BreachTypeSchema).max(3),
  narrative: z.string().max(100_000),
  effects: z.strictObject({
    categories: z.array(DataCategorySchema).max(100),
    personsCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    recordsCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    personCategories: z.array(PersonCategorySchema).max(100).optional()
  }),
  measures: z
    .array(z.strictObject({ description: z.string().max(LIMITS.text), at: stamp().optional() }))
    .max(1000),
  notifications: z
    .array(
      z.strictObject({
        kind: z.enum(['authority_notified', 'persons_informed']),
        at: stamp(),
        reference: shortText().optional()
      })
    )
    .max(1000),
  duties: z
    .array(z.strictObject({ id: shortText(100), required: z.boolean(), status: shortText(50) }))
    .max(200)
    .optional(),
  ruleSetVersion: shortText(50).optional()
})

/** An envelope as JSON: `{ clear }`, or `{ iv, ciphertext }` in base64. */
export const envelopeJsonSchema = <T extends z.ZodType>(clear: T) =>
  z.union([
    z.strictObject({ clear }),
    z.strictObject({ iv: IvSchema, ciphertext: base64(LIMITS.sealedRecordChars) })
  ])

export const TombstoneSchema = z.strictObject({
  id: id(),
  rev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  erasedAt: stamp(),
  writer: shortText(100),
  /** The Art. 33(5) entry, sealed with AAD table 'tombstones' + id once encrypted. */
  art33: envelopeJsonSchema(Art33EntrySchema).optional()
})

export const SettingRowSchema = z.strictObject({ key: shortText(100), value: z.unknown() })

export const RegisterMetaSchema = z.strictObject({
  lastRefNumber: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  writer: shortText(100).optional(),
  schemaVersion: z.number().int().min(1).max(1000)
})

const WrappedKeySchema = z.strictObject({ iv: IvSchema, wrapped: base64(100) })

/** The register's keyring (renderer/src/crypto/keys.ts) with its binary fields in base64. */
export const KeyringJsonSchema = z.strictObject({
  version: z.literal(1),
  createdAt: stamp(),
  passphrase: z.strictObject({ kdf: PassphraseKdfSchema, key: WrappedKeySchema }),
  recovery: z.strictObject({
    kdf: z.strictObject({ name: z.literal('HKDF'), hash: z.literal('SHA-256'), salt: base64(64) }),
    key: WrappedKeySchema
  })
})
export type KeyringJson = z.infer<typeof KeyringJsonSchema>

/* ------------------------------------------------------------------------------------------ */
/* Case file                                                                                   */

export const CaseAttachmentSchema = z.strictObject({
  id: id(),
  name: shortText(1000),
  type: shortText(200),
  size: z
    .number()
    .int()
    .min(0)
    .max(50 * 1024 * 1024),
  sha256: sha256(),
  addedAt: stamp()
})
export type CaseAttachment = z.infer<typeof CaseAttachmentSchema>

export const CaseHistorySchema = z.strictObject({
  kind: ROW_SHAPES.history.kind,
  at: stamp(),
  lastAt: stamp(),
  changes: HistorySecretSchema.shape.changes,
  note: HistorySecretSchema.shape.note
})
export type CaseHistoryEntry = z.infer<typeof CaseHistorySchema>
