/**
 * The assessment: given one incident, the user's policies and a "now", what must be done, by
 * when, and which policy is likely to pay, each verdict with its rules and reasons.
 * Pure and deterministic: no clock, no randomness, no I/O.
 */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { Incident, Policy } from '../model/schema'
import { ADVICE_RULES } from '../rules/advice'
import { CHECKLIST_RULES } from '../rules/checklist'
import type { DecisionContext } from '../rules/context'
import { deriveFacts } from '../rules/facts'
import type { Facts } from '../rules/facts'
import { dateTime, longDate } from '../rules/format'
import { awarenessReason, GDPR_RULES } from '../rules/gdpr'
import { arsRequired, healthReasons } from '../rules/health'
import {
  complaintDueMs,
  complaintState,
  COVERAGE_NOTICE,
  COVERAGE_RULES,
  DEADLINE_RULES,
  VERDICT_PRECEDENCE,
  VERDICT_SUMMARY
} from '../rules/insurance'
import type { Verdict } from '../rules/insurance'
import { CHECKLIST_PHASES } from '../rules/phases'
import { RULE_SET_VERSION } from '../rules/registry'
import { reason } from '../rules/types'
import type { Reason } from '../rules/types'
import { addWorkingDays, skippedDays } from '../time/business-days'
import { endOfLocalDayMs, instantToDateKey, msToIso, toMs } from '../time/time-zone'
import { assessGdpr } from './gdpr'
import type {
  Assessment,
  ChecklistItem,
  ChecklistPhase,
  CoverageVerdict,
  Deadline,
  DeadlineStatus
} from './types'

export type AssessInput = { incident: Incident; policies: Policy[] }
export type AssessOptions = { now: string }

export const evaluatePolicy = (f: Facts, p: Policy): CoverageVerdict => {
  const reasons: Reason[] = []
  const effects: Verdict[] = []
  for (const rule of COVERAGE_RULES) {
    if (rule.appliesTo !== 'all' && !rule.appliesTo.includes(p.kind)) continue
    if (!rule.when(f, p)) continue
    reasons.push(reason(rule, rule.text(f, p), rule.toCheck?.(f, p)))
    if (rule.effect !== 'info') effects.push(rule.effect)
    if (rule.final) break
  }
  // Every policy kind has a rule for every case; "uncertain" is only a safety net.
  const verdict = VERDICT_PRECEDENCE.find((v) => effects.includes(v)) ?? 'uncertain'
  return { policyId: p.id, policyKind: p.kind, verdict, summary: VERDICT_SUMMARY[verdict], reasons }
}

type InsurerDeadline = { policy: Policy; dueMs: number; dueDate: string; deadline: Deadline }

const insurerDeadline = (f: Facts, p: Policy): InsurerDeadline | undefined => {
  if (f.awarenessMs === undefined) return undefined
  const D = DEADLINE_RULES
  // L113-2 4°: theft has its own 2-working-day minimum. Applied to every policy of a theft
  // incident, as the declared event is the theft: the cautious reading.
  const legalMin = f.stolenDevice ? 2 : 5
  const legalRule = f.stolenDevice ? D.insurerTheft : D.insurer5
  const contract = p.declarationDeadlineWorkingDays
  let days = legalMin
  let rule = legalRule
  let basis: Localized
  if (contract !== undefined && contract < legalMin) {
    rule = D.contractShorterVoid
    basis = loc(
      `Votre contrat prévoit ${contract} jour(s) ouvré(s), moins que le minimum légal de ${legalMin} : cette clause est réputée non écrite et le minimum légal s’applique (C. assur. art. L113-2 4°).`,
      `Your contract sets ${contract} working day(s), less than the legal minimum of ${legalMin}: that clause is void and the legal minimum applies (C. assur. art. L113-2 4°).`
    )
  } else if (contract !== undefined && contract > legalMin) {
    days = contract
    rule = D.contractLonger
    basis = loc(
      `Votre contrat accorde ${contract} jours ouvrés, plus que le minimum légal de ${legalMin} : le délai du contrat s’applique.`,
      `Your contract grants ${contract} working days, more than the legal minimum of ${legalMin}: the contract’s deadline applies.`
    )
  } else {
    basis = f.stolenDevice
      ? loc(
          'Vol : 2 jours ouvrés au minimum après la connaissance du sinistre (C. assur. art. L113-2 4°).',
          'Theft: at least 2 working days after knowledge of the loss (C. assur. art. L113-2 4°).'
        )
      : loc(
          '5 jours ouvrés au minimum après la connaissance du sinistre (C. assur. art. L113-2 4°).',
          'At least 5 working days after knowledge of the loss (C. assur. art. L113-2 4°).'
        )
    if (contract === undefined)
      basis = loc(
        `${basis.fr} Délai du contrat non saisi : vérifiez-le, il peut être plus long.`,
        `${basis.en} Contract deadline not entered: check it, it may be longer.`
      )
  }
  const opts = { alsaceMoselle: f.incident.insured.alsaceMoselle }
  const start = instantToDateKey(f.awarenessMs, f.timeZone)
  const dueDate = addWorkingDays(start, days, opts)
  const dueMs = endOfLocalDayMs(dueDate, f.timeZone)
  const holidays = skippedDays(start, dueDate, opts).filter((s) => s.reason === 'holiday')
  const counted = loc(
    ` Décompte à partir du ${longDate(start).fr} (jour de la connaissance exclu), week-ends${holidays.length ? ` et jours fériés (${holidays.map((h) => h.holiday!.name.fr).join(', ')})` : ''} exclus${opts.alsaceMoselle ? ', calendrier d’Alsace-Moselle' : ''} : dernier jour le ${longDate(dueDate).fr}.`,
    ` Counted from ${longDate(start).en} (the day of knowledge excluded), weekends${holidays.length ? ` and public holidays (${holidays.map((h) => h.holiday!.name.en).join(', ')})` : ''} excluded${opts.alsaceMoselle ? ', Alsace-Moselle calendar' : ''}: last day ${longDate(dueDate).en}.`
  )
  const declared = f.incident.timeline
    .filter(
      (e) => e.kind === 'insurer_notified' && (e.policyId === undefined || e.policyId === p.id)
    )
    // As in deriveFacts: an unvalidated draft's event without a valid instant is ignored.
    .map((e) => Date.parse(e.at))
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b)[0]
  const status: DeadlineStatus =
    declared !== undefined ? 'done' : f.nowMs > dueMs ? 'overdue' : 'pending'
  const deadline: Deadline = {
    id: `insurer.${p.id}`,
    ruleId: rule.id,
    label: loc(
      `Déclaration du sinistre à ${p.insurer} (${p.policyNumber})`,
      `Claim declaration to ${p.insurer} (${p.policyNumber})`
    ),
    dueAt: msToIso(dueMs),
    dueDate,
    basis: loc(basis.fr + counted.fr, basis.en + counted.en),
    reference: rule.reference,
    status,
    msLeft: dueMs - f.nowMs,
    policyId: p.id,
    ...(declared !== undefined ? { doneAt: msToIso(declared) } : {})
  }
  return { policy: p, dueMs, dueDate, deadline }
}

