/**
 * Rule set 2026.12, GDPR half of issue 8: the user's role (RGPD art. 33(2), 28(3)(f), 26), the
 * awareness delay (EDPB 9/2022), the EDPB 9/2022 risk factors, reasons that never contradict
 * their decision, rules in force at the incident's date, v1 files still assessed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Incident } from '../model/schema'
import { DECISION_SUPPORT } from '../rules/gdpr'
import { inForceOn, RULES_BY_ID } from '../rules/registry'
import { instantToDateKey } from '../time/time-zone'
import { assess } from './assess'
import { CALIBRATION_CASES } from './calibration-cases'
import {
  availabilityOnlyIncident,
  GDPR_V2_SCENARIOS,
  jointControllerIncident,
  lateAwarenessIncident,
  processorIncident,
  publishedBehaviouralIncident,
  riskFactorsIncident
} from './gdpr-v2-scenarios'
import { BASE_NOW, baseIncident, event } from './testing'
import type { Assessment } from './types'

const run = (incident: Incident, now = BASE_NOW): Assessment =>
  assess({ incident, policies: [] }, { now })
const duty = (a: Assessment, id: 'register' | 'notify_authority' | 'inform_persons') =>
  a.gdpr.duties.find((d) => d.id === id)!

describe('the user’s role (RGPD art. 33(2), 28(3)(f), 26)', () => {
  it('RGPD art. 33(2): a processor informs its controller within the contract deadline, does not notify the CNIL', () => {
    const a = run(processorIncident(24))
    expect(duty(a, 'notify_authority').required).toBe(false)
    expect(duty(a, 'inform_persons').required).toBe(false)
    expect(duty(a, 'register').required).toBe(true)
    expect(a.gdpr.role).toBe('processor')
    expect(a.gdpr.controllerNotice?.required).toBe(true)
    expect(a.gdpr.controllerNotice?.dueAt).toBe('2026-03-11T09:00:00.000Z')
    expect(a.deadlines.map((d) => d.id)).toEqual(['gdpr.controller'])
    const notifyPhase = a.checklist.find((p) => p.phase === 'notify')!
    expect(notifyPhase.items[0]!.ruleId).toBe('checklist.notify.controller')
    expect(
      a.checklist.flatMap((p) => p.items).some((i) => i.ruleId === 'checklist.notify.cnil')
    ).toBe(false)
    // The severity estimate is still computed, for the controller.
    expect(a.gdpr.severity?.level).toBeDefined()
    expect(a.gdpr.controllerNotice!.reasons[0]!.text.en).toContain('Boulangerie Martin')
  })

  it('RGPD art. 28(3)(f): without a contract deadline, no invented due date, the reason says to check it', () => {
    const a = run(processorIncident())
    expect(a.gdpr.controllerNotice?.dueAt).toBeUndefined()
    expect(a.deadlines).toEqual([])
    expect(a.gdpr.controllerNotice!.reasons[0]!.text.fr).toContain('vérifiez le délai')
  })

  it('RGPD art. 26: a joint controller keeps the duties and is told to agree who notifies', () => {
    const a = run(jointControllerIncident())
    expect(duty(a, 'notify_authority').required).toBe(true)
    expect(
      duty(a, 'notify_authority').reasons.some((r) => r.ruleId === 'gdpr.role.joint_controller')
    ).toBe(true)
  })

  it('property (RGPD art. 33(2)): the processor role never yields a CNIL notification duty of its own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GDPR_V2_SCENARIOS, ...CALIBRATION_CASES.map((c) => c.incident)),
        fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
        fc.boolean(),
        (base, hours, late) => {
          const i = structuredClone(base)
          i.role = {
            kind: 'processor',
            ...(hours !== undefined ? { contractNoticeHours: hours } : {})
          }
          const a = run(i, late ? '2026-04-30T12:00:00+02:00' : BASE_NOW)
          expect(duty(a, 'notify_authority').required).toBe(false)
          expect(duty(a, 'inform_persons').required).toBe(false)
          expect(a.deadlines.some((d) => d.id === 'gdpr.authority')).toBe(false)
          const items = a.checklist.flatMap((p) => p.items).map((x) => x.ruleId)
          expect(items).not.toContain('checklist.notify.cnil')
          expect(items).not.toContain('checklist.inform.persons')
          expect(items).toContain('checklist.notify.controller')
        }
      ),
      { numRuns: 150 }
    )
  })
})

describe('awareness more than 24 h after detection (EDPB 9/2022)', () => {
  it('EDPB 9/2022: the assessment says so and asks for the reason', () => {
    const a = run(lateAwarenessIncident(), '2026-03-12T10:00:00+01:00')
    expect(a.gdpr.awarenessDelay).toEqual({ hours: 72 })
    const r = duty(a, 'register').reasons.find((x) => x.ruleId === 'gdpr.awareness.delay')
    expect(r?.text.en).toContain('72 hours after detection')
    expect(a.gdpr.missingForComplementary.map((m) => m.en)).toContain(
      'Why awareness came more than 24 hours after detection (EDPB 9/2022)'
    )
  })

  it('EDPB 9/2022: the reason given goes into the assessment, and is no longer missing', () => {
    const a = run(
      lateAwarenessIncident('Analyse des journaux par le prestataire'),
      '2026-03-12T10:00:00+01:00'
    )
    expect(a.gdpr.awarenessDelay).toEqual({
      hours: 72,
      reason: 'Analyse des journaux par le prestataire'
    })
    expect(a.gdpr.missingForComplementary.map((m) => m.en).join()).not.toContain('24 hours')
  })

  it('RGPD art. 33(1): a late notification’s reasons entered in notificationDelayReason are not asked again', () => {
    const i = baseIncident()
    i.data.personsCount = 500
    i.notificationDelayReason = 'Fermeture du cabinet pendant les congés'
    const a = run(i, '2026-03-20T10:00:00+01:00')
    expect(duty(a, 'notify_authority').reasons.some((r) => r.ruleId === 'gdpr.notify.late')).toBe(
      true
    )
    expect(a.gdpr.missingForComplementary.map((m) => m.en).join()).not.toContain(
      'late notification'
    )
    expect(a.gdpr.notificationDelayReason).toBe('Fermeture du cabinet pendant les congés')
  })
})

describe('EDPB 9/2022 risk factors', () => {
  it('ICO breach guide + ENISA DPC 1: simple data with unknown recipients and an uncertain exit: no notification, the reason says why and « to check »', () => {
    const i = baseIncident()
    i.data.categories = ['identity', 'contact']
    i.data.personsCount = 30
    i.data.leftOrganisation = 'unknown'
    i.data.recipients = 'unknown'
    i.data.exposureHours = 72
    const notify = duty(run(i), 'notify_authority')
    expect(notify.required).toBe(false)
    const ids = notify.reasons.map((r) => r.ruleId)
    expect(ids).toContain('gdpr.doubt.simple_data')
    expect(ids).not.toContain('gdpr.doubt.unknown_recipients')
    expect(ids).not.toContain('gdpr.doubt.long_exposure')
    const why = notify.reasons.find((r) => r.ruleId === 'gdpr.doubt.simple_data')!
    expect(why.text.en).toContain('to check')
  })

  it('simple data stay notifiable when an impact doubt remains (fraud-enabling, many persons, vulnerable persons)', () => {
    const base = () => {
      const i = baseIncident()
      i.data.categories = ['identity', 'contact']
      i.data.personsCount = 30
      i.data.leftOrganisation = 'yes'
      i.data.recipients = 'unknown'
      return i
    }
    const many = base()
    many.data.personsCount = 5_000
    const vulnerable = base()
    vulnerable.data.vulnerablePersons = true
    vulnerable.data.personCategories = ['minors']
    const fraud = base()
    fraud.data.fraudEnabling = 'yes'
    for (const i of [many, vulnerable, fraud])
      expect(duty(run(i), 'notify_authority').required).toBe(true)
  })

  it('EDPB 9/2022 §IV.B: unknown recipients of behavioural data (not simple data) still decide a low score', () => {
    const notify = duty(run(publishedBehaviouralIncident()), 'notify_authority')
    expect(notify.required).toBe(true)
    expect(notify.reasons.map((r) => r.ruleId)).toContain('gdpr.doubt.unknown_recipients')
  })

  it('EDPB 9/2022 §IV.B: fraud-enabling records, unknown recipients, long exposure, other categories weigh, each with its reason', () => {
    const ids = duty(run(riskFactorsIncident()), 'notify_authority').reasons.map((r) => r.ruleId)
    expect(ids).toEqual(
      expect.arrayContaining([
        'gdpr.severity.dpc_fraud_enabling',
        'gdpr.severity.partial_protection'
      ])
    )
  })

  it('EDPB 01/2021 case 01: availability restored from backup within hours, nothing exposed: no notification', () => {
    const a = run(availabilityOnlyIncident())
    expect(duty(a, 'notify_authority').required).toBe(false)
    expect(duty(a, 'notify_authority').reasons.map((r) => r.ruleId)).toContain(
      'gdpr.notify.availability_only'
    )
  })

  it('EDPB 01/2021 case 02: the same outage with no backup is notified (availability judged on its own)', () => {
    const i = availabilityOnlyIncident()
    i.data.backupAvailable = false
    const a = run(i)
    expect(duty(a, 'notify_authority').required).toBe(true)
  })

  it('ENISA 2013 / EDPB 9/2022: encryption lowers EI even when availability is also affected', () => {
    const i = baseIncident()
    i.breachTypes = ['confidentiality', 'availability']
    i.data.encryption = 'state_of_the_art'
    const a = run(i)
    expect(a.gdpr.severity!.factors.find((f) => f.id === 'EI')!.value).toBe(0.25)
  })

  it('EDPB 9/2022: employees are not vulnerable by that fact alone; minors and patients are', () => {
    const i = baseIncident()
    i.data.personCategories = ['employees']
    expect(run(i).firedRuleIds).not.toContain('gdpr.severity.dpc_vulnerable')
    i.data.personCategories = ['minors']
    expect(run(i).firedRuleIds).toContain('gdpr.severity.dpc_vulnerable')
  })
})

/** GDPR-relevant fields drawn at random on the base incident. */
const gdprIncidentArb: fc.Arbitrary<Incident> = fc
  .record({
    types: fc.subarray(['confidentiality', 'integrity', 'availability'] as const),
    cats: fc.subarray(['identity', 'financial', 'health', 'national_id', 'credentials'] as const),
    persons: fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: undefined }),
    encryption: fc.constantFrom('none', 'weak', 'state_of_the_art' as const),
    backup: fc.boolean(),
    hours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    recipients: fc.constantFrom('none', 'known', 'unknown' as const),
    trusted: fc.constantFrom(undefined, 'yes', 'no' as const),
    deleted: fc.constantFrom(undefined, 'yes', 'no' as const),
    fraud: fc.constantFrom(undefined, 'yes', 'no' as const),
    healthLevel: fc.constantFrom(undefined, 'incidental', 'medical' as const),
    vulnerable: fc.boolean(),
    ident: fc.constantFrom('negligible', 'limited', 'significant', 'maximum' as const),
    cause: fc.constantFrom(
      'human_error',
      'cyberattack',
      'malicious_employee',
      'loss_theft' as const
    ),
    profession: fc.constantFrom('consultant', 'lawyer' as const),
    role: fc.constantFrom(undefined, 'controller', 'processor', 'joint_controller' as const),
    measures: fc.boolean(),
    effort: fc.boolean(),
    late: fc.boolean()
  })
  .map((r) => {
    const i = baseIncident()
    i.breachTypes = [...r.types]
    i.data.categories = [...r.cats]
    if (r.persons === undefined) delete i.data.personsCount
    else i.data.personsCount = r.persons
    i.data.encryption = r.encryption
    i.data.backupAvailable = r.backup
    if (r.hours !== undefined) i.data.unavailabilityHours = r.hours
    i.data.recipients = r.recipients
    if (r.trusted) i.data.recipientTrusted = r.trusted
    if (r.deleted) i.data.deletionConfirmed = r.deleted
    if (r.fraud) i.data.fraudEnabling = r.fraud
    if (r.healthLevel) i.data.healthLevel = r.healthLevel
    i.data.vulnerablePersons = r.vulnerable
    i.data.identifiability = r.ident
    i.cause = { kind: r.cause }
    i.insured.profession = r.profession
    if (r.role) i.role = { kind: r.role }
    i.gdprMitigation = { measuresRemoveHighRisk: r.measures, disproportionateEffort: r.effort }
    if (r.late) i.timeline = [event('aware', '2026-03-01T10:00:00+01:00')]
    return i
  })

