import { z } from 'zod'

import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION, IncidentFileSchema } from './schema'

/** The JSON Schema of the incident file, generated from the zod source (docs/incident.schema.json). */
export const incidentJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(IncidentFileSchema, { target: 'draft-2020-12' }),
  $id: `https://sentinelle.invalid/schemas/${INCIDENT_FILE_FORMAT}/v${INCIDENT_FILE_VERSION}.json`,
  title: `Sentinelle incident file, format version ${INCIDENT_FILE_VERSION}`,
  description:
    'One confidentiality incident with the insurance policies it concerns. Generated from shared/model/schema.ts; see docs/file-format.md. Cross-field rules (unique ids, policy references, cause details) are checked by parseIncidentFile, not by this schema.'
})