export const assess = (input: AssessInput, options: AssessOptions): Assessment => {
  const nowMs = toMs(options.now)
  const f = deriveFacts(input.incident, input.policies, nowMs)
  const aw = awarenessReason(f)
  const g = assessGdpr(f)

  const coverage = input.policies.map((p) => evaluatePolicy(f, p))
  const verdictOf = new Map(coverage.map((c) => [c.policyId, c.verdict]))

  const deadlines: Deadline[] = []
  if (g.authorityDueMs !== undefined) {
    const notified = f.firstEvent.authority_notified
    // A late notification is still the notification (with reasons for the delay): "done".
    deadlines.push({
      id: 'gdpr.authority',
      ruleId: DEADLINE_RULES.authority72h.id,
      label: loc(
        'Notification de la violation à la CNIL',
        'Breach notification to the supervisory authority'
      ),
      dueAt: msToIso(g.authorityDueMs),
      basis: loc(
        `72 heures d’horloge après la prise de connaissance (${dateTime(f.awarenessMs!, f.timeZone).fr}), sans report pour les week-ends ni les jours fériés.`,
        `72 clock hours after awareness (${dateTime(f.awarenessMs!, f.timeZone).en}), with no extension for weekends or holidays.`
      ),
      reference: DEADLINE_RULES.authority72h.reference,
      status: notified ? 'done' : nowMs > g.authorityDueMs ? 'overdue' : 'pending',
      msLeft: g.authorityDueMs - nowMs,
      ...(notified ? { doneAt: msToIso(toMs(notified.at)) } : {})
    })
  }

  // A processor's deadline to inform its controller (RGPD art. 33(2), contract art. 28(3)(f)).
  if (g.controllerDueMs !== undefined) {
    const who = input.incident.role?.controllerName?.trim()
    deadlines.push({
      id: 'gdpr.controller',
      ruleId: GDPR_RULES.roleProcessor.id,
      label: loc(
        `Information du responsable du traitement${who ? ` (${who})` : ''}`,
        `Informing the controller${who ? ` (${who})` : ''}`
      ),
      dueAt: msToIso(g.controllerDueMs),
      basis: loc(
        `Délai prévu par votre contrat de sous-traitance (${input.incident.role?.contractNoticeHours} heures après votre prise de connaissance) ; la loi demande « sans délai injustifié ».`,
        `The deadline in your processing contract (${input.incident.role?.contractNoticeHours} hours after your awareness); the law asks for "without undue delay".`
      ),
      reference: GDPR_RULES.roleProcessor.reference,
      status: nowMs > g.controllerDueMs ? 'overdue' : 'pending',
      msLeft: g.controllerDueMs - nowMs
    })
  }

  // Declare to every insurer that may be concerned, even when an exclusion seems to apply: only
  // the insurer can raise it (in writing), and L113-2 asks to declare « tout sinistre de nature à
  // entraîner la garantie ». Not for an unconcerned policy, nor for the insured's intentional
  // fault, which no policy can cover (L113-1).
  const intentional = f.intentionalInsured
  const insurer = input.policies
    .filter((p) => {
      const v = verdictOf.get(p.id)
      return v !== undefined && v !== 'not_applicable' && !intentional
    })
    .map((p) => insurerDeadline(f, p))
    .filter((d): d is InsurerDeadline => d !== undefined)
  deadlines.push(...insurer.map((d) => d.deadline))

  // L12-10-1: the 72-hour complaint conditions the cyber policy's payment.
  let complaintDue: number | undefined
  const state = complaintState(f)
  if (
    f.systemAttack &&
    f.policyKinds.has('cyber') &&
    state !== 'not_in_force' &&
    state !== 'unknown'
  ) {
    complaintDue = complaintDueMs(f)!
    const filed = f.firstEvent.complaint_filed
    const filedMs = filed ? toMs(filed.at) : undefined
    deadlines.push({
      id: 'complaint.L12-10-1',
      ruleId: DEADLINE_RULES.complaint72h.id,
      label: loc(
        'Dépôt de plainte (condition de l’assurance cyber)',
        'Police complaint (condition of cyber cover)'
      ),
      dueAt: msToIso(complaintDue),
      basis: loc(
        '72 heures après la connaissance de l’atteinte au système informatique ; sans plainte dans ce délai, l’assurance ne paie pas les pertes dues à l’attaque.',
        '72 hours after awareness of the attack on the information system; without a complaint in that time, the insurer does not pay the losses from the attack.'
      ),
      reference: DEADLINE_RULES.complaint72h.reference,
      // A complaint filed late does not meet the condition: it stays "overdue".
      status: state === 'filed_in_time' ? 'done' : state === 'late' ? 'overdue' : 'pending',
      msLeft: complaintDue - nowMs,
      ...(filedMs !== undefined ? { doneAt: msToIso(filedMs) } : {})
    })
  }
  deadlines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : 1))

  const ars = arsRequired(f)
  const hReasons = healthReasons(f)
  const healthReporting = {
    required: ars,
    explanation:
      hReasons[0]?.text ??
      loc(
        'Pas de signalement à l’ARS : vous n’êtes pas un établissement de santé au sens de l’art. L1111-8-2 du code de la santé publique, ou l’incident ne touche ni des données de santé ni le fonctionnement de vos systèmes.',
        'No ARS report: you are not a health establishment within art. L1111-8-2 of the public health code, or the incident affects neither health data nor the operation of your systems.'
      ),
    reasons: hReasons
  }

  const ctx: DecisionContext = {
    facts: f,
    notifyRequired: g.notifyRequired,
    informRequired: g.informRequired,
    publicCommunication: g.publicCommunication,
    ...(g.authorityDueMs !== undefined ? { authorityDueMs: g.authorityDueMs } : {}),
    ...(complaintDue !== undefined ? { complaintDueMs: complaintDue } : {}),
    insurerDeadlines: insurer.map((d) => ({
      policy: d.policy,
      verdict: verdictOf.get(d.policy.id)!,
      dueMs: d.dueMs,
      done: d.deadline.status === 'done'
    })),
    arsRequired: ars
  }

  const byPhase = new Map<ChecklistPhase, ChecklistItem[]>()
  for (const rule of CHECKLIST_RULES) {
    if (!rule.when(ctx)) continue
    const list = byPhase.get(rule.phase) ?? []
    for (const e of rule.items(ctx))
      list.push({
        id: e.key ? `${rule.id}:${e.key}` : rule.id,
        ruleId: rule.id,
        text: e.text,
        ...(e.dueMs !== undefined ? { dueAt: msToIso(e.dueMs) } : {}),
        done: e.done
      })
    byPhase.set(rule.phase, list)
  }
  const checklist = CHECKLIST_PHASES.filter((p) => (byPhase.get(p)?.length ?? 0) > 0).map(
    (phase) => ({
      phase,
      items: byPhase.get(phase)!
    })
  )

  const advice = ADVICE_RULES.filter((r) => r.when(ctx)).map((r) => ({
    ruleId: r.id,
    text: r.text(ctx),
    reference: r.reference
  }))

  const fired = new Set<string>([aw.ruleId])
  for (const d of g.gdpr.duties) for (const r of d.reasons) fired.add(r.ruleId)
  for (const c of coverage) for (const r of c.reasons) fired.add(r.ruleId)
  for (const d of deadlines) fired.add(d.ruleId)
  for (const r of hReasons) fired.add(r.ruleId)
  for (const p of checklist) for (const i of p.items) fired.add(i.ruleId)
  for (const a of advice) fired.add(a.ruleId)

  return {
    ruleSetVersion: RULE_SET_VERSION,
    computedAt: options.now,
    timeZone: f.timeZone,
    awareness: {
      ...(f.awarenessMs !== undefined ? { at: msToIso(f.awarenessMs) } : {}),
      source: f.awarenessSource,
      explanation: aw.text,
      reason: aw
    },
    gdpr: g.gdpr,
    coverage,
    coverageNotice: COVERAGE_NOTICE,
    deadlines,
    healthReporting,
    checklist,
    advice,
    firedRuleIds: [...fired].sort()
  }
}
