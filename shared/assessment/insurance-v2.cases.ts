/**
 * Insurance and deadline cases of rule set 2026.12 (issue 8, §1 and §4), each named after the
 * source it applies. Data only: insurance-v2.test.ts runs them, and the registry-coverage test of
 * scenarios.test.ts counts the rules they fire.
 */
import type { ExpectStatic } from 'vitest'

import type { Incident, Policy } from '../model/schema'
import type { AssessInput } from './assess'
import { BASE_NOW, baseIncident, event, policy } from './testing'
import type { Assessment, DeadlineStatus, Verdict } from './types'

export type InsuranceCase = {
  name: string
  input: AssessInput
  now: string
  verdicts?: Record<string, Verdict>
  fired?: string[]
  notFired?: string[]
  /** deadline id → 'YYYY-MM-DD' (dueDate) or an ISO instant (dueAt); null: no such deadline. */
  deadlines?: Record<string, string | null>
  deadlineStatus?: Record<string, DeadlineStatus>
  check?: (a: Assessment, expect: ExpectStatic) => void
}

const make = (
  name: string,
  setup: (i: Incident) => void,
  policies: Policy[],
  rest: Omit<InsuranceCase, 'name' | 'input' | 'now'> & { now?: string }
): InsuranceCase => {
  const incident = baseIncident()
  setup(incident)
  incident.policyIds = policies.map((p) => p.id)
  const { now, ...expectations } = rest
  return { name, input: { incident, policies }, now: now ?? BASE_NOW, ...expectations }
}

const hacking = (i: Incident) => {
  i.cause = { kind: 'cyberattack', detail: 'hacking' }
  i.data.recipients = 'unknown'
}
/** Ransomware that encrypted the files without any exfiltration: own losses only. */
const ransomwareNoLeak = (i: Incident) => {
  i.cause = { kind: 'cyberattack', detail: 'ransomware' }
  i.breachTypes = ['availability']
  i.data.backupAvailable = false
  i.data.leftOrganisation = 'no'
  i.data.recipients = 'none'
}
/** Monday 9 March 2026, 08:00 in Paris: a day before the base case's GDPR awareness. */
const DETECTED = '2026-03-09T08:00:00+01:00'
const textOf = (a: Assessment, policyId: string) =>
  a.coverage
    .find((c) => c.policyId === policyId)!
    .reasons.map((r) => `${r.text.fr} ${r.text.en} ${r.toCheck?.fr ?? ''} ${r.toCheck?.en ?? ''}`)
    .join(' ')
const deadline = (a: Assessment, id: string) => a.deadlines.find((d) => d.id === id)

