/** A v1 incident file (frozen fixtures) still assesses after migration (issue 8, §5). */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { assess } from '../../shared/assessment'
import { BASE_NOW } from '../../shared/assessment/testing'
import { parseIncidentFile } from '../../shared/model/parse'

describe('a v1 file still assesses after migration', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/incident-v1')
  for (const name of readdirSync(dir).filter((n: string) => n.endsWith('.json')))
    it(`v1 fixture ${name}: migrated, assessed as a controller`, () => {
      const parsed = parseIncidentFile(JSON.parse(readFileSync(join(dir, name), 'utf8')))
      expect(parsed.ok).toBe(true)
      if (!parsed.ok) return
      const a = assess(
        { incident: parsed.value.incident, policies: parsed.value.policies },
        { now: BASE_NOW }
      )
      expect(a.gdpr.duties).toHaveLength(3)
      if (a.gdpr.applies) expect(a.gdpr.role).toBe('controller')
      expect(a.gdpr.controllerNotice).toBeUndefined()
    })
})