describe('no reason contradicts the decision it supports', () => {
  it('property: for every rule pair that can fire together, the decisive reasons of a duty all point to its decision', () => {
    const seenPairs = new Set<string>()
    fc.assert(
      fc.property(gdprIncidentArb, (incident) => {
        const a = run(incident)
        for (const d of a.gdpr.duties) {
          const polar = d.reasons.filter((r) => DECISION_SUPPORT[r.ruleId]?.duty === d.id)
          for (const r of polar)
            expect([r.ruleId, DECISION_SUPPORT[r.ruleId]!.required]).toEqual([r.ruleId, d.required])
          const ids = [...new Set(d.reasons.map((r) => r.ruleId))].sort()
          for (const x of ids) for (const y of ids) if (x < y) seenPairs.add(`${x}|${y}`)
        }
      }),
      { numRuns: 600 }
    )
    // The generator does reach pairs of opposite-looking rules (e.g. a high severity and a
    // contained disclosure), so the check above is not vacuous.
    expect(seenPairs.size).toBeGreaterThan(50)
  })

  it('every decisive rule is in the registry', () => {
    for (const id of Object.keys(DECISION_SUPPORT)) expect(RULES_BY_ID.has(id)).toBe(true)
  })
})

describe('rules in force at the incident’s date', () => {
  it('every rule that fires on the scenarios and calibration cases was in force at the awareness date', () => {
    const old = baseIncident()
    old.timeline = [event('aware', '2022-06-01T10:00:00+02:00')]
    old.cause = { kind: 'cyberattack', detail: 'hacking' }
    for (const incident of [
      old,
      ...GDPR_V2_SCENARIOS,
      ...CALIBRATION_CASES.map((c) => c.incident)
    ]) {
      const a = run(incident, '2026-03-10T12:00:00+01:00')
      const day = instantToDateKey(Date.parse(a.awareness.at!), incident.timeZone)
      for (const id of a.firedRuleIds)
        expect([id, inForceOn(RULES_BY_ID.get(id)!, day)]).toEqual([id, true])
    }
  })
})
