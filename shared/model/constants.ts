/**
 * Values of the model that the UI needs before any validation: the file format's name and
 * version and the enumerations the register's filters list. No zod here, so the start bundle
 * (renderer) does not carry the schemas; ./schema.ts builds its schemas from these.
 */
export const INCIDENT_FILE_FORMAT = 'sentinelle.incident'
/**
 * Version 2 (rule set 2026.12): the user's role, the EDPB 9/2022 risk factors, the insurance facts
 * (three-state exclusions, claims-made basis, own-loss cover, employee within or outside his
 * duties), the facts a claims handler and the CNIL form ask for. Every v2 addition is optional,
 * so a v1 file is a valid v2 file once its version is raised (see ./migrate.ts); an absent fact
 * means "not answered yet", never "no".
 */
export const INCIDENT_FILE_VERSION = 2

export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const

export const CAUSE_KINDS = [
  'human_error',
  'loss_theft',
  'inadequate_protection',
  'intentional_insured',
  'malicious_employee',
  'cyberattack',
  'other'
] as const

export const INCIDENT_STATUSES = ['draft', 'open', 'closed'] as const
