import type { z } from 'zod'

import { displayValue } from './display'
import { loc } from './localized'
import type { Localized } from './localized'
import { migrateIncidentFile } from './migrate'
import {
  DATE_MAX_YEAR,
  DATE_MIN_YEAR,
  DATE_RANGE_ISSUE,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  IncidentFileSchema
} from './schema'
import type { IncidentFile } from './schema'

export type ValidationError = {
  /** e.g. "incident.timeline[2].at"; "" for the file itself. */
  path: string
  message: Localized
}

export type ParseResult =
  { ok: true; value: IncidentFile } | { ok: false; errors: ValidationError[] }

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`
    const name = String(key)
    return acc === '' ? name : `${acc}.${name}`
  }, '')

const TYPE_NAMES: Record<string, Localized> = {
  string: loc('un texte', 'a string'),
  number: loc('un nombre', 'a number'),
  boolean: loc('vrai ou faux', 'true or false'),
  object: loc('un objet', 'an object'),
  array: loc('une liste', 'an array'),
  null: loc('null', 'null'),
  undefined: loc('absent', 'missing')
}

const typeName = (t: string): Localized => TYPE_NAMES[t] ?? loc(t, t)

const received = (input: unknown): string => {
  if (input === undefined) return 'undefined'
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

/** Values quoted for a message; user text is escaped and cut (see displayValue), the list too. */
const quoteList = (values: readonly unknown[]): string => {
  const shown = values.slice(0, 10).map((v) => displayValue(JSON.stringify(v) ?? String(v), 60))
  return values.length > 10 ? `${shown.join(', ')}, … (+${values.length - 10})` : shown.join(', ')
}
const shown = (value: string): string => displayValue(value, 60)

/** Turns one zod issue into a message in French and English (zod's own text is English only). */
export const issueMessage = (issue: z.core.$ZodIssue, input?: unknown): Localized => {
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return loc('Champ obligatoire manquant.', 'Required field is missing.')
      const exp = typeName(issue.expected)
      const got = typeName(received(input))
      return loc(
        `Attendu : ${exp.fr} ; reçu : ${got.fr}.`,
        `Expected ${exp.en}, received ${got.en}.`
      )
    }
    case 'invalid_value':
      if (issue.values.length === 1)
        return loc(
          `Valeur attendue : ${quoteList(issue.values)}.`,
          `Expected value: ${quoteList(issue.values)}.`
        )
      return loc(
        `Valeur non reconnue ; valeurs possibles : ${quoteList(issue.values)}.`,
        `Unrecognised value; allowed values: ${quoteList(issue.values)}.`
      )
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? loc('Ce champ ne peut pas être vide.', 'This field cannot be empty.')
          : loc(`Au moins ${issue.minimum} caractères.`, `At least ${issue.minimum} characters.`)
      if (issue.origin === 'array')
        return loc(`Au moins ${issue.minimum} élément(s).`, `At least ${issue.minimum} item(s).`)
      return loc(
        `La valeur doit être supérieure ou égale à ${issue.minimum}.`,
        `The value must be at least ${issue.minimum}.`
      )
    case 'too_big':
      if (issue.origin === 'array')
        return loc(
          `Liste trop longue : ${issue.maximum} élément(s) au plus.`,
          `List too long: at most ${issue.maximum} item(s).`
        )
      if (issue.origin === 'string')
        return loc(
          `Texte trop long : ${issue.maximum} caractères au plus.`,
          `Text too long: at most ${issue.maximum} characters.`
        )
      return loc(
        `La valeur doit être inférieure ou égale à ${issue.maximum}.`,
        `The value must be at most ${issue.maximum}.`
      )
    case 'invalid_format':
      if (issue.format === 'datetime')
        return loc(
          'Date et heure invalides : format ISO 8601 avec fuseau attendu, par exemple 2026-03-12T09:30:00+01:00.',
          'Invalid date and time: ISO 8601 with an offset expected, e.g. 2026-03-12T09:30:00+01:00.'
        )
      if (issue.format === 'regex') return loc('Format invalide.', 'Invalid format.')
      return loc(`Format invalide (${issue.format}).`, `Invalid format (${issue.format}).`)
    case 'not_multiple_of':
      return loc('Un nombre entier est attendu.', 'An integer is expected.')
    case 'unrecognized_keys':
      return loc(
        `Champ(s) inconnu(s) : ${quoteList(issue.keys)}.`,
        `Unknown field(s): ${quoteList(issue.keys)}.`
      )
    case 'custom': {
      const params = issue.params as { kind?: string } | undefined
      if (params?.kind === DATE_RANGE_ISSUE.kind)
        return loc(
          `Date hors limites : l’année doit être comprise entre ${DATE_MIN_YEAR} et ${DATE_MAX_YEAR} (une année à deux chiffres n’est pas complétée).`,
          `Date out of range: the year must be between ${DATE_MIN_YEAR} and ${DATE_MAX_YEAR} (a two-digit year is not completed).`
        )
      if (params?.kind === 'time_zone')
        return loc(
          'Fuseau horaire inconnu : nom IANA attendu, par exemple Europe/Paris.',
          'Unknown time zone: an IANA name is expected, e.g. Europe/Paris.'
        )
      return loc('Valeur invalide.', 'Invalid value.')
    }
    default:
      return loc('Valeur invalide.', 'Invalid value.')
  }
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let cur: unknown = root
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/**
 * Checks that need several fields. Run on the raw input, defensively, so that they are reported
 * together with the structural errors rather than only once those are fixed.
 */
const crossFieldErrors = (json: unknown): ValidationError[] => {
  const errors: ValidationError[] = []
  const file = asRecord(json)
  const incident = asRecord(file.incident)
  const policies = asArray(file.policies)

  const dupes = (items: unknown[], base: string, what: Localized) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      const itemId = asRecord(item).id
      if (typeof itemId !== 'string') return
      if (seen.has(itemId))
        errors.push({
          path: `${base}[${i}].id`,
          message: loc(
            `Identifiant en double dans ${what.fr} : « ${shown(itemId)} ».`,
            `Duplicate id in ${what.en}: "${shown(itemId)}".`
          )
        })
      seen.add(itemId)
    })
  }
  dupes(policies, 'policies', loc('les contrats', 'the policies'))
  dupes(asArray(incident.timeline), 'incident.timeline', loc('la chronologie', 'the timeline'))

  const policyIds = new Set(
    policies.map((p) => asRecord(p).id).filter((v): v is string => typeof v === 'string')
  )
  const unknownPolicy = (pid: string): Localized =>
    loc(
      `Contrat « ${shown(pid)} » absent de la liste « policies » du fichier.`,
      `Policy "${shown(pid)}" is not in the file's "policies" list.`
    )
  asArray(incident.policyIds).forEach((pid, i) => {
    if (typeof pid === 'string' && !policyIds.has(pid))
      errors.push({ path: `incident.policyIds[${i}]`, message: unknownPolicy(pid) })
  })
  asArray(incident.timeline).forEach((ev, i) => {
    const pid = asRecord(ev).policyId
    if (typeof pid === 'string' && !policyIds.has(pid))
      errors.push({ path: `incident.timeline[${i}].policyId`, message: unknownPolicy(pid) })
  })

  policies.forEach((p, i) => {
    const policy = asRecord(p)
    const absent = new Set(asArray(policy.exclusionsAbsent))
    asArray(policy.exclusions).forEach((ex) => {
      if (typeof ex === 'string' && absent.has(ex))
        errors.push({
          path: `policies[${i}].exclusionsAbsent`,
          message: loc(
            `L’exclusion « ${shown(ex)} » ne peut pas être à la fois présente et absente du contrat.`,
            `Exclusion "${shown(ex)}" cannot be both in the contract and not in it.`
          )
        })
    })
  })

  // Only the clear contradictions: a detail that belongs to another cause kind.
  const cause = asRecord(incident.cause)
  const allowed: Record<string, readonly string[]> = {
    human_error: ['misdirected_email', 'accidental_publication', 'other'],
    loss_theft: ['lost_device', 'stolen_device', 'other'],
    cyberattack: ['phishing', 'ransomware', 'hacking', 'other']
  }
  const okDetails = typeof cause.kind === 'string' ? allowed[cause.kind] : undefined
  if (okDetails && typeof cause.detail === 'string' && !okDetails.includes(cause.detail))
    errors.push({
      path: 'incident.cause.detail',
      message: loc(
        `Précision « ${shown(String(cause.detail))} » incompatible avec la cause « ${shown(String(cause.kind))} » ; possibles : ${quoteList(okDetails)}.`,
        `Detail "${shown(String(cause.detail))}" does not fit cause "${shown(String(cause.kind))}"; allowed: ${quoteList(okDetails)}.`
      )
    })
  return errors
}

