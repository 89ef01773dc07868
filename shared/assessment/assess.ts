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
  attackKnownMs,
  complaintDueMs,
  complaintState,
  COVERAGE_NOTICE,
  COVERAGE_RULES,
  DEADLINE_RULES,
  lossKnownMs,
  mayPayOwnLosses,
  VERDICT_PRECEDENCE,
  VERDICT_SUMMARY
} from '../rules/insurance'
import type { Verdict } from '../rules/insurance'
import { CHECKLIST_PHASES } from '../rules/phases'
import { RULE_SET_VERSION } from '../rules/registry'
import { reason } from '../rules/types'
import type { Reason, RuleMeta } from '../rules/types'
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

/**
 * L113-2 (last paragraph): a late declaration is not a lost cover. Every overdue insurer deadline
 * says so: a stressed user must never read a dead end.
 */
const DECLARE_ANYWAY = loc(
  ' Délai dépassé : déclarez quand même, aujourd’hui. La déchéance pour déclaration tardive suppose une clause du contrat et la preuve, par l’assureur, que le retard lui a causé un préjudice, et ne joue jamais en cas de force majeure (C. assur. art. L113-2).',
  ' Deadline passed: declare anyway, today. Forfeiture for a late declaration requires a contract clause and proof, by the insurer, that the delay harmed it, and never applies to force majeure (C. assur. art. L113-2).'
)

const policyRef = (p: Policy) => (p.policyNumber.trim() ? ` (${p.policyNumber})` : '')
const declaredAt = (f: Facts, p: Policy, fromMs: number): number | undefined =>
  f.incident.timeline
    .filter(
      (e) => e.kind === 'insurer_notified' && (e.policyId === undefined || e.policyId === p.id)
    )
    // As in deriveFacts: an unvalidated draft's event without a valid instant is ignored.
    .map((e) => Date.parse(e.at))
    .filter((ms) => !Number.isNaN(ms) && ms >= fromMs)
    .sort((a, b) => a - b)[0]

