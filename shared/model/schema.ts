/**
 * The incident model: zod schemas are the single source of truth; the TypeScript types are
 * inferred from them and docs/incident.schema.json is generated from them.
 *
 * JSON-friendly on purpose (no Date objects): instants are ISO 8601 strings with an offset or Z,
 * amounts are integer cents, so a file round-trips unchanged through the register and exports.
 */
import { z } from 'zod'

import {
  BREACH_TYPES,
  CAUSE_KINDS,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  INCIDENT_STATUSES
} from './constants'
import { isValidTimeZone } from '../time/time-zone'

export { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION }
export { isValidTimeZone }

/** Every format version this app reads; older ones are migrated on read. */
export const READABLE_FILE_VERSIONS = [1, 2] as const

/** Per-array limits (generous: a real incident has a few dozen of each); see also ./limits.ts. */
export const ARRAY_LIMITS = {
  timeline: 1000,
  parties: 1000,
  evidence: 1000,
  thirdPartyClaims: 500,
  estimatedLosses: 500,
  measures: 1000,
  policyIds: 100,
  policies: 100,
  /** Lists of enum values (categories, breach types, exclusions…). */
  enumList: 50
} as const
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max)

const NARRATIVE_MAX = 20_000
const TEXT_MAX = 2_000
const SHORT_MAX = 300

const id = () => z.string().min(1).max(100)
const shortText = () => z.string().max(SHORT_MAX)
const text = () => z.string().max(TEXT_MAX)
/**
 * Dates the register accepts: years 1970 to 2100. An incident before 1970 or after 2100 is a
 * typo (a year typed as « 26 » read as 0026 or 1926), and outside this range the working-day and
 * time-zone arithmetic is not meant to run. Instants are bounded in UTC.
 */
export const DATE_MIN_YEAR = 1970
export const DATE_MAX_YEAR = 2100
export const INSTANT_MIN_MS = Date.UTC(DATE_MIN_YEAR, 0, 1)
export const INSTANT_MAX_MS = Date.UTC(DATE_MAX_YEAR + 1, 0, 1) - 1
/** The params of the refinement, read by issueMessage() to word the error in FR and EN. */
export const DATE_RANGE_ISSUE = { kind: 'date_range' } as const

/** True when out of range only: text that is no instant at all is the format check's to report. */
export const isInstantInRange = (iso: string): boolean => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) || (ms >= INSTANT_MIN_MS && ms <= INSTANT_MAX_MS)
}
export const isDateOnlyInRange = (key: string): boolean => {
  const year = /^\d{4}-/.test(key) ? Number(key.slice(0, 4)) : undefined
  return year === undefined || (year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR)
}

/** An instant: ISO 8601 date-time with an explicit offset or Z (a local time is ambiguous). */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .refine(isInstantInRange, { params: DATE_RANGE_ISSUE })
  .describe(
    `ISO 8601 instant with an offset or Z, e.g. 2026-03-12T09:30:00+01:00, years ${DATE_MIN_YEAR}–${DATE_MAX_YEAR} (UTC)`
  )
const cents = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
/** A calendar date without time, e.g. a purchase date or a policy period bound. */
export const DateOnlySchema = z.iso
  .date()
  .refine(isDateOnlyInRange, { params: DATE_RANGE_ISSUE })
  .describe(`Calendar date, YYYY-MM-DD, years ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}`)

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
  dpoContact: shortText().optional(),
  /** SIREN (9 digits) or SIRET (14 digits), for the insurer and the CNIL form. */
  siren: z
    .string()
    .regex(/^\d{9}(\d{5})?$/)
    .optional()
    .describe('SIREN (9 digits) or SIRET (14 digits)'),
  /** Legal structure: sole practice, SELARL, SAS… */
  legalForm: shortText().optional(),
  /** Sector of activity as the CNIL form asks it. */
  sector: shortText().optional(),
  headcount: z.number().int().min(0).max(10_000_000).optional(),
  /** Legal representative (CNIL form), distinct from the contact person. */
  legalRepresentative: shortText().optional(),
  /** Who signs the declarations, and in which capacity ("gérant", "médecin titulaire"…). */
  signatoryName: shortText().optional(),
  signatoryCapacity: shortText().optional(),
  /** Town for « Fait à … ». */
  city: shortText().optional()
})
export type Insured = z.infer<typeof InsuredSchema>

