import type { z } from 'zod'

import { formatPath, issueMessage } from '../model/parse'
import { BackupError } from './errors'

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let cur: unknown = root
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

/** The first schema issue as a BackupError naming the part of the file and the path in it. */
export function firstIssue(error: z.ZodError, part: string, input: unknown): BackupError {
  const issue = error.issues[0]!
  const path = formatPath(issue.path)
  return new BackupError(
    'invalid',
    path ? `${part}: ${path}` : part,
    issueMessage(issue, valueAt(input, issue.path))
  )
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown, part: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw firstIssue(result.error, part, value)
  return result.data
}
