/**
 * Rule set 2026.12, insurance and deadlines (issue 8, §1 and §4): one case per change, named
 * after its source (insurance-v2.cases.ts), and the properties the issue asks for.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CauseKind, Policy, PolicyKind, YesNoUnknown } from '../model/schema'
import { COVERAGE_RULES, VERDICT_SUMMARY } from '../rules/insurance'
import { assess } from './assess'
import { INSURANCE_V2_CASES } from './insurance-v2.cases'
import { baseIncident, event, policy } from './testing'

describe('insurance v2 cases, each citing its source', () => {
  it.each(INSURANCE_V2_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = assess(c.input, { now: c.now })
    if (c.verdicts)
      expect(Object.fromEntries(a.coverage.map((v) => [v.policyId, v.verdict]))).toEqual(c.verdicts)
    for (const id of c.fired ?? []) expect(a.firedRuleIds).toContain(id)
    for (const id of c.notFired ?? []) expect(a.firedRuleIds).not.toContain(id)
    for (const [id, due] of Object.entries(c.deadlines ?? {})) {
      const d = a.deadlines.find((x) => x.id === id)
      if (due === null) {
        expect(d, `no deadline ${id}`).toBeUndefined()
        continue
      }
      expect(d, `deadline ${id}`).toBeDefined()
      expect(due.length === 10 ? d!.dueDate : d!.dueAt).toBe(due)
    }
    for (const [id, status] of Object.entries(c.deadlineStatus ?? {}))
      expect(a.deadlines.find((x) => x.id === id)?.status).toBe(status)
    c.check?.(a, expect)
    // An uncertain verdict always says what to check.
    for (const v of a.coverage)
      if (v.verdict === 'uncertain') expect(v.reasons.some((r) => r.toCheck)).toBe(true)
  })
})

describe('verdicts no stronger than the law', () => {
  it('“covered” always reads “likely covered, subject to the contract’s wording”', () => {
    expect(VERDICT_SUMMARY.covered.fr).toContain('Probablement couvert, sous réserve des termes')
    expect(VERDICT_SUMMARY.covered.en).toContain(
      'Likely covered, subject to the contract’s wording'
    )
  })

  it('advice drawn from the seed article is cited as a broker’s advice, never as law', () => {
    for (const r of COVERAGE_RULES.filter((x) => /\bseed\b/.test(x.reference)))
      expect(r.reference, r.id).toContain('conseil de courtier')
  })

  it('every coverage rule cites an article or its source in its reference', () => {
    for (const r of COVERAGE_RULES) expect(r.reference.length, r.id).toBeGreaterThan(8)
  })
})

const HOUR = 3_600_000
const KINDS: PolicyKind[] = [
  'rc_pro',
  'rc_pro_confidentiality',
  'cyber',
  'property',
  'legal_protection'
]
const YNU: (YesNoUnknown | undefined)[] = ['yes', 'no', 'unknown', undefined]
const CAUSES: { kind: CauseKind; detail?: 'stolen_device' | 'lost_device' | 'hacking' }[] = [
  { kind: 'cyberattack', detail: 'hacking' },
  { kind: 'loss_theft', detail: 'stolen_device' },
  { kind: 'loss_theft', detail: 'lost_device' },
  { kind: 'human_error' },
  { kind: 'intentional_insured' },
  { kind: 'malicious_employee' }
]

/** A small generator over the facts these rules read: cause, policies, timing, claims. */
const arb = fc
  .record({
    cause: fc.constantFrom(...CAUSES),
    intentToHarm: fc.constantFrom(...YNU),
    detectedBeforeH: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    preComplaint: fc.boolean(),
    complaintAfterH: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    claimAfterH: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    nowAfterH: fc.integer({ min: 0, max: 24 * 60 }),
    awareMs: fc
      .integer({
        min: Date.parse('2023-01-01T00:00:00Z') / 60_000,
        max: Date.parse('2027-12-01T00:00:00Z') / 60_000
      })
      .map((m) => m * 60_000),
    policies: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        claimsMade: fc.constantFrom(...YNU),
        ownLossCover: fc.constantFrom(...YNU),
        entrusted: fc.constantFrom(...YNU)
      }),
      { maxLength: 3 }
    )
  })
  .map((g) => {
    const i = baseIncident()
    const iso = (ms: number) => new Date(ms).toISOString()
    i.cause = {
      ...g.cause,
      ...(g.intentToHarm !== undefined ? { intentToHarm: g.intentToHarm } : {})
    }
    i.timeline = [event('aware', iso(g.awareMs))]
    if (g.detectedBeforeH !== undefined)
      i.timeline.push(event('detected', iso(g.awareMs - g.detectedBeforeH * HOUR)))
    if (g.preComplaint) i.timeline.push(event('pre_complaint_filed', iso(g.awareMs + HOUR)))
    if (g.complaintAfterH !== undefined)
      i.timeline.push(event('complaint_filed', iso(g.awareMs + g.complaintAfterH * HOUR)))
    if (g.claimAfterH !== undefined)
      i.thirdPartyClaims = [
        {
          id: 'cl',
          claimant: 'Client',
          receivedAt: iso(g.awareMs + g.claimAfterH * HOUR),
          description: 'Réclamation'
        }
      ]
    const policies: Policy[] = g.policies.map((p, n) =>
      policy(p.kind, {
        id: `p${n}`,
        ...(p.claimsMade ? { claimsMade: p.claimsMade } : {}),
        ...(p.ownLossCover ? { ownLossCover: p.ownLossCover } : {}),
        ...(p.entrusted ? { entrustedDocumentsCover: p.entrusted } : {})
      })
    )
    i.policyIds = policies.map((p) => p.id)
    return { incident: i, policies, now: iso(g.awareMs + g.nowAfterH * HOUR) }
  })

