/**
 * Upgrades an incident file written by an earlier format version to the current one, on the raw
 * JSON, before validation. Each step is a named function from version N to N+1 so that a file
 * of any released version reaches the current one through every step, and nothing the user
 * entered is dropped (a test checks every v1 fixture field by field).
 */
import { INCIDENT_FILE_VERSION } from './schema'

type JsonRecord = Record<string, unknown>

const isRecord = (v: unknown): v is JsonRecord =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * v1 → v2: every v2 addition is optional and means "not answered yet", so the content is kept as
 * it is. What changes is how the engine reads two silences, on purpose: an exclusion not ticked
 * was read as "not in the contract" and is now "not checked yet", and a missing role is read as
 * "controller", which is what every v1 assessment assumed.
 */
const v1ToV2 = (file: JsonRecord): JsonRecord => ({ ...file, formatVersion: 2 })

const STEPS: Record<number, (file: JsonRecord) => JsonRecord> = { 1: v1ToV2 }

/**
 * Returns the file at the current version, or the input unchanged when it is not an object or
 * has no known older version (validation then reports what is wrong with it).
 */
export const migrateIncidentFile = (json: unknown): unknown => {
  if (!isRecord(json)) return json
  let file = json
  while (typeof file.formatVersion === 'number' && file.formatVersion < INCIDENT_FILE_VERSION) {
    const step = STEPS[file.formatVersion]
    if (!step) return file
    file = step(file)
  }
  return file
}
