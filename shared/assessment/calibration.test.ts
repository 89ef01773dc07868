/**
 * Calibration on published worked examples that are not ours: the engine's conclusions on
 * notifying the authority and informing the persons must match the published ones, except
 * where a departure is documented case by case (see calibration-cases.ts).
 */
import { describe, expect, it } from 'vitest'

import type { DataCategory, HealthLevel } from '../model/schema'
import { assess } from './assess'
import { CALIBRATION_CASES } from './calibration-cases'
import { BASE_NOW } from './testing'

const duties = (c: (typeof CALIBRATION_CASES)[number]) => {
  const a = assess({ incident: c.incident, policies: [] }, { now: BASE_NOW })
  const [, notify, inform] = a.gdpr.duties
  return { a, notify: notify!.required, inform: inform!.required }
}

describe('calibration on published worked examples', () => {
  it('has at least 23 cases: 16 from EDPB Guidelines 01/2021, 4 from EDPB 9/2022 Annex B, 2 from the ICO', () => {
    expect(CALIBRATION_CASES.length).toBeGreaterThanOrEqual(23)
    expect(CALIBRATION_CASES.filter((c) => c.name.startsWith('EDPB 01/2021')).length).toBe(16)
    expect(CALIBRATION_CASES.filter((c) => c.name.startsWith('EDPB 9/2022 Annex B')).length).toBe(4)
    expect(CALIBRATION_CASES.filter((c) => c.name.startsWith('ICO ')).length).toBe(2)
  })

  for (const c of CALIBRATION_CASES)
    it(c.name, () => {
      const { a, notify, inform } = duties(c)
      expect(a.gdpr.applies).toBe(true)
      expect({ notify, inform }).toEqual({
        notify: c.departure?.notify ?? c.notify,
        inform: c.departure?.inform ?? c.inform
      })
    })

  it('EDPB 01/2021 case 13: the practical contact with the recipients is in the checklist', () => {
    const { a } = duties(CALIBRATION_CASES.find((c) => c.name.includes('case 13'))!)
    const ids = a.checklist.flatMap((p) => p.items).map((i) => i.ruleId)
    expect(ids).toContain('checklist.contain.recover_mail')
  })

  it('ENISA 2013 DPC examples: simple data 1, behavioural 2, financial 3, sensitive 4; incidental health lowered', () => {
    // ENISA's own examples: a supermarket customer list (simple data) = 1; one week of call
    // records (behavioural) = 2; one month of account balances (financial) = 3; actual medical
    // results (sensitive) = 4; « general blood tests » show that context lowers sensitive data.
    const dpc = (categories: DataCategory[], healthLevel?: HealthLevel) => {
      const i = structuredClone(CALIBRATION_CASES[7]!.incident)
      i.data.categories = categories
      if (healthLevel) i.data.healthLevel = healthLevel
      const a = assess({ incident: i, policies: [] }, { now: BASE_NOW })
      return a.gdpr.severity!.factors.find((f) => f.id === 'DPC')!.value
    }
    expect(dpc(['identity', 'contact'])).toBe(1)
    expect(dpc(['behavioural'])).toBe(2)
    expect(dpc(['financial'])).toBe(3)
    expect(dpc(['health'], 'medical')).toBe(4)
    expect(dpc(['health'], 'incidental')).toBe(2)
  })

  it('ENISA 2013 formula: SE = DPC × EI + CB, CB elements added up to 2, bands at 2, 3, 4', () => {
    // EDPB 01/2021 case 04 as an ENISA computation: financial data (3) +1 for fraud-enabling
    // records = 4; EI maximum 1; CB = unknown recipients 0.5 + full unavailability 0.5 +
    // malicious intent 0.5 = 1.5; SE = 5.5, very high.
    const { a } = duties(CALIBRATION_CASES[3]!)
    const f = Object.fromEntries(a.gdpr.severity!.factors.map((x) => [x.id, x.value]))
    expect(f).toEqual({ DPC: 4, EI: 1, CB: 1.5 })
    expect(a.gdpr.severity!.score).toBe(5.5)
    expect(a.gdpr.severity!.level).toBe('very_high')
  })
})