export const TimelineEventKindSchema = z.enum([
  'occurred',
  'detected',
  'aware',
  'processor_notice',
  'contained',
  'complaint_filed',
  /** An online pre-complaint: not a complaint until signed at a police station (L12-10-1). */
  'pre_complaint_filed',
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
  policyId: id().optional(),
  /**
   * The record number the other side gave: the complaint's record number (procès-verbal), the
   * CNIL notification number, the insurer's claim number.
   */
  reference: shortText().optional(),
  /**
   * Who received it or how: the police or gendarmerie unit for a complaint, the means used to
   * inform the persons (letter, e-mail…), the authority's name.
   */
  service: shortText().optional()
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

/** Categories of persons concerned (CNIL form; EDPB 9/2022 §IV.B "special characteristics"). */
export const PersonCategorySchema = z.enum([
  'patients',
  'clients',
  'employees',
  'minors',
  'prospects',
  'users',
  'other'
])
export type PersonCategory = z.infer<typeof PersonCategorySchema>

/**
 * How serious the health data are (ENISA 2013 lets context lower the DPC of sensitive data):
 * an incidental mention (an appointment, "on sick leave"), medical data proper (diagnosis,
 * treatment, results), or especially serious data (mental health, HIV, genetics, addiction).
 */
export const HealthLevelSchema = z.enum(['incidental', 'medical', 'serious'])
export type HealthLevel = z.infer<typeof HealthLevelSchema>

/** The medium involved (CNIL form). */
export const MediumSchema = z.enum([
  'laptop',
  'phone',
  'removable_media',
  'paper',
  'email',
  'server',
  'cloud',
  'website',
  'other'
])
export type Medium = z.infer<typeof MediumSchema>

export const AffectedDataSchema = z.strictObject({
  personalData: YesNoUnknownSchema,
  categories: list(DataCategorySchema, ARRAY_LIMITS.enumList),
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
  identifiability: IdentifiabilitySchema.describe(
    'ENISA EI: ease of identification of the persons'
  ),
  /* v2: EDPB Guidelines 9/2022 §IV.B risk factors the ENISA formula alone misses. */
  /** How many persons received or saw the data (a single recipient vs many). */
  recipientsCount: z.number().int().min(0).optional(),
  /** The recipient is known, trusted and bound by a duty of secrecy or confidentiality. */
  recipientTrusted: YesNoUnknownSchema.optional(),
  /** The recipient confirmed deletion in writing, or the message was recalled unread. */
  deletionConfirmed: YesNoUnknownSchema.optional(),
  /** The records are rich enough for identity theft or fraud (ID number, bank details, credentials). */
  fraudEnabling: YesNoUnknownSchema.optional(),
  /** How long the data were exposed, or the attacker was inside, in hours. */
  exposureHours: z.number().min(0).max(1_000_000).optional(),
  /** Some fields (not all) were encrypted, hashed or pseudonymised. */
  partiallyProtected: z.boolean().optional(),
  /** Other categories of data cannot be ruled out yet. */
  otherCategoriesPossible: z.boolean().optional(),
  /** How serious the health data are; only asked when 'health' is among the categories. */
  healthLevel: HealthLevelSchema.optional(),
  /** For an availability breach: how long the data were unavailable, in hours. */
  unavailabilityHours: z.number().min(0).max(1_000_000).optional(),
  personCategories: list(PersonCategorySchema, ARRAY_LIMITS.enumList).optional(),
  /** Persons living in other EU/EEA states are concerned (cross-border, CNIL form). */
  otherEuStates: YesNoUnknownSchema.optional(),
  medium: MediumSchema.optional()
})
export type AffectedData = z.infer<typeof AffectedDataSchema>

export const BreachTypeSchema = z.enum(BREACH_TYPES)
export type BreachType = z.infer<typeof BreachTypeSchema>

export const CauseKindSchema = z.enum(CAUSE_KINDS)
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

/**
 * C. assur. L121-2 and C. civ. 1242: an employee who acted within his duties engages the
 * insured's liability; one acting outside them (e.g. selling the client file, Ass. plén. 19 May
 * 1988) does not, and a director's fault is the insured's own.
 */
export const ActorRoleSchema = z.enum([
  'insured_or_director',
  'employee',
  'contractor',
  'outsider',
  'unknown'
])
export type ActorRole = z.infer<typeof ActorRoleSchema>
export const EmployeeScopeSchema = z.enum(['within_duties', 'outside_duties', 'unknown'])
export type EmployeeScope = z.infer<typeof EmployeeScopeSchema>
export const OriginSchema = z.enum(['internal', 'external', 'unknown'])

export const CauseSchema = z.strictObject({
  kind: CauseKindSchema,
  detail: CauseDetailSchema.optional(),
  /** Who acted (employee, unknown attacker, the insured…). */
  actor: shortText().optional(),
  description: text().optional(),
  /* v2 */
  actorRole: ActorRoleSchema.optional(),
  /** Only for an employee: within his duties, outside them, or not known (L121-2). */
  employeeScope: EmployeeScopeSchema.optional(),
  /**
   * For a deliberate act of the insured: did he want the damage as it occurred? (L113-1: only
   * then is it an intentional fault, and the insurer must prove it.)
   */
  intentToHarm: YesNoUnknownSchema.optional(),
  /** Internal or external origin (CNIL form). */
  origin: OriginSchema.optional(),
  /** How the breach was detected (CNIL form). */
  detectionMethod: text().optional(),
  /** For a theft or loss: where, and how (break-in, bag snatched, left in a car…). */
  theftPlace: shortText().optional(),
  theftCircumstances: text().optional()
})
export type Cause = z.infer<typeof CauseSchema>

export const PartyRoleSchema = z.enum([
  'client',
  'recipient',
  'processor',
  'police',
  'authority',
  'insurer',
  'witness',
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
  'reputation',
  'crisis_communication',
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

/** CNIL form: measures in place before, taken to mitigate, planned to prevent recurrence. */
export const MeasureStageSchema = z.enum(['before', 'mitigation', 'prevention'])
export type MeasureStage = z.infer<typeof MeasureStageSchema>

export const MeasureSchema = z.strictObject({
  id: id(),
  description: text(),
  at: InstantSchema.optional(),
  /** v2; absent = a measure taken after the breach (mitigation). */
  stage: MeasureStageSchema.optional()
})
export type Measure = z.infer<typeof MeasureSchema>

/** RGPD art. 34(3)(b) and (c); (a), encryption, comes from the affected data. */
export const GdprMitigationSchema = z.strictObject({
  measuresRemoveHighRisk: z.boolean(),
  disproportionateEffort: z.boolean()
})

export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES)

/**
 * The user's role for the data concerned (GDPR art. 4(7), 4(8), 26). A processor informs its
 * controller (art. 33(2)) within the contract's deadline (art. 28(3)(f)); it does not notify the
 * CNIL or the persons itself unless the controller instructs it.
 */
export const DataRoleKindSchema = z.enum(['controller', 'processor', 'joint_controller'])
export type DataRoleKind = z.infer<typeof DataRoleKindSchema>
export const DataRoleSchema = z.strictObject({
  kind: DataRoleKindSchema,
  /** For a processor or joint controller: the client who is (co-)controller. */
  controllerName: shortText().optional(),
  controllerContact: shortText().optional(),
  /** Art. 28(3)(f): the processing contract's deadline to inform the controller, in hours. */
  contractNoticeHours: z.number().int().min(0).max(8760).optional()
})
export type DataRole = z.infer<typeof DataRoleSchema>

/** The stolen or lost device, for a property insurer. */
export const DeviceSchema = z.strictObject({
  make: shortText().optional(),
  model: shortText().optional(),
  serialNumber: shortText().optional(),
  purchaseDate: DateOnlySchema.optional(),
  purchaseValueCents: cents().optional()
})
export type Device = z.infer<typeof DeviceSchema>

/** What a cyber insurer asks about an attack. */
export const CyberDetailsSchema = z.strictObject({
  /** The reference the insurer's assistance line gave. */
  assistanceReference: shortText().optional(),
  systemsAffected: text().optional(),
  interruptionStart: InstantSchema.optional(),
  interruptionEnd: InstantSchema.optional(),
  ransomDemandedCents: cents().optional(),
  ransomPaid: YesNoUnknownSchema.optional()
})
export type CyberDetails = z.infer<typeof CyberDetailsSchema>

export const IncidentSchema = z.strictObject({
  id: id(),
  reference: z.string().min(1).max(50),
  title: shortText(),
  narrative: z.string().max(NARRATIVE_MAX),
  status: IncidentStatusSchema,
  insured: InsuredSchema,
  timeZone: TimeZoneSchema,
  timeline: list(TimelineEventSchema, ARRAY_LIMITS.timeline),
  data: AffectedDataSchema,
  breachTypes: list(BreachTypeSchema, ARRAY_LIMITS.enumList),
  cause: CauseSchema,
  parties: list(PartySchema, ARRAY_LIMITS.parties),
  evidence: list(EvidenceSchema, ARRAY_LIMITS.evidence),
  thirdPartyClaims: list(ThirdPartyClaimSchema, ARRAY_LIMITS.thirdPartyClaims),
  estimatedLosses: list(EstimatedLossSchema, ARRAY_LIMITS.estimatedLosses),
  measures: list(MeasureSchema, ARRAY_LIMITS.measures),
  gdprMitigation: GdprMitigationSchema,
  /** Which of the user's policies this incident concerns. */
  policyIds: list(id(), ARRAY_LIMITS.policyIds),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /* v2 */
  /** Absent = controller (every v1 file). */
  role: DataRoleSchema.optional(),
  /**
   * Why awareness came more than 24 h after detection (EDPB 9/2022: a short investigation is
   * allowed; the reason belongs in the register and the notification).
   */
  awarenessDelayReason: text().optional(),
  /** Reasons for notifying after 72 h (art. 33(1)). */
  notificationDelayReason: text().optional(),
  device: DeviceSchema.optional(),
  cyber: CyberDetailsSchema.optional()
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
  /** Exclusions the user found in the contract. */
  exclusions: list(PolicyExclusionSchema, ARRAY_LIMITS.enumList),
  /* v2 */
  /**
   * Exclusions the user checked and did NOT find in the contract. An exclusion in neither list
   * has not been checked yet: the assessment then says "to check", never "excluded".
   */
  exclusionsAbsent: list(PolicyExclusionSchema, ARRAY_LIMITS.enumList).optional(),
  /** Liability written on a claims-made basis (« base réclamation », C. assur. L124-1-1). */
  claimsMade: YesNoUnknownSchema.optional(),
  /**
   * The contract pays the insured's own losses from an attack on an information system: the
   * payment then requires a complaint within 72 h (C. assur. L12-10-1), whatever the policy kind.
   */
  ownLossCover: YesNoUnknownSchema.optional(),
  /** RC Pro: the reconstitution of documents entrusted by clients is covered. */
  entrustedDocumentsCover: YesNoUnknownSchema.optional(),
  /** RC Pro / legal protection: defence costs are covered. */
  defenceCostsCover: YesNoUnknownSchema.optional(),
  periodStart: DateOnlySchema.optional(),
  periodEnd: DateOnlySchema.optional(),
  broker: shortText().optional(),
  /** The insurer's assistance line (cyber contracts: call before spending anything). */
  assistancePhone: shortText().optional()
})
export type Policy = z.infer<typeof PolicySchema>

export const IncidentFileSchema = z.strictObject({
  format: z.literal(INCIDENT_FILE_FORMAT),
  formatVersion: z.literal(INCIDENT_FILE_VERSION),
  incident: IncidentSchema,
  policies: list(PolicySchema, ARRAY_LIMITS.policies)
})
export type IncidentFile = z.infer<typeof IncidentFileSchema>
