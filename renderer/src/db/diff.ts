/**
 * What changed between two versions of an incident, as readable field paths with short
 * before/after summaries, and how rapid autosaves are folded into one history entry.
 */
import type { FieldChange, HistoryEntry } from './types'

/** Autosaves of the same fields within this window extend the last history entry. */
export const HISTORY_COALESCE_MS = 60_000
const SUMMARY_MAX = 120

/** Bookkeeping fields that change on every save and would only add noise. */
const IGNORED_PATHS = new Set(['updatedAt'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function hasIds(list: unknown[]): list is { id: string }[] {
  return list.every((item) => isObject(item) && typeof item.id === 'string')
}

export function summarize(value: unknown): string | undefined {
  if (value === undefined) return undefined
  let text: string
  if (typeof value === 'string') text = value
  else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    text = value.map(String).join(', ')
  } else if (isObject(value)) {
    // An element of a list: its most telling fields first.
    const parts = ['kind', 'role', 'label', 'name', 'claimant', 'description', 'at']
      .map((key) => value[key])
      .filter((v): v is string => typeof v === 'string' && v !== '')
    text = parts.length > 0 ? parts.join(' · ') : JSON.stringify(value)
  } else text = JSON.stringify(value)
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function walk(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (IGNORED_PATHS.has(path) || equal(before, after)) return
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    for (const key of keys) walk(path ? `${path}.${key}` : key, before[key], after[key], out)
    return
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lists of primitives read best as one field: "data.categories: health → health, contact".
    if (!hasIds(before) || !hasIds(after) || (before.length === 0 && after.length === 0)) {
      if (before.every((v) => !isObject(v)) && after.every((v) => !isObject(v))) {
        out.push({ path, before: summarize(before), after: summarize(after) })
        return
      }
    }
    if (hasIds(before) && hasIds(after)) {
      // Match elements by id, so that inserting an event does not "change" all the next ones.
      const old = new Map(before.map((item, i) => [item.id, { item, i }]))
      after.forEach((item, i) => {
        const prev = old.get(item.id)
        old.delete(item.id)
        if (!prev) out.push({ path: `${path}[${i}]`, after: summarize(item) })
        else walk(`${path}[${i}]`, prev.item, item, out)
      })
      for (const { item, i } of old.values()) {
        out.push({ path: `${path}[${i}]`, before: summarize(item) })
      }
      return
    }
  }
  out.push({ path, before: summarize(before), after: summarize(after) })
}

export function diffValues(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = []
  walk('', before as Json, after as Json, out)
  return out
}

/**
 * Folds `changes` into `last` when it is an edit of the same fields less than
 * HISTORY_COALESCE_MS ago; returns the merged entry, or undefined to append a new one.
 */
export function coalesce(
  last: HistoryEntry | undefined,
  changes: FieldChange[],
  now: string
): HistoryEntry | undefined {
  if (!last || last.kind !== 'edited') return undefined
  if (Date.parse(now) - Date.parse(last.lastAt) > HISTORY_COALESCE_MS) return undefined
  const previous = new Map(last.changes.map((c) => [c.path, c]))
  if (!changes.every((c) => previous.has(c.path))) return undefined
  const merged = last.changes
    .map((c) => {
      const next = changes.find((n) => n.path === c.path)
      return next ? { path: c.path, before: c.before, after: next.after } : c
    })
    // Typing a value back to what it was is no change at all.
    .filter((c) => c.before !== c.after)
  return { ...last, lastAt: now, changes: merged }
}