/** The working-day count of L113-2 from `startMs`, with the contract's term when longer. */
const declarationTerm = (f: Facts, p: Policy, startMs: number, theft: boolean) => {
  const D = DEADLINE_RULES
  const legalMin = theft ? 2 : 5
  const contract = p.declarationDeadlineWorkingDays
  let days = legalMin
  let rule: RuleMeta = theft ? D.insurerTheft : D.insurer5
  let basis: Localized
  if (contract !== undefined && contract < legalMin) {
    rule = D.contractShorterVoid
    basis = loc(
      `Votre contrat prévoit ${contract} jour(s) ouvré(s), moins que le minimum légal de ${legalMin} : cette clause vous est inopposable et le minimum légal s’applique (C. assur. art. L113-2 4° ; Cass. 2e civ., 21 janvier 2021, n° 19-13.347).`,
      `Your contract sets ${contract} working day(s), less than the legal minimum of ${legalMin}: that clause cannot be held against you and the legal minimum applies (C. assur. art. L113-2 4°; Cass. 2e civ., 21 Jan. 2021, no. 19-13.347).`
    )
  } else if (contract !== undefined && contract > legalMin) {
    days = contract
    rule = D.contractLonger
    basis = loc(
      `Votre contrat accorde ${contract} jours ouvrés, plus que le minimum légal de ${legalMin} : le délai du contrat s’applique.`,
      `Your contract grants ${contract} working days, more than the legal minimum of ${legalMin}: the contract’s deadline applies.`
    )
  } else {
    basis = theft
      ? loc(
          'Vol : 2 jours ouvrés au minimum après la découverte du vol (C. assur. art. L113-2 4°).',
          'Theft: at least 2 working days after the theft was discovered (C. assur. art. L113-2 4°).'
        )
      : loc(
          '5 jours ouvrés au minimum après votre connaissance du sinistre (C. assur. art. L113-2 4°).',
          'At least 5 working days after you learned of the loss (C. assur. art. L113-2 4°).'
        )
    if (contract === undefined)
      basis = loc(
        `${basis.fr} Délai du contrat non saisi : vérifiez-le, il peut être plus long.`,
        `${basis.en} Contract deadline not entered: check it, it may be longer.`
      )
  }
  const calendar = { alsaceMoselle: f.incident.insured.alsaceMoselle }
  // A doubtful working day (Whit Monday, often worked as the « journée de solidarité ») is
  // counted as worked: the earlier deadline wins (Domaine §5).
  const opts = { ...calendar, whitMondayWorked: true }
  const start = instantToDateKey(startMs, f.timeZone)
  const dueDate = addWorkingDays(start, days, opts)
  const dueMs = endOfLocalDayMs(dueDate, f.timeZone)
  const skipped = skippedDays(start, dueDate, calendar).filter((x) => x.reason === 'holiday')
  const holidays = skipped.filter((h) => h.holiday!.id !== 'whit_monday')
  const whitMonday = skipped.some((h) => h.holiday!.id === 'whit_monday')
  const counted = loc(
    ` Décompte à partir du ${longDate(start).fr} (jour de la connaissance exclu), week-ends${holidays.length ? ` et jours fériés (${holidays.map((h) => h.holiday!.name.fr).join(', ')})` : ''} exclus${calendar.alsaceMoselle ? ', calendrier d’Alsace-Moselle' : ''} : dernier jour le ${longDate(dueDate).fr}.${whitMonday ? ' Le lundi de Pentecôte, jour ouvré douteux (journée de solidarité), est compté comme ouvré : l’échéance la plus proche l’emporte.' : ''}`,
    ` Counted from ${longDate(start).en} (the day of knowledge excluded), weekends${holidays.length ? ` and public holidays (${holidays.map((h) => h.holiday!.name.en).join(', ')})` : ''} excluded${calendar.alsaceMoselle ? ', Alsace-Moselle calendar' : ''}: last day ${longDate(dueDate).en}.${whitMonday ? ' Whit Monday, a doubtful working day (solidarity day), is counted as worked: the earlier deadline wins.' : ''}`
  )
  return { rule, dueDate, dueMs, basis: loc(basis.fr + counted.fr, basis.en + counted.en) }
}

const insurerDeadlineEntry = (
  f: Facts,
  p: Policy,
  id: string,
  label: Localized,
  startMs: number,
  theft: boolean,
  prefix?: { rule: RuleMeta; text: Localized }
): InsurerDeadline => {
  const term = declarationTerm(f, p, startMs, theft)
  const declared = declaredAt(f, p, id === `insurer.${p.id}` ? -Infinity : startMs)
  const status: DeadlineStatus =
    declared !== undefined ? 'done' : f.nowMs > term.dueMs ? 'overdue' : 'pending'
  const rule = prefix?.rule ?? term.rule
  const basis = prefix
    ? loc(`${prefix.text.fr} ${term.basis.fr}`, `${prefix.text.en} ${term.basis.en}`)
    : term.basis
  const deadline: Deadline = {
    id,
    ruleId: rule.id,
    label,
    dueAt: msToIso(term.dueMs),
    dueDate: term.dueDate,
    basis:
      status === 'overdue'
        ? loc(basis.fr + DECLARE_ANYWAY.fr, basis.en + DECLARE_ANYWAY.en)
        : basis,
    reference: prefix ? `${rule.reference} ; ${term.rule.reference}` : rule.reference,
    status,
    msLeft: term.dueMs - f.nowMs,
    policyId: p.id,
    ...(declared !== undefined ? { doneAt: msToIso(declared) } : {})
  }
  return { policy: p, dueMs: term.dueMs, dueDate: term.dueDate, deadline }
}

/**
 * L12-10-1: 72 hours from the insured's knowledge of the attack (its detection), not GDPR
 * awareness; for any clause paying own losses from an attack, and shown when no policy is entered
 * yet. In force for attacks known from 24 April 2023.
 */
