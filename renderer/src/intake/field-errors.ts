/**
 * Puts each problem next to its field: shared validation errors (paths such as
 * `incident.timeline[2].at`) and the date contradictions of ./date-consistency, keyed the same
 * way the step components ask for them (`title`, `timeline.<eventId>.at`, `data.personsCount`).
 */
import type { Incident, Lang, ValidationError } from '@shared/model'

import type { DateIssue } from './date-consistency'
import { ROW_LISTS, isRowList } from './row-updates'
import type { StepKey } from './steps'

export type FieldProblem = { key: string; step: StepKey; message: string }

export function stepOfKey(key: string): StepKey {
  if (key.startsWith('timeline')) return 'timeline'
  if (key.startsWith('data') || key.startsWith('breachTypes') || key.startsWith('gdprMitigation')) {
    return 'data'
  }
  if (key.startsWith('cause')) return 'cause'
  if (isRowList(key.split(/[.[]/)[0] ?? '')) return 'consequences'
  if (key.startsWith('policyIds')) return 'policies'
  if (key.startsWith('title') || key.startsWith('narrative') || key.startsWith('insured')) {
    return 'incident'
  }
  return 'review'
}

const LISTS_WITH_IDS = ['timeline', ...ROW_LISTS] as const
const LIST_ITEM = new RegExp(`^(${LISTS_WITH_IDS.join('|')})\\[(\\d+)\\]`)

/**
 * `incident.timeline[2].at` -> `timeline.<id of event 2>.at`, and the same for the rows of
 * parties, claims, losses, measures and evidence; `incident.title` -> `title`. Keyed by id, an
 * error stays on its row when a row above it is removed.
 */
export function fieldKeyOf(path: string, incident: Incident): string {
  const local = path.replace(/^incident\./, '')
  return local.replace(LIST_ITEM, (whole, list: (typeof LISTS_WITH_IDS)[number], index: string) => {
    const item = incident[list][Number(index)]
    return item ? `${list}.${item.id}` : whole
  })
}

export function collectProblems(
  incident: Incident,
  validation: readonly ValidationError[],
  dateIssues: readonly DateIssue[],
  lang: Lang,
  describeDateIssue: (issue: DateIssue) => string
): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const error of validation) {
    // Errors on the policies list belong to the policies page, not to this form.
    if (error.path.startsWith('policies')) continue
    const key = fieldKeyOf(error.path, incident)
    problems.push({ key, step: stepOfKey(key), message: error.message[lang] })
  }
  for (const issue of dateIssues) {
    const key = `timeline.${issue.eventId}.at`
    problems.push({ key, step: 'timeline', message: describeDateIssue(issue) })
  }
  return problems
}

export function problemAt(problems: readonly FieldProblem[], key: string): string | undefined {
  const found = problems.filter((problem) => problem.key === key)
  return found.length === 0 ? undefined : found.map((problem) => problem.message).join(' ')
}
