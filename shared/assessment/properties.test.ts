/** Invariants of the assessment over generated incidents (fast-check). */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  DataCategorySchema,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  LossKindSchema,
  PolicyExclusionSchema,
  PolicyKindSchema,
  ProfessionSchema
} from '../model/schema'
import type {
  BreachType,
  CauseDetail,
  CauseKind,
  Incident,
  Policy,
  PolicyKind
} from '../model/schema'
import { parseIncidentFile } from '../model/parse'
import { INSTANT_MAX_MS, INSTANT_MIN_MS } from '../model/schema'
import { COVERAGE_RULES } from '../rules/insurance'
import { RULES_BY_ID } from '../rules/registry'
import { addWorkingDays, countWorkingDays, isWorkingDay } from '../time/business-days'
import { instantToDateKey } from '../time/time-zone'
import { assess } from './assess'
import { baseIncident, policy } from './testing'
import type { Verdict } from './types'

// The generator draws from the schema's own enumerations, so a new value is exercised at once.
const CATEGORIES = DataCategorySchema.options
const DETAILS: Record<CauseKind, (CauseDetail | undefined)[]> = {
  human_error: ['misdirected_email', 'accidental_publication', 'other', undefined],
  loss_theft: ['lost_device', 'stolen_device', 'other'],
  cyberattack: ['phishing', 'ransomware', 'hacking', 'other'],
  inadequate_protection: [undefined],
  intentional_insured: [undefined],
  malicious_employee: [undefined, 'hacking'],
  other: [undefined]
}
const KINDS = PolicyKindSchema.options
const EXCLUSIONS = PolicyExclusionSchema.options
const LOSSES = LossKindSchema.options
const HOUR = 3_600_000
const iso = (ms: number) => new Date(ms).toISOString()
/** The schema's bounds (years 1970–2100, UTC), less a day and the 200 h the later events take. */
const AWARE_MIN_MINUTE = (INSTANT_MIN_MS + 24 * HOUR) / 60_000
const AWARE_MAX_MINUTE = Math.floor((INSTANT_MAX_MS - 240 * HOUR) / 60_000)

const policyArb = (id: string, kind?: PolicyKind): fc.Arbitrary<Policy> =>
  fc
    .record({
      kind: kind ? fc.constant(kind) : fc.constantFrom(...KINDS),
      clause: fc.constantFrom('yes', 'no', 'unknown' as const),
      deadline: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
      exclusions: fc.subarray(EXCLUSIONS)
    })
    .map(({ kind: k, clause, deadline, exclusions }) =>
      policy(k, {
        id,
        confidentialityClause: clause,
        exclusions,
        ...(deadline !== undefined ? { declarationDeadlineWorkingDays: deadline } : {})
      })
    )

const causeArb = fc
  .constantFrom(...(Object.keys(DETAILS) as CauseKind[]))
  .chain((kind) => fc.constantFrom(...DETAILS[kind]).map((detail) => ({ kind, detail })))

type Gen = { incident: Incident; policies: Policy[]; now: string }