const complaintDeadline = (f: Facts, nowMs: number): Deadline | undefined => {
  const state = complaintState(f)
  const due = complaintDueMs(f)
  if (!f.systemAttack || state === 'not_in_force' || state === 'unknown' || due === undefined)
    return undefined
  if (f.policies.length > 0 && !f.policies.some(mayPayOwnLosses)) return undefined
  const sure = f.policies.some(
    (p) => p.ownLossCover === 'yes' || (p.kind === 'cyber' && p.ownLossCover === undefined)
  )
  const filed = f.firstEvent.complaint_filed
  const filedMs = filed ? toMs(filed.at) : undefined
  const known = dateTime(attackKnownMs(f)!, f.timeZone)
  const parts: Localized[] = [
    loc(
      `72 heures après votre connaissance de l’attaque (${known.fr}), et non après la prise de connaissance de la violation de données : sans plainte dans ce délai, aucun contrat ne paie vos propres pertes dues à l’atteinte au système informatique (cyber, multirisque avec garantie informatique, extension de RC Pro).`,
      `72 hours after you learned of the attack (${known.en}), not after awareness of the data breach: without a complaint in that time, no policy pays your own losses from the attack on the information system (cyber, property with IT cover, RC Pro extension).`
    )
  ]
  if (f.policies.length === 0)
    parts.push(
      loc(
        'Aucun contrat saisi : ce délai compte si un contrat peut payer vos propres pertes.',
        'No policy entered: this deadline matters if a contract may pay your own losses.'
      )
    )
  if (filed) {
    const record = [filed.service, filed.reference ? `n° ${filed.reference}` : undefined]
      .filter(Boolean)
      .join(', ')
    if (record)
      parts.push(loc(`Plainte : ${record}.`, `Complaint: ${record.replace('n° ', 'no. ')}.`))
  } else if (f.firstEvent.pre_complaint_filed)
    parts.push(
      loc(
        'Une pré-plainte en ligne n’est pas une plainte tant qu’elle n’est pas signée au commissariat ou à la gendarmerie.',
        'An online pre-complaint is not a complaint until it is signed at the police station or gendarmerie.'
      )
    )
  if (state === 'late')
    parts.push(
      loc(
        'Délai dépassé : portez plainte quand même, aujourd’hui ; la plainte sert l’enquête et les autres garanties (réclamations de tiers), que la condition ne vise pas.',
        'Deadline passed: file the complaint anyway, today; it serves the investigation and the other covers (third-party claims), which the condition does not concern.'
      )
    )
  return {
    id: 'complaint.L12-10-1',
    ruleId: DEADLINE_RULES.complaint72h.id,
    label: sure
      ? loc(
          'Dépôt de plainte (condition de paiement de vos pertes)',
          'Police complaint (condition for your own losses to be paid)'
        )
      : loc(
          'Dépôt de plainte (si un contrat peut payer vos pertes)',
          'Police complaint (if a contract may pay your own losses)'
        ),
    dueAt: msToIso(due),
    basis: loc(parts.map((x) => x.fr).join(' '), parts.map((x) => x.en).join(' ')),
    reference: DEADLINE_RULES.complaint72h.reference,
    // A complaint filed late does not meet the condition: it stays "overdue".
    status: state === 'filed_in_time' ? 'done' : state === 'late' ? 'overdue' : 'pending',
    msLeft: due - nowMs,
    ...(filedMs !== undefined ? { doneAt: msToIso(filedMs) } : {})
  }
}

/**
 * L113-2 4°: from the insured's knowledge of the loss (for a theft, its discovery), not GDPR
 * awareness. For liability written on a claims-made basis (L124-1-1) the loss is the third
 * party's claim: each claim received starts its own deadline, and before any claim the
 * circumstances are best declared now, above all before changing insurer (L124-5).
 */
