/** Reads every incident of the register (not the bin) as incident files, for the export. */
import type { IncidentFile } from '@shared/model'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from '@shared/model'

import { getIncident, listIncidents, listPolicies } from '../db'

const BATCH = 200

export async function loadRegisterFiles(
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean
): Promise<IncidentFile[] | undefined> {
  const [{ items }, policies] = await Promise.all([
    listIncidents({ deleted: 'exclude', sort: { key: 'reference', direction: 'asc' } }),
    listPolicies({ includeArchived: true })
  ])
  const byId = new Map(policies.map((policy) => [policy.id, policy]))
  const files: IncidentFile[] = []
  for (let start = 0; start < items.length; start += BATCH) {
    if (isCancelled()) return undefined
    const stored = await Promise.all(
      items.slice(start, start + BATCH).map((item) => getIncident(item.id))
    )
    for (const entry of stored) {
      if (entry === undefined) continue
      files.push({
        format: INCIDENT_FILE_FORMAT,
        formatVersion: INCIDENT_FILE_VERSION,
        incident: entry.incident,
        policies: entry.incident.policyIds.flatMap((id) => byId.get(id) ?? [])
      })
    }
    onProgress(Math.min(start + BATCH, items.length), items.length)
  }
  return files
}