const caseArb = (
  causeOverride?: fc.Arbitrary<{ kind: CauseKind; detail: CauseDetail | undefined }>
) =>
  fc
    .record({
      profession: fc.constantFrom(...ProfessionSchema.options),
      healthEstablishment: fc.boolean(),
      alsaceMoselle: fc.boolean(),
      timeZone: fc.constantFrom(
        'Europe/Paris',
        'America/Guadeloupe',
        'Indian/Reunion',
        'Pacific/Noumea'
      ),
      personalData: fc.constantFrom('yes', 'no', 'unknown' as const),
      categories: fc.subarray(CATEGORIES),
      personsCount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      vulnerable: fc.boolean(),
      encryption: fc.constantFrom('none', 'weak', 'state_of_the_art' as const),
      keyCompromised: fc.boolean(),
      backup: fc.boolean(),
      left: fc.constantFrom('yes', 'no', 'unknown' as const),
      recipients: fc.constantFrom('none', 'known', 'unknown' as const),
      identifiability: fc.constantFrom('negligible', 'limited', 'significant', 'maximum' as const),
      breachTypes: fc.subarray<BreachType>(['confidentiality', 'integrity', 'availability']),
      cause: causeOverride ?? causeArb,
      // Awareness at any minute of the whole range the schema allows (years 1970–2100), with
      // room for the later events (up to 200 h) to stay within it; recent years weighted in.
      awareMs: fc
        .oneof(
          fc.integer({ min: AWARE_MIN_MINUTE, max: AWARE_MAX_MINUTE }),
          fc.integer({
            min: Date.parse('2023-01-01T00:00:00Z') / 60_000,
            max: Date.parse('2027-12-31T00:00:00Z') / 60_000
          }),
          fc.constantFrom(AWARE_MIN_MINUTE, AWARE_MAX_MINUTE)
        )
        .map((m) => m * 60_000),
      awareKind: fc.constantFrom('aware', 'processor_notice', 'detected', 'none' as const),
      complaintAfterH: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      notifiedAfterH: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      claim: fc.boolean(),
      losses: fc.subarray(LOSSES),
      measuresRemoveHighRisk: fc.boolean(),
      disproportionateEffort: fc.boolean(),
      status: fc.constantFrom('draft', 'open', 'closed' as const),
      nowAfterH: fc.integer({ min: -24, max: 24 * 40 }),
      policies: fc
        .array(fc.constantFrom(...KINDS), { maxLength: 4 })
        .chain((kinds) =>
          kinds.length
            ? fc.tuple(...kinds.map((k, i) => policyArb(`p${i}`, k)))
            : fc.constant([] as Policy[])
        )
    })
    .map((g): Gen => {
      const i = baseIncident()
      i.status = g.status
      i.timeZone = g.timeZone
      i.insured.profession = g.profession
      i.insured.healthEstablishment = g.healthEstablishment
      i.insured.alsaceMoselle = g.alsaceMoselle
      i.data = {
        personalData: g.personalData,
        categories: g.categories,
        vulnerablePersons: g.vulnerable,
        encryption: g.encryption,
        keyCompromised: g.keyCompromised,
        backupAvailable: g.backup,
        leftOrganisation: g.left,
        recipients: g.recipients,
        identifiability: g.identifiability,
        ...(g.personsCount !== undefined ? { personsCount: g.personsCount } : {})
      }
      i.breachTypes = g.breachTypes
      i.cause = g.cause.detail
        ? { kind: g.cause.kind, detail: g.cause.detail }
        : { kind: g.cause.kind }
      i.timeline = []
      if (g.awareKind !== 'none')
        i.timeline.push({ id: 'a', kind: g.awareKind, at: iso(g.awareMs) })
      if (g.complaintAfterH !== undefined)
        i.timeline.push({
          id: 'c',
          kind: 'complaint_filed',
          at: iso(g.awareMs + g.complaintAfterH * HOUR)
        })
      if (g.notifiedAfterH !== undefined)
        i.timeline.push({
          id: 'n',
          kind: 'authority_notified',
          at: iso(g.awareMs + g.notifiedAfterH * HOUR)
        })
      i.thirdPartyClaims = g.claim
        ? [{ id: 'cl', claimant: 'Client', description: 'Réclamation' }]
        : []
      i.estimatedLosses = g.losses.map((kind, n) => ({ id: `l${n}`, kind, amountCents: 10_000 }))
      i.gdprMitigation = {
        measuresRemoveHighRisk: g.measuresRemoveHighRisk,
        disproportionateEffort: g.disproportionateEffort
      }
      i.policyIds = g.policies.map((p) => p.id)
      return { incident: i, policies: g.policies, now: iso(g.awareMs + g.nowAfterH * HOUR) }
    })

const RANK: Record<Verdict, number> = { excluded: 0, not_applicable: 1, uncertain: 2, covered: 3 }
const run = (g: Gen) => assess({ incident: g.incident, policies: g.policies }, { now: g.now })

afterEach(() => {
  vi.useRealTimers()
})

