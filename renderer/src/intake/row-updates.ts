/**
 * Immutable edits of the incident's repeatable rows (parties, evidence, third-party claims,
 * estimated losses, measures), in the style of ./incident-updates: each returns an
 * IncidentUpdate so the autosave and the draft journal see every change.
 */
import type { Incident } from '@shared/model'

import { newId } from './incident-updates'
import type { IncidentUpdate } from './incident-updates'

export const ROW_LISTS = [
  'parties',
  'thirdPartyClaims',
  'estimatedLosses',
  'measures',
  'evidence'
] as const
export type RowList = (typeof ROW_LISTS)[number]
export type RowOf<K extends RowList> = Incident[K][number]
/** A patch of a row: `undefined` removes an optional field (absent, never empty). */
export type RowPatch<K extends RowList> = { [F in Exclude<keyof RowOf<K>, 'id'>]?: RowOf<K>[F] }

export function isRowList(name: string): name is RowList {
  return (ROW_LISTS as readonly string[]).includes(name)
}

function rowsOf<K extends RowList>(incident: Incident, list: K): readonly RowOf<K>[] {
  return incident[list] as readonly RowOf<K>[]
}

function withRows<K extends RowList>(incident: Incident, list: K, rows: RowOf<K>[]): Incident {
  return { ...incident, [list]: rows }
}

export function addRow<K extends RowList>(list: K, row: RowOf<K>): IncidentUpdate {
  return (incident) => withRows(incident, list, [...rowsOf(incident, list), row])
}

export function updateRow<K extends RowList>(
  list: K,
  id: string,
  patch: RowPatch<K>
): IncidentUpdate {
  return (incident) => {
    const rows = rowsOf(incident, list)
    if (!rows.some((row) => row.id === id)) return incident
    return withRows(
      incident,
      list,
      rows.map((row) => {
        if (row.id !== id) return row
        const next: Record<string, unknown> = { ...row }
        for (const [field, value] of Object.entries(patch)) {
          if (value === undefined) delete next[field]
          else next[field] = value
        }
        return next as RowOf<K>
      })
    )
  }
}

/** Puts a row back at its place (undo of a removal); nothing if a row with its id is there. */
export function insertRow<K extends RowList>(
  list: K,
  row: RowOf<K>,
  index: number
): IncidentUpdate {
  return (incident) => {
    const rows = rowsOf(incident, list)
    if (rows.some((existing) => existing.id === row.id)) return incident
    const at = Math.max(0, Math.min(index, rows.length))
    return withRows(incident, list, [...rows.slice(0, at), row, ...rows.slice(at)])
  }
}

export function removeRow<K extends RowList>(list: K, id: string): IncidentUpdate {
  return (incident) => {
    const rows = rowsOf(incident, list)
    const kept = rows.filter((row) => row.id !== id)
    return kept.length === rows.length ? incident : withRows(incident, list, kept)
  }
}

/** A blank row of each list, valid for the schema so that adding one never shows an error. */
export function blankRow<K extends RowList>(list: K, id: string = newId()): RowOf<K> {
  const rows: { [L in RowList]: RowOf<L> } = {
    parties: { id, role: 'client', name: '' },
    thirdPartyClaims: { id, claimant: '', description: '' },
    estimatedLosses: { id, kind: 'other', amountCents: 0 },
    measures: { id, description: '' },
    evidence: { id, label: '' }
  }
  return rows[list]
}

/** Sum of the estimated losses, in cents, for the review. */
export function totalLossCents(incident: Incident): number {
  return incident.estimatedLosses.reduce((sum, loss) => sum + loss.amountCents, 0)
}