/** Validates an incident file and returns every error at once, each with its path. */
export const parseIncidentFile = (json: unknown): ParseResult => {
  const file = asRecord(json)
  if (file.format !== undefined && file.format !== INCIDENT_FILE_FORMAT) {
    return {
      ok: false,
      errors: [
        {
          path: 'format',
          message: loc(
            `Ce fichier n’est pas un incident Sentinelle (format attendu « ${INCIDENT_FILE_FORMAT} »).`,
            `This file is not a Sentinelle incident (expected format "${INCIDENT_FILE_FORMAT}").`
          )
        }
      ]
    }
  }
  if (typeof file.formatVersion === 'number' && file.formatVersion > INCIDENT_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'formatVersion',
          message: loc(
            `Fichier créé par une version plus récente de Sentinelle (format ${file.formatVersion}) : mettez l’application à jour.`,
            `File written by a newer Sentinelle (format ${file.formatVersion}): please update the app.`
          )
        }
      ]
    }
  }
  const current = migrateIncidentFile(json)
  const result = IncidentFileSchema.safeParse(current)
  const errors: ValidationError[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issueMessage(issue, valueAt(current, issue.path))
      }))
  errors.push(...crossFieldErrors(current))
  if (result.success && errors.length === 0) return { ok: true, value: result.data }
  return { ok: false, errors }
}