describe('assessment invariants', () => {
  it('generated incidents are valid incident files (the generator is honest)', () => {
    fc.assert(
      fc.property(caseArb(), (g) => {
        const r = parseIncidentFile({
          format: INCIDENT_FILE_FORMAT,
          formatVersion: INCIDENT_FILE_VERSION,
          incident: g.incident,
          policies: g.policies
        })
        expect(r.ok ? [] : r.errors).toEqual([])
      }),
      { numRuns: 200 }
    )
  })

  // L113-1: « excluded » needs the damage wanted as it occurred (intentToHarm, see
  // insurance-v2.test.ts); a deliberate act alone is never « covered ».
  it('the insured’s deliberate act: no policy is covered', () => {
    fc.assert(
      fc.property(
        caseArb(fc.constant({ kind: 'intentional_insured' as const, detail: undefined })),
        (g) => {
          for (const c of run(g).coverage) expect(c.verdict).not.toBe('covered')
        }
      ),
      { numRuns: 300 }
    )
  })

  it('adding the confidentiality extension or a cyber policy never makes another verdict worse', () => {
    fc.assert(
      fc.property(
        caseArb(),
        fc.constantFrom('rc_pro_confidentiality', 'cyber' as const),
        (g, kind) => {
          const before = run(g)
          const extra = policy(kind, { id: 'added', confidentialityClause: 'yes' })
          const after = assess(
            {
              incident: { ...g.incident, policyIds: [...g.incident.policyIds, 'added'] },
              policies: [...g.policies, extra]
            },
            { now: g.now }
          )
          for (const b of before.coverage) {
            const a = after.coverage.find((c) => c.policyId === b.policyId)!
            expect(RANK[a.verdict]).toBeGreaterThanOrEqual(RANK[b.verdict])
          }
          // Nor does it take away a GDPR duty.
          expect(after.gdpr.duties.map((d) => d.required)).toEqual(
            before.gdpr.duties.map((d) => d.required)
          )
        }
      ),
      { numRuns: 300 }
    )
  })

  it('no due date is before awareness; deadlines are sorted; msLeft is relative to now', () => {
    fc.assert(
      fc.property(caseArb(), (g) => {
        const a = run(g)
        if (!a.awareness.at) {
          expect(a.deadlines).toEqual([])
          return
        }
        const aware = Date.parse(a.awareness.at)
        const nowMs = Date.parse(g.now)
        for (const d of a.deadlines) {
          expect(Date.parse(d.dueAt)).toBeGreaterThanOrEqual(aware)
          expect(d.msLeft).toBe(Date.parse(d.dueAt) - nowMs)
        }
        const dues = a.deadlines.map((d) => d.dueAt)
        expect(dues).toEqual([...dues].sort())
        for (const item of a.checklist.flatMap((p) => p.items))
          if (item.dueAt) expect(Date.parse(item.dueAt)).toBeGreaterThanOrEqual(aware)
        const duty = a.gdpr.duties.find((d) => d.id === 'notify_authority')!
        if (duty.dueAt) expect(Date.parse(duty.dueAt) - aware).toBe(72 * HOUR)
      }),
      { numRuns: 300 }
    )
  })

  it('insurer deadlines fall on a working day, at the legal minimum or the longer contract term', () => {
    fc.assert(
      fc.property(caseArb(), (g) => {
        const a = run(g)
        for (const d of a.deadlines.filter((x) => x.policyId)) {
          const p = g.policies.find((x) => x.id === d.policyId)!
          // Whit Monday, a doubtful working day, is counted: the earlier deadline wins (L113-2).
          const opts = { alsaceMoselle: g.incident.insured.alsaceMoselle, whitMondayWorked: true }
          const start = instantToDateKey(a.awareness.at!, g.incident.timeZone)
          const min = g.incident.cause.detail === 'stolen_device' ? 2 : 5
          const days = Math.max(min, p.declarationDeadlineWorkingDays ?? min)
          expect(d.dueDate).toBe(addWorkingDays(start, days, opts))
          expect(isWorkingDay(d.dueDate!, opts)).toBe(true)
          expect(countWorkingDays(start, d.dueDate!, opts)).toBe(days)
          // The instant is the last millisecond of that local day.
          expect(instantToDateKey(d.dueAt, g.incident.timeZone)).toBe(d.dueDate)
          expect(instantToDateKey(Date.parse(d.dueAt) + 1, g.incident.timeZone)).not.toBe(d.dueDate)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('deterministic: same input and now give the same output, whatever the system clock', () => {
    fc.assert(
      fc.property(caseArb(), (g) => {
        vi.useFakeTimers()
        vi.setSystemTime(new Date('2001-01-01T00:00:00Z'))
        const a = run(g)
        vi.setSystemTime(new Date('2099-06-01T12:00:00Z'))
        const b = run(structuredClone(g))
        vi.useRealTimers()
        expect(b).toEqual(a)
        expect(JSON.parse(JSON.stringify(a))).toEqual(a)
        expect(a.computedAt).toBe(g.now)
      }),
      { numRuns: 100 }
    )
  })

  it('every verdict rests on a deciding rule; every fired rule is in the registry; duties are consistent', () => {
    const effect = new Map(COVERAGE_RULES.map((r) => [r.id, r.effect]))
    fc.assert(
      fc.property(caseArb(), (g) => {
        const a = run(g)
        for (const c of a.coverage) {
          const deciding = c.reasons
            .map((r) => effect.get(r.ruleId))
            .filter((e) => e && e !== 'info')
          expect(deciding).toContain(c.verdict)
          // An uncertain verdict always says what to check in the contract.
          if (c.verdict === 'uncertain') expect(c.reasons.some((r) => r.toCheck)).toBe(true)
        }
        for (const id of a.firedRuleIds) expect(RULES_BY_ID.has(id)).toBe(true)
        const [register, notify, inform] = a.gdpr.duties
        expect(register!.required).toBe(a.gdpr.applies)
        if (notify!.required || inform!.required) expect(a.gdpr.applies).toBe(true)
        if (inform!.required)
          expect(['high', 'very_high']).toContain(
            a.gdpr.severity?.riskLevel ?? a.gdpr.severity?.level
          )
        if (!notify!.required) expect(notify!.reasons.length).toBeGreaterThan(0)
        if (!inform!.required) expect(inform!.reasons.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 }
    )
  })
})