const insurerDeadlines = (f: Facts, p: Policy): InsurerDeadline[] => {
  const known = lossKnownMs(f)
  const out: InsurerDeadline[] = []
  const claimsMade = p.claimsMade === 'yes'
  // L113-2 4°: theft has its own 2-working-day minimum. Applied to every policy of a theft
  // incident, as the declared event is the theft: the cautious reading.
  const theft = f.stolenDevice
  if (known !== undefined)
    out.push(
      insurerDeadlineEntry(
        f,
        p,
        `insurer.${p.id}`,
        loc(
          `Déclaration du sinistre à ${p.insurer}${policyRef(p)}`,
          `Claim declaration to ${p.insurer}${policyRef(p)}`
        ),
        known,
        theft,
        claimsMade
          ? {
              rule: DEADLINE_RULES.claimsMade,
              text: loc(
                'Garantie en « base réclamation » : le délai légal court de la réclamation d’un tiers (C. assur. art. L124-1-1) ; déclarez dès maintenant les circonstances connues, surtout avant de changer d’assureur (art. L124-5). Date conseillée :',
                'Claims-made cover: the legal deadline runs from a third party’s claim (C. assur. art. L124-1-1); declare the known circumstances now, above all before changing insurer (art. L124-5). Suggested date:'
              )
            }
          : undefined
      )
    )
  if (claimsMade)
    for (const claim of f.incident.thirdPartyClaims) {
      const received = claim.receivedAt ? Date.parse(claim.receivedAt) : NaN
      if (Number.isNaN(received)) continue
      out.push(
        insurerDeadlineEntry(
          f,
          p,
          `insurer.${p.id}.claim.${claim.id}`,
          loc(
            `Déclaration de la réclamation de ${claim.claimant} à ${p.insurer}${policyRef(p)}`,
            `Declaration of ${claim.claimant}’s claim to ${p.insurer}${policyRef(p)}`
          ),
          received,
          false,
          {
            rule: DEADLINE_RULES.claimsMade,
            text: loc(
              'Garantie en « base réclamation » : la réclamation reçue est le sinistre et fait courir son propre délai (C. assur. art. L124-1-1).',
              'Claims-made cover: the claim received is the loss and starts its own deadline (C. assur. art. L124-1-1).'
            )
          }
        )
      )
    }
  return out
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
  // entraîner la garantie ». Not for an unconcerned policy. The deadlines stay even for an
  // intentional fault: the insurer must prove it (L113-1), and declaring costs nothing.
  const insurerAll = input.policies
    .filter((p) => {
      const v = verdictOf.get(p.id)
      return v !== undefined && v !== 'not_applicable'
    })
    .flatMap((p) => insurerDeadlines(f, p))
  deadlines.push(...insurerAll.map((d) => d.deadline))
  // One entry per policy for the checklist: its earliest open deadline, else its first.
  const insurer = [...new Set(insurerAll.map((d) => d.policy.id))].map((pid) => {
    const own = insurerAll.filter((d) => d.policy.id === pid)
    return own.find((d) => d.deadline.status !== 'done') ?? own[0]!
  })

  // L12-10-1: the 72-hour complaint conditions the payment of own losses from an attack, by any
  // contract clause that pays them; with no policy entered yet, shown all the same.
  let complaintDue: number | undefined
  const complaint = complaintDeadline(f, nowMs)
  if (complaint) {
    complaintDue = Date.parse(complaint.dueAt)
    deadlines.push(complaint)
  }
  deadlines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : 1))

  const ars = arsRequired(f)
  const hReasons = healthReasons(f)
  const healthReporting = {
    required: ars,
    explanation:
      hReasons[0]?.text ??
      loc(
        'Pas de signalement au titre de l’art. L1111-8-2 du code de la santé publique (autorités de l’État et Agence du numérique en santé) : vous n’êtes pas un établissement ou organisme de santé dans son champ, ou l’incident ne touche ni des données de santé ni le fonctionnement de vos systèmes.',
        'No report under art. L1111-8-2 of the public health code (State authorities and the national digital health agency): you are not a health establishment or body within its scope, or the incident affects neither health data nor the operation of your systems.'
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
  if (insurerAll.some((d) => d.deadline.status === 'overdue'))
    fired.add(DEADLINE_RULES.lateNotLost.id)
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
