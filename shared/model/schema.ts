/**
 * The incident model: zod schemas are the single source of truth; the TypeScript types are
 * inferred from them and docs/incident.schema.json is generated from them.
 *
 * JSON-friendly on purpose (no Date objects): instants are ISO 8601 strings with an offset or Z,
 * amounts are integer cents, so a file round-trips unchanged through the register and exports.
 */
import { z } from 'zod'

export const INCIDENT_FILE_FORMAT = 'sentinelle.incident'
export const INCIDENT_FILE_VERSION = 1

const NARRATIVE_MAX = 20_000
const TEXT_MAX = 2_000
const SHORT_MAX = 300

const id = () => z.string().min(1).max(100)
const shortText = () => z.string().max(SHORT_MAX)
const text = () => z.string().max(TEXT_MAX)
/** An instant: ISO 8601 date-time with an explicit offset or Z (a local time is ambiguous). */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 instant with an offset or Z, e.g. 2026-03-12T09:30:00+01:00')
const cents = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** An IANA time zone name known to the runtime, e.g. 'Europe/Paris'. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .refine(isValidTimeZone, { params: { kind: 'time_zone' } })
  .describe('IANA time zone, e.g. Europe/Paris')

export const ProfessionSchema = z.enum([
  'physician',
  'health_professional',
  'lawyer',
  'accountant',
  'consultant',
  'digital_agency',
  'e_merchant',
  'other'
])
export type Profession = z.infer<typeof ProfessionSchema>

export const InsuredSchema = z.strictObject({
  name: shortText(),
  profession: ProfessionSchema,
  organisation: shortText().optional(),
  address: z.string().max(1000).optional(),
  email: shortText().optional(),
  phone: shortText().optional(),
  /**
   * In the scope of CSP art. L1111-8-2 (health establishments, labs, medico-social
   * establishments…). An individual practice (cabinet libéral) is NOT.
   */
  healthEstablishment: z
    .boolean()
    .describe('In the scope of CSP art. L1111-8-2 (an individual practice is not)'),
  /** Bas-Rhin, Haut-Rhin, Moselle: Good Friday and 26 December are also holidays (C. trav. L3134-13). */
  alsaceMoselle: z.boolean().describe('Alsace-Moselle holiday calendar (Good Friday, 26 December)'),
  /** DPO or other contact point (RGPD art. 33(3)(b)). */
  dpoContact: shortText().optional()
})
export type Insured = z.infer<typeof InsuredSchema>

export const TimelineEventKindSchema = z.enum([
  'occurred',
  'detected',
  'aware',
  'processor_notice',
  'contained',
  'complaint_filed',
  'authority_notified',
  'persons_informed',
  'insurer_notified',
  'ars_reported',
  'closed',
  'other'
])
export type TimelineEventKind = z.infer<typeof TimelineEventKindSchema>

export const TimelineEventSchema = z.strictObject({
  id: id(),
  kind: TimelineEventKindSchema,
  at: InstantSchema,
  note: text().optional(),
  /** For 'insurer_notified': which policy was declared. */
  policyId: id().optional()
})
export type TimelineEvent = z.infer<typeof TimelineEventSchema>

export const DataCategorySchema = z.enum([
  'identity',
  'contact',
  'financial',
  'banking_card',
  'credentials',
  'location',
  'behavioural',
  'health',
  'special_other',
  'offences',
  'national_id',
  'business_confidential',
  'other'
])
export type DataCategory = z.infer<typeof DataCategorySchema>

export const YesNoUnknownSchema = z.enum(['yes', 'no', 'unknown'])
export type YesNoUnknown = z.infer<typeof YesNoUnknownSchema>

export const EncryptionSchema = z.enum(['none', 'weak', 'state_of_the_art'])
export type Encryption = z.infer<typeof EncryptionSchema>

export const RecipientsSchema = z.enum(['none', 'known', 'unknown'])
export const IdentifiabilitySchema = z.enum(['negligible', 'limited', 'significant', 'maximum'])
export type Identifiability = z.infer<typeof IdentifiabilitySchema>

export const AffectedDataSchema = z.strictObject({
  personalData: YesNoUnknownSchema,
  categories: z.array(DataCategorySchema),
  personsCount: z.number().int().min(0).optional(),
  recordsCount: z.number().int().min(0).optional(),
  /** Patients, children, persons under guardianship… (EDPB 9/2022 §IV.B; ENISA raises DPC). */
  vulnerablePersons: z.boolean(),
  encryption: EncryptionSchema.describe(
    'state_of_the_art + key not compromised = GDPR art. 34(3)(a)'
  ),
  keyCompromised: z.boolean(),
  backupAvailable: z.boolean(),
  leftOrganisation: YesNoUnknownSchema,
  /** ENISA CB: none, known recipients, or unknown/published. */
  recipients: RecipientsSchema.describe('ENISA CB: none, known recipients, unknown or published'),
  /** ENISA EI. */
  identifiability: IdentifiabilitySchema.describe('ENISA EI: ease of identification of the persons')
})
export type AffectedData = z.infer<typeof AffectedDataSchema>

export const BreachTypeSchema = z.enum(['confidentiality', 'integrity', 'availability'])
export type BreachType = z.infer<typeof BreachTypeSchema>

