/**
 * The change history in the user's words: a stored FieldChange (`cause.kind: human_error →
 * loss_theft`, `status: draft → open`, `policyIds: pol-1`) becomes a field label and values in
 * the UI's language, with policy names for ids and times in the user's zone. Pure: the labels
 * come from shared/model and the caller's `t`.
 */
import {
  BREACH_TYPE_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  LOSS_KIND_LABELS,
  MEASURE_STAGE_LABELS,
  MEDIUM_LABELS,
  PERSON_CATEGORY_LABELS,
  POLICY_KIND_LABELS,
  PROFESSION_LABELS,
  TIMELINE_EVENT_LABELS
} from '@shared/model'
import type { Lang, Localized, Policy } from '@shared/model'

import type { FieldChange } from '../db'
import type { MessageKey } from '../i18n/messages'
import { formatDayTime } from '../register/format'

type T = (key: MessageKey, params?: Record<string, string | number>) => string

export type HistoryContext = {
  t: T
  language: Lang
  timeZone: string
  policies: readonly Pick<Policy, 'id' | 'insurer' | 'policyNumber' | 'label'>[]
}

export type ChangeText =
  | { kind: 'sentence'; text: string }
  | { kind: 'change'; label: string; before?: string; after?: string }

const TOP_FIELDS = new Set([
  'title',
  'narrative',
  'status',
  'insured',
  'timeZone',
  'timeline',
  'data',
  'breachTypes',
  'cause',
  'parties',
  'evidence',
  'thirdPartyClaims',
  'estimatedLosses',
  'measures',
  'gdprMitigation',
  'policyIds'
])

/** The value labels a field path takes, by its last named segment. */
const VALUES_BY_FIELD: Record<string, Record<string, Localized>> = {
  'cause.kind': CAUSE_KIND_LABELS,
  'cause.detail': CAUSE_DETAIL_LABELS,
  'data.categories': DATA_CATEGORY_LABELS,
  breachTypes: BREACH_TYPE_LABELS,
  'insured.profession': PROFESSION_LABELS,
  'timeline.kind': TIMELINE_EVENT_LABELS,
  'estimatedLosses.kind': LOSS_KIND_LABELS
}

/** Any code of the model, for values inside an element's summary ("stolen · 2026-…"). */
const ANY_CODE: Record<string, Localized> = Object.assign(
  {},
  MEDIUM_LABELS,
  PERSON_CATEGORY_LABELS,
  MEASURE_STAGE_LABELS,
  POLICY_KIND_LABELS,
  LOSS_KIND_LABELS,
  BREACH_TYPE_LABELS,
  DATA_CATEGORY_LABELS,
  CAUSE_DETAIL_LABELS,
  CAUSE_KIND_LABELS,
  TIMELINE_EVENT_LABELS
)

/** Sub-fields worth naming; any other is told by its section alone (no raw path on screen). */
const SUB_FIELDS = new Set([
  'at',
  'kind',
  'detail',
  'categories',
  'personsCount',
  'description',
  'name',
  'profession',
  'note',
  'encryption',
  'personalData'
])

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const CODE = /^[a-z][a-z0-9_]*$/

/** `timeline[2].at` -> { top: 'timeline', index: 2, key: 'timeline.at', leaf: 'at' }. */
function parsePath(path: string) {
  const names = path.split('.').map((part) => part.replace(/\[\d+\]$/, ''))
  const index = /\[(\d+)\]/.exec(path)?.[1]
  const top = names[0] ?? path
  const leaf = names.length > 1 ? names[names.length - 1] : undefined
  return { top, index: index === undefined ? undefined : Number(index), key: names.join('.'), leaf }
}

function policyName(ctx: HistoryContext, id: string): string | undefined {
  const policy = ctx.policies.find((p) => p.id === id)
  if (!policy) return undefined
  return policy.label?.trim() || [policy.insurer, policy.policyNumber].filter(Boolean).join(' · ')
}

function translateOne(
  value: string,
  labels: Record<string, Localized> | undefined,
  ctx: HistoryContext
) {
  const trimmed = value.trim()
  if (labels?.[trimmed]) return labels[trimmed][ctx.language]
  if (ISO_INSTANT.test(trimmed)) return formatDayTime(trimmed, ctx.language, ctx.timeZone)
  if (trimmed === 'true' || trimmed === 'yes') return ctx.t('incident.history.value.yes')
  if (trimmed === 'false' || trimmed === 'no') return ctx.t('incident.history.value.no')
  if (trimmed === 'unknown') return ctx.t('incident.history.value.unknown')
  if (CODE.test(trimmed) && ANY_CODE[trimmed]) return ANY_CODE[trimmed][ctx.language]
  return value
}

export function historyValue(path: string, value: string | undefined, ctx: HistoryContext) {
  if (value === undefined) return undefined
  const { top, key } = parsePath(path)
  if (top === 'policyIds') {
    return value
      .split(', ')
      .map((id) => policyName(ctx, id) ?? ctx.t('incident.history.value.removedPolicy'))
      .join(', ')
  }
  if (top === 'status') {
    return ['draft', 'open', 'closed'].includes(value)
      ? ctx.t(`register.status.${value}` as MessageKey)
      : value
  }
  if (top === 'title' || top === 'narrative') return value
  const labels = VALUES_BY_FIELD[key]
  // Lists ("health, contact") and element summaries ("stolen · 2026-03-12T08:00:00.000Z").
  const separator = value.includes(' · ')
    ? ' · '
    : labels && value.includes(', ')
      ? ', '
      : undefined
  if (separator === undefined) return translateOne(value, labels, ctx)
  return value
    .split(separator)
    .map((part) => translateOne(part, labels, ctx))
    .join(separator)
}

export function historyLabel(path: string, ctx: HistoryContext): string {
  const { top, index, leaf } = parsePath(path)
  if (!TOP_FIELDS.has(top)) return ctx.t('incident.history.field.other')
  const parts = [ctx.t(`incident.history.field.${top}` as MessageKey)]
  if (index !== undefined) parts.push(ctx.t('incident.history.item', { n: index + 1 }))
  if (leaf !== undefined && SUB_FIELDS.has(leaf)) {
    parts.push(ctx.t(`incident.history.sub.${leaf}` as MessageKey))
  }
  return parts.join(' · ')
}

/** Filing, closing and reopening read as what they are, not as `draft → open`. */
const STATUS_SENTENCES: Record<string, MessageKey> = {
  'draft>open': 'incident.history.kind.filed',
  'open>closed': 'incident.history.kind.closed',
  'closed>open': 'incident.history.kind.reopened'
}

export function describeChange(change: FieldChange, ctx: HistoryContext): ChangeText {
  if (change.path === 'status') {
    const sentence = STATUS_SENTENCES[`${change.before ?? ''}>${change.after ?? ''}`]
    if (sentence) return { kind: 'sentence', text: ctx.t(sentence, { note: '' }) }
  }
  return {
    kind: 'change',
    label: historyLabel(change.path, ctx),
    before: historyValue(change.path, change.before, ctx),
    after: historyValue(change.path, change.after, ctx)
  }
}
