import { describe, expect, it } from 'vitest'

import { parseIncidentFile } from './parse'
import { rebaseSampleTimes, sampleIncidents } from './samples'

const NOW = '2026-11-25T17:00:00.000Z'
const HOUR = 3_600_000

describe('rebaseSampleTimes', () => {
  it.each(sampleIncidents.map((sample) => [sample.slug, sample.file] as const))(
    '%s: awareness moves to at least 18 h ago, no event lands in the future, intervals are kept',
    (_slug, file) => {
      const rebased = rebaseSampleTimes(file, NOW)
      expect(parseIncidentFile(rebased).ok).toBe(true)

      const aware = (f: typeof file) =>
        Date.parse(
          (f.incident.timeline.find((event) => event.kind === 'aware') ??
            f.incident.timeline.find((event) => event.kind === 'detected') ??
            f.incident.timeline[0])!.at
        )
      expect(Date.parse(NOW) - aware(rebased)).toBeGreaterThanOrEqual(18 * HOUR)
      for (const event of rebased.incident.timeline) {
        expect(Date.parse(event.at)).toBeLessThan(Date.parse(NOW))
      }
      const gaps = (f: typeof file) =>
        f.incident.timeline.map((event) => Date.parse(event.at) - aware(f))
      expect(gaps(rebased)).toEqual(gaps(file))
    }
  )

  it('leaves the original sample untouched', () => {
    const file = sampleIncidents[0]!.file
    const before = JSON.stringify(file)
    rebaseSampleTimes(file, NOW)
    expect(JSON.stringify(file)).toBe(before)
  })
})