export const CauseKindSchema = z.enum([
  'human_error',
  'loss_theft',
  'inadequate_protection',
  'intentional_insured',
  'malicious_employee',
  'cyberattack',
  'other'
])
export type CauseKind = z.infer<typeof CauseKindSchema>

export const CauseDetailSchema = z.enum([
  'misdirected_email',
  'accidental_publication',
  'lost_device',
  'stolen_device',
  'phishing',
  'ransomware',
  'hacking',
  'other'
])
export type CauseDetail = z.infer<typeof CauseDetailSchema>

export const CauseSchema = z.strictObject({
  kind: CauseKindSchema,
  detail: CauseDetailSchema.optional(),
  /** Who acted (employee, unknown attacker, the insured…). */
  actor: shortText().optional(),
  description: text().optional()
})
export type Cause = z.infer<typeof CauseSchema>

export const PartyRoleSchema = z.enum([
  'client',
  'recipient',
  'processor',
  'police',
  'authority',
  'insurer',
  'other'
])
export const PartySchema = z.strictObject({
  id: id(),
  role: PartyRoleSchema,
  name: shortText(),
  contact: shortText().optional(),
  note: text().optional()
})
export type Party = z.infer<typeof PartySchema>

export const EvidenceSchema = z.strictObject({
  id: id(),
  label: shortText(),
  attachmentId: id().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
})
export type Evidence = z.infer<typeof EvidenceSchema>

export const ThirdPartyClaimSchema = z.strictObject({
  id: id(),
  claimant: shortText(),
  receivedAt: InstantSchema.optional(),
  amountCents: cents().optional(),
  description: text()
})
export type ThirdPartyClaim = z.infer<typeof ThirdPartyClaimSchema>

export const LossKindSchema = z.enum([
  'forensics',
  'notification',
  'restoration',
  'business_interruption',
  'ransom',
  'legal',
  'device',
  'other'
])
export type LossKind = z.infer<typeof LossKindSchema>

export const EstimatedLossSchema = z.strictObject({
  id: id(),
  kind: LossKindSchema,
  amountCents: cents(),
  description: text().optional()
})
export type EstimatedLoss = z.infer<typeof EstimatedLossSchema>

export const MeasureSchema = z.strictObject({
  id: id(),
  description: text(),
  at: InstantSchema.optional()
})
export type Measure = z.infer<typeof MeasureSchema>

/** RGPD art. 34(3)(b) and (c); (a), encryption, comes from the affected data. */
export const GdprMitigationSchema = z.strictObject({
  measuresRemoveHighRisk: z.boolean(),
  disproportionateEffort: z.boolean()
})

export const IncidentStatusSchema = z.enum(['draft', 'open', 'closed'])

export const IncidentSchema = z.strictObject({
  id: id(),
  reference: z.string().min(1).max(50),
  title: shortText(),
  narrative: z.string().max(NARRATIVE_MAX),
  status: IncidentStatusSchema,
  insured: InsuredSchema,
  timeZone: TimeZoneSchema,
  timeline: z.array(TimelineEventSchema),
  data: AffectedDataSchema,
  breachTypes: z.array(BreachTypeSchema),
  cause: CauseSchema,
  parties: z.array(PartySchema),
  evidence: z.array(EvidenceSchema),
  thirdPartyClaims: z.array(ThirdPartyClaimSchema),
  estimatedLosses: z.array(EstimatedLossSchema),
  measures: z.array(MeasureSchema),
  gdprMitigation: GdprMitigationSchema,
  /** Which of the user's policies this incident concerns. */
  policyIds: z.array(id()),
  createdAt: InstantSchema,
  updatedAt: InstantSchema
})
export type Incident = z.infer<typeof IncidentSchema>

export const PolicyKindSchema = z.enum([
  'rc_pro',
  'rc_pro_confidentiality',
  'cyber',
  'property',
  'legal_protection'
])
export type PolicyKind = z.infer<typeof PolicyKindSchema>

/** Exclusions a user can tick after reading the contract's general and special conditions. */
export const PolicyExclusionSchema = z.enum([
  'cyber',
  'digital_privacy',
  'confidentiality',
  'ransom',
  'unattended_device_theft',
  'lack_of_security'
])
export type PolicyExclusion = z.infer<typeof PolicyExclusionSchema>

export const PolicySchema = z.strictObject({
  id: id(),
  kind: PolicyKindSchema,
  insurer: shortText(),
  policyNumber: shortText(),
  label: shortText().optional(),
  /** Whether the contract states an « atteinte à la confidentialité » clause. */
  confidentialityClause: YesNoUnknownSchema,
  /** The contract's deadline; shorter than the legal minimum is void (C. assur. art. L113-2). */
  declarationDeadlineWorkingDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .describe('Contract deadline in working days; below the legal minimum it is void (L113-2)'),
  deductibleCents: cents().optional(),
  limitCents: cents().optional(),
  exclusions: z.array(PolicyExclusionSchema)
})
export type Policy = z.infer<typeof PolicySchema>

export const IncidentFileSchema = z.strictObject({
  format: z.literal(INCIDENT_FILE_FORMAT),
  formatVersion: z.literal(INCIDENT_FILE_VERSION),
  incident: IncidentSchema,
  policies: z.array(PolicySchema)
})
export type IncidentFile = z.infer<typeof IncidentFileSchema>