describe('insurance v2 properties', () => {
  it('C. assur. L113-2: a late insurer deadline is never presented without “declare anyway”', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const a = assess(g, { now: g.now })
        for (const d of a.deadlines.filter((x) => x.status === 'overdue')) {
          if (d.id.startsWith('insurer.')) {
            expect(d.basis.fr).toContain('déclarez quand même, aujourd’hui')
            expect(d.basis.en).toContain('declare anyway, today')
          }
          if (d.id === 'complaint.L12-10-1') {
            expect(d.basis.fr).toContain('portez plainte quand même')
            expect(d.basis.en).toContain('file the complaint anyway')
          }
        }
      }),
      { numRuns: 400 }
    )
  })

  it('C. assur. L113-1: no deliberate act of the insured is ever “covered”; only a wanted damage is “excluded”; deadlines stay', () => {
    fc.assert(
      fc.property(arb, (g) => {
        if (g.incident.cause.kind !== 'intentional_insured') return
        const a = assess(g, { now: g.now })
        for (const c of a.coverage) {
          expect(c.verdict).not.toBe('covered')
          if (g.incident.cause.intentToHarm === 'yes') expect(c.verdict).toBe('excluded')
          else expect(c.verdict).not.toBe('excluded')
          if (c.verdict !== 'not_applicable')
            expect(a.deadlines.some((d) => d.policyId === c.policyId)).toBe(true)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('C. assur. L12-10-1: the complaint deadline is 72 hours from the earliest detection or awareness; only a signed complaint meets it', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const a = assess(g, { now: g.now })
        const d = a.deadlines.find((x) => x.id === 'complaint.L12-10-1')
        if (!d) return
        const starts = g.incident.timeline
          .filter((e) => e.kind === 'detected' || e.kind === 'aware')
          .map((e) => Date.parse(e.at))
        expect(Date.parse(d.dueAt)).toBe(Math.min(...starts) + 72 * HOUR)
        const filed = g.incident.timeline.find((e) => e.kind === 'complaint_filed')
        if (!filed) expect(d.status).not.toBe('done')
      }),
      { numRuns: 400 }
    )
  })

  it('no loss yet: a policy whose advice is to declare is never “not concerned”', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const a = assess(g, { now: g.now })
        for (const c of a.coverage.filter((x) => x.verdict === 'not_applicable'))
          expect(a.deadlines.some((d) => d.policyId === c.policyId)).toBe(false)
      }),
      { numRuns: 200 }
    )
  })
})

describe('the police complaint is one entry', () => {
  it('C. assur. L12-10-1: a complaint event carries its service and record number', () => {
    const i = baseIncident()
    i.cause = { kind: 'cyberattack', detail: 'hacking' }
    i.timeline.push(
      event('complaint_filed', '2026-03-10T15:00:00+01:00', {
        service: 'Gendarmerie de Vienne',
        reference: 'PV 42'
      })
    )
    const a = assess({ incident: i, policies: [] }, { now: '2026-03-10T16:00:00+01:00' })
    const d = a.deadlines.find((x) => x.id === 'complaint.L12-10-1')!
    expect(d.status).toBe('done')
    expect(d.basis.fr).toContain('Gendarmerie de Vienne, n° PV 42')
    expect(d.basis.en).toContain('Gendarmerie de Vienne, no. PV 42')
  })
})