export const INSURANCE_V2_CASES: InsuranceCase[] = [
  // §1 Police complaint, C. assur. L12-10-1
  make(
    'C. assur. L12-10-1: the 72 hours run from the detection of the attack, not from GDPR awareness',
    (i) => {
      hacking(i)
      i.timeline.push(event('detected', DETECTED))
    },
    [policy('cyber')],
    {
      deadlines: {
        'complaint.L12-10-1': '2026-03-12T07:00:00.000Z',
        // L113-2: from the knowledge of the loss, Monday 9 March → Monday 16 March.
        'insurer.pol-cyber': '2026-03-16'
      },
      fired: ['insurance.L12-10-1.complaint_required', 'deadline.complaint.L12-10-1'],
      check: (a, expect) => {
        // GDPR awareness is unchanged: 72 h from the 'aware' event.
        expect(deadline(a, 'gdpr.authority')?.dueAt).toBe('2026-03-13T09:00:00.000Z')
        expect(deadline(a, 'complaint.L12-10-1')?.basis.fr).toContain('connaissance de l’attaque')
      }
    }
  ),
  make(
    'C. assur. L12-10-1: a multirisque paying own losses from an attack needs the complaint too, likely covered subject to wording',
    ransomwareNoLeak,
    [policy('property', { ownLossCover: 'yes' })],
    {
      verdicts: { 'pol-property': 'covered' },
      fired: ['insurance.property.attack_own_loss', 'insurance.L12-10-1.complaint_required'],
      deadlines: { 'complaint.L12-10-1': '2026-03-13T09:00:00.000Z' },
      check: (a, expect) => {
        expect(deadline(a, 'complaint.L12-10-1')?.label.fr).toContain('condition de paiement')
        const c = a.coverage[0]!
        expect(c.summary.fr).toContain('sous réserve des termes du contrat')
        expect(c.summary.en).toContain('subject to the contract’s wording')
      }
    }
  ),
  make(
    'C. assur. L12-10-1: a multirisque whose IT cover is not known: uncertain, the clause to look for, the 72 hours shown',
    hacking,
    [policy('property', { ownLossCover: 'unknown' })],
    {
      verdicts: { 'pol-property': 'uncertain' },
      fired: ['insurance.property.attack_own_loss_unknown'],
      deadlines: { 'complaint.L12-10-1': '2026-03-13T09:00:00.000Z' },
      check: (a, expect) =>
        expect(deadline(a, 'complaint.L12-10-1')?.label.en).toContain(
          'if a contract may pay your own losses'
        )
    }
  ),
  make(
    'C. assur. L12-10-1: an RC Pro extension with own-loss cover brings the condition, whatever the kind',
    hacking,
    [policy('rc_pro', { ownLossCover: 'yes' })],
    {
      fired: ['insurance.L12-10-1.complaint_required'],
      deadlines: { 'complaint.L12-10-1': '2026-03-13T09:00:00.000Z' }
    }
  ),
  make(
    'C. assur. L12-10-1: a classic RC Pro without own-loss cover brings no complaint condition',
    hacking,
    [policy('rc_pro', { ownLossCover: 'no' })],
    {
      notFired: ['insurance.L12-10-1.complaint_required'],
      deadlines: { 'complaint.L12-10-1': null }
    }
  ),
  make(
    'C. assur. L12-10-1: a cyberattack with no policy entered yet still shows the 72 hours, “if a contract may pay your own losses”',
    hacking,
    [],
    {
      deadlines: { 'complaint.L12-10-1': '2026-03-13T09:00:00.000Z' },
      check: (a, expect) => {
        const d = deadline(a, 'complaint.L12-10-1')!
        expect(d.label.fr).toContain('si un contrat peut payer vos pertes')
        expect(d.basis.en).toContain('No policy entered')
      }
    }
  ),
  make(
    'C. assur. L12-10-1: an online pre-complaint is not a complaint until it is signed (pending)',
    (i) => {
      hacking(i)
      i.timeline.push(event('pre_complaint_filed', '2026-03-10T15:00:00+01:00'))
    },
    [policy('cyber')],
    {
      fired: ['insurance.L12-10-1.pre_complaint', 'insurance.L12-10-1.complaint_required'],
      deadlineStatus: { 'complaint.L12-10-1': 'pending' },
      check: (a, expect) => {
        expect(textOf(a, 'pol-cyber')).toContain('pré-plainte en ligne n’est pas une plainte')
        expect(deadline(a, 'complaint.L12-10-1')?.basis.en).toContain('until it is signed')
      }
    }
  ),
  make(
    'C. assur. L12-10-1: a pre-complaint never signed leaves the condition unmet once the 72 hours are gone',
    (i) => {
      ransomwareNoLeak(i)
      i.timeline.push(event('pre_complaint_filed', '2026-03-10T15:00:00+01:00'))
    },
    [policy('cyber')],
    {
      now: '2026-03-14T10:00:00+01:00',
      verdicts: { 'pol-cyber': 'excluded' },
      fired: ['insurance.L12-10-1.pre_complaint', 'insurance.L12-10-1.complaint_late'],
      deadlineStatus: { 'complaint.L12-10-1': 'overdue' },
      check: (a, expect) =>
        expect(deadline(a, 'complaint.L12-10-1')?.basis.fr).toContain(
          'portez plainte quand même, aujourd’hui'
        )
    }
  ),
  make(
    'C. assur. L12-10-1 (in force 24 April 2023): an attack detected on 20 April 2023 is not subject to it, even with awareness after that date',
    (i) => {
      hacking(i)
      i.timeline = [
        event('detected', '2023-04-20T10:00:00+02:00'),
        event('aware', '2023-04-26T10:00:00+02:00')
      ]
    },
    [policy('cyber')],
    {
      now: '2023-04-27T10:00:00+02:00',
      verdicts: { 'pol-cyber': 'covered' },
      fired: ['insurance.L12-10-1.not_in_force'],
      deadlines: { 'complaint.L12-10-1': null }
    }
  ),
  make(
    'C. assur. L12-10-1: the complaint with its service and record number is one entry and meets the condition',
    (i) => {
      hacking(i)
      i.timeline.push(
        event('complaint_filed', '2026-03-11T09:00:00+01:00', {
          service: 'Commissariat de Lyon 3e',
          reference: 'PV 2026/00123'
        })
      )
    },
    [policy('cyber')],
    {
      fired: ['insurance.L12-10-1.complaint_filed'],
      deadlineStatus: { 'complaint.L12-10-1': 'done' },
      check: (a, expect) => {
        expect(textOf(a, 'pol-cyber')).toContain('PV 2026/00123')
        expect(deadline(a, 'complaint.L12-10-1')?.basis.fr).toContain('Commissariat de Lyon 3e')
      }
    }
  ),

  // §1 Insurer declaration, C. assur. L113-2
  make(
    'C. assur. L113-2 4°: a stolen laptop is declared within 2 working days of discovering the theft, not of GDPR awareness',
    (i) => {
      i.cause = { kind: 'loss_theft', detail: 'stolen_device' }
      i.data.recipients = 'none'
      i.timeline.push(event('detected', DETECTED))
    },
    [policy('property')],
    {
      verdicts: { 'pol-property': 'covered' },
      deadlines: { 'insurer.pol-property': '2026-03-11' },
      check: (a, expect) =>
        expect(deadline(a, 'insurer.pol-property')?.basis.fr).toContain('découverte du vol')
    }
  ),
  make(
    'C. assur. L124-1-1 and L124-5: claims-made RC Pro, each claim received starts its own deadline; before it, declare the circumstances now',
    (i) => {
      i.thirdPartyClaims = [
        {
          id: 'cl1',
          claimant: 'Client Durand',
          receivedAt: '2026-03-20T10:00:00+01:00',
          description: 'Demande d’indemnisation.'
        }
      ]
    },
    [policy('rc_pro', { claimsMade: 'yes', confidentialityClause: 'yes' })],
    {
      now: '2026-03-21T12:00:00+01:00',
      fired: ['deadline.insurer.claims_made'],
      deadlines: {
        'insurer.pol-rc_pro': '2026-03-17',
        'insurer.pol-rc_pro.claim.cl1': '2026-03-27'
      },
      deadlineStatus: { 'insurer.pol-rc_pro.claim.cl1': 'pending' },
      check: (a, expect) => {
        const base = deadline(a, 'insurer.pol-rc_pro')!
        expect(base.basis.fr).toContain('avant de changer d’assureur')
        expect(base.reference).toContain('L124-5')
        expect(deadline(a, 'insurer.pol-rc_pro.claim.cl1')?.label.fr).toContain('Client Durand')
      }
    }
  ),
  make(
    'C. assur. L113-2 (last paragraph): late is not lost, an overdue declaration reads “declare anyway, today”',
    (i) => {
      i.cause = { kind: 'loss_theft', detail: 'stolen_device' }
      i.data.recipients = 'none'
    },
    [policy('property')],
    {
      now: '2026-04-10T12:00:00+02:00',
      fired: ['deadline.insurer.late_not_lost'],
      deadlineStatus: { 'insurer.pol-property': 'overdue' },
      check: (a, expect) => {
        const d = deadline(a, 'insurer.pol-property')!
        expect(d.basis.fr).toContain('déclarez quand même, aujourd’hui')
        expect(d.basis.en).toContain('declare anyway, today')
        expect(d.basis.en).toContain('force majeure')
      }
    }
  ),
  make(
    'C. assur. L113-2, Domaine §5: Whit Monday is a doubtful working day, counted so that the earlier deadline wins',
    (i) => {
      i.timeline = [event('aware', '2026-05-20T10:00:00+02:00')]
    },
    [policy('rc_pro', { confidentialityClause: 'yes' })],
    {
      now: '2026-05-20T12:00:00+02:00',
      // Wed 20 May + 5: Thu 21, Fri 22, Mon 25 (Whit Monday, counted), Tue 26, Wed 27.
      deadlines: { 'insurer.pol-rc_pro': '2026-05-27' },
      check: (a, expect) =>
        expect(deadline(a, 'insurer.pol-rc_pro')?.basis.fr).toContain('lundi de Pentecôte')
    }
  ),
  make(
    'Cass. 2e civ., 21 Jan. 2021, no. 19-13.347: a contract deadline shorter than the law is inopposable to the insured',
    () => {},
    [policy('rc_pro', { confidentialityClause: 'yes', declarationDeadlineWorkingDays: 2 })],
    {
      fired: ['deadline.insurer.contract_shorter_void'],
      deadlines: { 'insurer.pol-rc_pro': '2026-03-17' },
      check: (a, expect) => {
        const d = deadline(a, 'insurer.pol-rc_pro')!
        expect(d.basis.fr).toContain('inopposable')
        expect(d.reference).toContain('19-13.347')
      }
    }
  ),

  // §4 L113-1, intentional fault
  make(
    'C. assur. L113-1: a deliberate disclosure without intent to harm is not necessarily an intentional fault: uncertain, what to check, deadlines kept',
    (i) => {
      i.cause = { kind: 'intentional_insured', intentToHarm: 'no' }
    },
    [policy('rc_pro', { confidentialityClause: 'yes' }), policy('cyber')],
    {
      verdicts: { 'pol-rc_pro': 'uncertain', 'pol-cyber': 'uncertain' },
      fired: ['insurance.L113-1.deliberate_not_malicious'],
      notFired: ['insurance.L113-1.intentional', 'insurance.rc_pro.confidentiality_clause'],
      deadlines: { 'insurer.pol-rc_pro': '2026-03-17', 'insurer.pol-cyber': '2026-03-17' },
      check: (a, expect) => expect(textOf(a, 'pol-rc_pro')).toContain('tel qu’il est survenu')
    }
  ),
  make(
    'C. assur. L113-1: the insured wanted the damage as it occurred: likely excluded, for the insurer to prove, deadlines kept',
    (i) => {
      i.cause = { kind: 'intentional_insured', intentToHarm: 'yes' }
    },
    [policy('rc_pro'), policy('cyber')],
    {
      verdicts: { 'pol-rc_pro': 'excluded', 'pol-cyber': 'excluded' },
      fired: ['insurance.L113-1.intentional'],
      deadlines: { 'insurer.pol-rc_pro': '2026-03-17', 'insurer.pol-cyber': '2026-03-17' },
      check: (a, expect) => expect(a.coverage[0]!.summary.en).toContain('declare anyway')
    }
  ),
  make(
    'C. assur. L113-1 and L121-2: a director’s malicious act is the insured’s own, not an employee’s',
    (i) => {
      i.cause = { kind: 'malicious_employee', actorRole: 'insured_or_director' }
    },
    [policy('rc_pro', { confidentialityClause: 'yes' }), policy('cyber')],
    {
      verdicts: { 'pol-rc_pro': 'uncertain', 'pol-cyber': 'uncertain' },
      fired: ['insurance.L113-1.deliberate_not_malicious'],
      notFired: [
        'insurance.L121-2.employee',
        'insurance.L121-2.scope_unknown',
        'insurance.cyber.malicious_employee'
      ]
    }
  ),

  // §4 L121-2, persons the insured answers for (C. civ. 1242)
  make(
    'C. assur. L121-2, C. civ. 1242: an employee acting within his duties, the RC Pro likely covers the clients’ claims',
    (i) => {
      i.cause = {
        kind: 'malicious_employee',
        actorRole: 'employee',
        employeeScope: 'within_duties'
      }
    },
    [policy('rc_pro', { confidentialityClause: 'yes' })],
    {
      verdicts: { 'pol-rc_pro': 'covered' },
      fired: ['insurance.L121-2.employee', 'insurance.rc_pro.negligence']
    }
  ),
  make(
    'C. assur. L121-2, Cass. ass. plén. 19 May 1988: an employee acting outside his duties, every liability policy agrees: uncertain',
    (i) => {
      i.cause = {
        kind: 'malicious_employee',
        actorRole: 'employee',
        employeeScope: 'outside_duties'
      }
    },
    [
      policy('rc_pro', { confidentialityClause: 'yes' }),
      policy('rc_pro_confidentiality', { confidentialityClause: 'yes' }),
      policy('cyber')
    ],
    {
      verdicts: {
        'pol-rc_pro': 'uncertain',
        'pol-rc_pro_confidentiality': 'uncertain',
        'pol-cyber': 'uncertain'
      },
      fired: ['insurance.L121-2.outside_duties'],
      notFired: ['insurance.L121-2.employee', 'insurance.rc_pro.negligence']
    }
  ),

  // §4 Three-state exclusions (C. assur. L113-1: « exclusion formelle et limitée »)
  make(
    'C. assur. L113-1, three-state exclusions: cyber exclusion not checked yet → uncertain, naming the clause',
    hacking,
    [policy('rc_pro')],
    {
      verdicts: { 'pol-rc_pro': 'uncertain' },
      fired: ['insurance.rc_pro.cyber_usually_excluded'],
      check: (a, expect) => expect(textOf(a, 'pol-rc_pro')).toContain('piratage')
    }
  ),
  make(
    'C. assur. L113-1, three-state exclusions: cyber exclusion found in the contract → excluded',
    hacking,
    [policy('rc_pro', { exclusions: ['cyber'] })],
    { verdicts: { 'pol-rc_pro': 'excluded' }, fired: ['insurance.exclusion.cyber'] }
  ),
  make(
    'C. assur. L113-1, three-state exclusions: cyber and privacy exclusions checked and absent → a third party’s claim is likely covered',
    hacking,
    [
      policy('rc_pro', {
        confidentialityClause: 'no',
        exclusionsAbsent: ['cyber', 'digital_privacy', 'confidentiality']
      })
    ],
    {
      verdicts: { 'pol-rc_pro': 'covered' },
      fired: ['insurance.rc_pro.negligence'],
      notFired: [
        'insurance.rc_pro.cyber_usually_excluded',
        'insurance.rc_pro.confidentiality_unknown'
      ]
    }
  ),

  // §4 No loss yet is not "not concerned"
  make(
    'C. assur. L121-1: a lost encrypted device worth less than the deductible, nothing exposed: truly not concerned',
    (i) => {
      i.cause = { kind: 'loss_theft', detail: 'lost_device' }
      i.data.encryption = 'state_of_the_art'
      i.data.recipients = 'none'
      i.device = { purchaseValueCents: 8_000 }
    },
    [policy('property', { deductibleCents: 15_000 })],
    {
      verdicts: { 'pol-property': 'not_applicable' },
      fired: ['insurance.no_loss'],
      deadlines: { 'insurer.pol-property': null }
    }
  ),
  make(
    'C. assur. L113-2: the same lost device with no value entered stays uncertain: declare now, costs come later',
    (i) => {
      i.cause = { kind: 'loss_theft', detail: 'lost_device' }
      i.data.encryption = 'state_of_the_art'
      i.data.recipients = 'none'
    },
    [policy('property', { deductibleCents: 15_000 })],
    {
      verdicts: { 'pol-property': 'uncertain' },
      fired: ['insurance.property.device_loss'],
      deadlines: { 'insurer.pol-property': '2026-03-17' }
    }
  ),
  make(
    'seed (broker’s advice): legal protection with exposed third parties but no claim yet: uncertain, declare now',
    () => {},
    [policy('legal_protection')],
    {
      verdicts: { 'pol-legal_protection': 'uncertain' },
      fired: ['insurance.legal_protection.potential_dispute'],
      deadlines: { 'insurer.pol-legal_protection': '2026-03-17' }
    }
  ),
  make(
    'seed (broker’s advice): legal protection with nothing exposed and no claim: not concerned',
    (i) => {
      i.cause = { kind: 'loss_theft', detail: 'stolen_device' }
      i.data.encryption = 'state_of_the_art'
      i.data.recipients = 'none'
    },
    [policy('legal_protection')],
    {
      verdicts: { 'pol-legal_protection': 'not_applicable' },
      fired: ['insurance.legal_protection.no_dispute']
    }
  ),

  // §4 RC Pro: documents entrusted and defence costs exist in some contracts
  make(
    'Domaine §10: files lost without backup and an RC Pro covering documents entrusted: likely covered',
    (i) => {
      i.breachTypes = ['availability']
      i.data.backupAvailable = false
      i.cause = { kind: 'other', description: 'Panne du disque.' }
    },
    [policy('rc_pro', { entrustedDocumentsCover: 'yes' })],
    { verdicts: { 'pol-rc_pro': 'covered' }, fired: ['insurance.rc_pro.entrusted_documents'] }
  ),
  make(
    'Domaine §10: files lost without backup, « documents confiés » cover not known: uncertain, what to check instead of “never own costs”',
    (i) => {
      i.breachTypes = ['availability']
      i.data.backupAvailable = false
      i.cause = { kind: 'other', description: 'Panne du disque.' }
    },
    [policy('rc_pro')],
    {
      verdicts: { 'pol-rc_pro': 'uncertain' },
      fired: ['insurance.rc_pro.entrusted_documents_check'],
      check: (a, expect) => expect(textOf(a, 'pol-rc_pro')).toContain('documents confiés')
    }
  ),

  make(
    'Domaine §10: defence costs exist in some RC Pro contracts only: the verdict says what this one does',
    (i) => {
      i.thirdPartyClaims = [{ id: 'cl', claimant: 'Client', description: 'Réclamation.' }]
    },
    [policy('rc_pro', { confidentialityClause: 'yes', defenceCostsCover: 'no' })],
    {
      verdicts: { 'pol-rc_pro': 'covered' },
      check: (a, expect) => {
        expect(textOf(a, 'pol-rc_pro')).toContain('ne paie pas les frais de défense')
        expect(textOf(a, 'pol-rc_pro')).not.toContain('jamais')
      }
    }
  ),

  // §4 Criminal exposure, health reporting, advice
  make(
    'C. pén. 226-13, 226-17, 226-22 al. 2: criminal exposure given as information',
    (i) => {
      i.insured.profession = 'lawyer'
    },
    [policy('rc_pro', { confidentialityClause: 'yes' })],
    {
      fired: ['advice.criminal_exposure'],
      notFired: ['advice.gap.sensitive_data'],
      check: (a, expect) => {
        const advice = a.advice.find((x) => x.ruleId === 'advice.criminal_exposure')!
        expect(advice.text.fr).toContain('226-22 al. 2')
        expect(advice.text.fr).toContain('226-17')
        expect(advice.text.fr).toContain('226-13')
      }
    }
  ),
  make(
    'CSP L1111-8-2 (ordonnance 2020-1407): a health establishment reports to the State’s authorities and the ANS through the national portal',
    (i) => {
      i.insured.profession = 'health_professional'
      i.insured.healthEstablishment = true
      i.data.categories = ['health']
    },
    [],
    {
      check: (a, expect) => {
        expect(a.healthReporting.required).toBe(true)
        expect(a.healthReporting.explanation.fr).toContain('Agence du numérique en santé')
        expect(a.healthReporting.explanation.en).toContain('national reporting portal')
        expect(a.healthReporting.reasons[0]?.reference).toContain('2020-1407')
      }
    }
  ),
  make(
    'seed (broker’s advice), fixed: the confidentiality extension is advised when the RC Pro lacks the clause',
    (i) => {
      i.insured.profession = 'lawyer'
    },
    [policy('rc_pro', { confidentialityClause: 'no' })],
    { fired: ['advice.gap.sensitive_data'] }
  )
]
