/** Reads every incident of the register (not the bin) as incident files, for the export. */
import type { IncidentFile } from '@shared/model'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from '@shared/model'

import { getIncident, listIncidentIdsByReference, listPolicies } from '../db'

const BATCH = 200

export async function loadRegisterFiles(
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean
): Promise<IncidentFile[] | undefined> {
  // Ids from the index rows: the whole in-memory register (summaries, word index) is the
  // register engine's, it is not built a second time on this thread for an export.
  const [ids, policies] = await Promise.all([
    listIncidentIdsByReference(),
    listPolicies({ includeArchived: true })
  ])
  const byId = new Map(policies.map((policy) => [policy.id, policy]))
  const files: IncidentFile[] = []
  for (let start = 0; start < ids.length; start += BATCH) {
    if (isCancelled()) return undefined
    const stored = await Promise.all(ids.slice(start, start + BATCH).map((id) => getIncident(id)))
    for (const entry of stored) {
      if (entry === undefined) continue
      files.push({
        format: INCIDENT_FILE_FORMAT,
        formatVersion: INCIDENT_FILE_VERSION,
        incident: entry.incident,
        policies: entry.incident.policyIds.flatMap((id) => byId.get(id) ?? [])
      })
    }
    onProgress(Math.min(start + BATCH, ids.length), ids.length)
  }
  return files
}
