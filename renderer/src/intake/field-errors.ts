/**
 * Puts each problem next to its field: shared validation errors (paths such as
 * `incident.timeline[2].at`) and the date contradictions of ./date-consistency, keyed the same
 * way the step components ask for them (`title`, `timeline.<eventId>.at`, `data.personsCount`).
 */
import type { Incident, Lang, ValidationError } from '@shared/model'

import type { DateIssue } from './date-consistency'
import type { StepKey } from './steps'

export type FieldProblem = { key: string; step: StepKey; message: string }

export function stepOfKey(key: string): StepKey {
  if (key.startsWith('timeline')) return 'timeline'
  if (key.startsWith('data') || key.startsWith('breachTypes') || key.startsWith('gdprMitigation')) {
    return 'data'
  }
  if (key.startsWith('cause')) return 'cause'
  if (key.startsWith('policyIds')) return 'policies'
  if (key.startsWith('title') || key.startsWith('narrative') || key.startsWith('insured')) {
    return 'incident'
  }
  return 'review'
}

/** `incident.timeline[2].at` -> `timeline.<id of event 2>.at`; `incident.title` -> `title`. */
export function fieldKeyOf(path: string, incident: Incident): string {
  const local = path.replace(/^incident\./, '')
  return local.replace(/^timeline\[(\d+)\]/, (whole, index: string) => {
    const event = incident.timeline[Number(index)]
    return event ? `timeline.${event.id}` : whole
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
