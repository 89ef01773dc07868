import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Assessment } from '@shared/assessment'
import type { Policy } from '@shared/model'

import { renderWithProviders } from '../components/render-with-providers'
import { AssessmentPanel } from './AssessmentPanel'
import type { AssessmentAction } from './AssessmentPanel'

const NOW = Date.parse('2026-11-25T12:00:00Z')
const l = (fr: string, en: string) => ({ fr, en })
const reason = (ruleId: string, text: string, reference: string) => ({
  ruleId,
  text: l(text, text),
  reference
})

const policy: Policy = {
  id: 'p1',
  kind: 'cyber',
  insurer: 'Hiscox',
  policyNumber: 'CY-1',
  confidentialityClause: 'yes',
  exclusions: []
}

/** A hand-built assessment: the panel must show what it is given, nothing it computes. */
const assessment: Assessment = {
  ruleSetVersion: '2026.11-test',
  computedAt: '2026-11-25T12:00:00Z',
  timeZone: 'Europe/Paris',
  awareness: {
    at: '2026-11-24T12:00:00Z',
    source: 'aware',
    explanation: l('Vous en avez eu connaissance.', 'You became aware.'),
    reason: reason('gdpr.awareness', 'x', 'RGPD art. 33(1)')
  },
  gdpr: {
    applies: true,
    explanation: l('Des données personnelles sont touchées.', 'Personal data is affected.'),
    duties: [
      {
        id: 'notify_authority',
        required: true,
        decision: l('Notifiez la CNIL.', 'Notify the CNIL.'),
        reasons: [reason('gdpr.notify.risk', 'Risque pour les personnes.', 'RGPD art. 33(1)')],
        dueAt: '2026-11-27T12:00:00Z',
        status: 'pending'
      }
    ],
    missingForComplementary: []
  },
  coverage: [
    {
      policyId: 'p1',
      policyKind: 'cyber',
      verdict: 'uncertain',
      summary: l('Couverture incertaine.', 'Cover uncertain.'),
      reasons: [
        {
          ...reason('insurance.cyber.complaint', 'Plainte exigée.', 'C. assur. L12-10-1'),
          toCheck: l('le délai de plainte', 'the complaint deadline')
        }
      ]
    }
  ],
  coverageNotice: l('L’assureur décide.', 'The insurer decides.'),
  deadlines: [
    {
      id: 'gdpr.authority',
      ruleId: 'gdpr.notify.deadline',
      label: l('Notifier la CNIL', 'Notify the CNIL'),
      dueAt: '2026-11-27T12:00:00Z',
      basis: l('72 h après la prise de connaissance', '72 h after awareness'),
      reference: 'RGPD art. 33(1)',
      status: 'pending',
      msLeft: 48 * 3_600_000
    },
    {
      id: 'complaint',
      ruleId: 'insurance.cyber.complaint',
      label: l('Porter plainte', 'File a police complaint'),
      dueAt: '2026-11-25T20:00:00Z',
      basis: l('72 h', '72 h'),
      reference: 'C. assur. L12-10-1',
      status: 'pending',
      msLeft: 8 * 3_600_000,
      policyId: 'p1'
    },
    {
      id: 'insurer.p1',
      ruleId: 'insurance.declaration',
      label: l('Déclarer à l’assureur', 'Declare to the insurer'),
      dueAt: '2026-11-25T10:00:00Z',
      dueDate: '2026-11-25',
      basis: l('5 jours ouvrés', '5 working days'),
      reference: 'C. assur. L113-2',
      status: 'overdue',
      msLeft: -2 * 3_600_000,
      policyId: 'p1'
    }
  ],
  healthReporting: { required: false, explanation: l('', ''), reasons: [] },
  checklist: [
    {
      phase: 'contain',
      items: [
        {
          id: 'c1',
          ruleId: 'checklist.wipe',
          text: l('Effacez l’appareil à distance.', 'Wipe the device.'),
          done: false
        },
        { id: 'c2', ruleId: 'checklist.done', text: l('Déjà fait', 'Already done'), done: true }
      ]
    }
  ],
  advice: [],
  firedRuleIds: []
}

describe('AssessmentPanel', () => {
  afterEach(cleanup)

  it('shows the deadlines first, soonest first, coloured by urgency, with countdowns', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={assessment}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
      />
    )
    const headings = screen.getAllByRole('heading').map((h) => h.textContent)
    expect(headings.slice(0, 3)).toEqual([
      'Analyse en direct',
      'À faire et délais',
      'Prochaines étapes'
    ])
    const items = screen.getAllByTestId(/^deadline-/)
    expect(items.map((item) => item.dataset['testid'])).toEqual([
      'deadline-insurer.p1',
      'deadline-complaint',
      'deadline-gdpr.authority'
    ])
    expect(items.map((item) => item.dataset['urgency'])).toEqual(['overdue', 'near', 'ok'])
    expect(within(items[0]!).getByTestId('countdown').textContent).toBe('dépassé de 2 h 0 min')
    expect(within(items[1]!).getByTestId('countdown').textContent).toBe('reste 8 h 0 min')
    expect(within(items[2]!).getByTestId('countdown').textContent).toBe('reste 2 j 0 h')
    expect(items[1]!.textContent).toContain('Hiscox · CY-1')
  })

  it('moves the countdown with `now` alone', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={assessment}
        now={NOW + 47 * 3_600_000}
        timeZone="Europe/Paris"
        policies={[policy]}
      />
    )
    const authority = screen.getByTestId('deadline-gdpr.authority')
    expect(authority.dataset['urgency']).toBe('near')
    expect(within(authority).getByTestId('countdown').textContent).toBe('reste 1 h 0 min')
  })

  it('lists only the open next steps, the duties and the verdicts in plain words, rule ids, references and what to check behind “Why?”', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={assessment}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
      />
    )
    const steps = screen.getByTestId('next-steps')
    expect(steps.textContent).toContain('Effacez l’appareil à distance.')
    expect(steps.textContent).not.toContain('Déjà fait')
    expect(screen.getByTestId('duty-notify_authority').textContent).toContain(
      'Obligatoire · à faire'
    )
    expect(
      within(screen.getByTestId('duty-notify_authority')).getByTestId('plain').textContent
    ).toBe(
      'Prévenez la CNIL avant le ven. 27 nov. 2026, 13:00, même si vous ne savez pas encore tout.'
    )
    const verdict = screen.getByTestId('verdict-p1')
    expect(verdict.textContent).toContain('Incertain')
    expect(within(verdict).getByTestId('plain').textContent).toContain(
      'Ce contrat peut couvrir l’incident : déclarez-le à Hiscox avant le'
    )
    // By default: no rule id, no legal reference, no rule text.
    const panel = document.body.textContent ?? ''
    expect(panel).not.toMatch(/Règle |insurance\.cyber|gdpr\.notify|C\. assur\.|RGPD art/)
    const why = within(verdict).getByRole('button', { name: /Pourquoi \?/ })
    expect(why.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(why)
    expect(why.getAttribute('aria-expanded')).toBe('true')
    const region = document.getElementById(why.getAttribute('aria-controls') ?? '')!
    expect(region.getAttribute('role')).toBe('region')
    expect(region.textContent).toContain('Couverture incertaine.')
    expect(region.textContent).toContain('(C. assur. L12-10-1) [Règle insurance.cyber.complaint]')
    expect(region.textContent).toContain('À vérifier dans votre contrat : le délai de plainte')
    expect(screen.getByTestId('rule-set-version').textContent).toContain('2026.11-test')
    expect(screen.getByText(/c’est l’assureur qui décide/)).toBeTruthy()
  })

  it('reads in English', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={assessment}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
      />,
      'en'
    )
    expect(screen.getByText('To do and deadlines')).toBeTruthy()
    expect(
      within(screen.getByTestId('deadline-complaint')).getByTestId('countdown').textContent
    ).toBe('8 h 0 min left')
    const verdict = screen.getByTestId('verdict-p1')
    expect(within(verdict).getByTestId('plain').textContent).toContain(
      'This policy may cover the incident: declare it to Hiscox before'
    )
    fireEvent.click(within(verdict).getByRole('button', { name: /Why\?/ }))
    expect(verdict.textContent).toContain('Cover uncertain.')
    // English readers get the English names of the French codes.
    expect(verdict.textContent).toContain('(Insurance Code L12-10-1)')
    for (const button of screen.getAllByRole('button', { name: /Why\?/ })) fireEvent.click(button)
    expect(document.body.textContent).not.toMatch(/RGPD|C\. assur\./)
    expect(document.body.textContent).toContain('GDPR art. 33(1)')
  })

  it('shows the ENISA arithmetic only under the CNIL duty’s “Why?”', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={{
          ...assessment,
          gdpr: {
            ...assessment.gdpr,
            severity: {
              score: 5.25,
              level: 'very_high',
              factors: [
                { id: 'DPC', value: 4, why: l('santé', 'health') },
                { id: 'EI', value: 1, why: l('maximale', 'maximum') },
                { id: 'CB', value: 1.25, why: l('malveillance', 'malicious') }
              ]
            }
          }
        }}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
      />,
      'en'
    )
    expect(document.body.textContent).not.toMatch(/5\.25|DPC|score/)
    const duty = screen.getByTestId('duty-notify_authority')
    fireEvent.click(within(duty).getByRole('button', { name: /^Why\?\s+Notify the CNIL$/ }))
    expect(within(duty).getByTestId('severity').textContent).toContain(
      'Estimated severity: very high (score 5.25)'
    )
    expect(within(duty).getByTestId('severity').textContent).toContain(
      'Data processing context (DPC) = 4 — health'
    )
  })

  it('carries the document action on the CNIL duty and on each policy', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={assessment}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
        renderAction={(action) => (
          <button type="button">
            {action.kind === 'declaration' ? `declaration ${action.policyId}` : action.kind}
          </button>
        )}
      />
    )
    expect(
      within(screen.getByTestId('duty-notify_authority')).getByRole('button', {
        name: 'notification'
      })
    ).toBeTruthy()
    expect(
      within(screen.getByTestId('verdict-p1')).getByRole('button', { name: 'declaration p1' })
    ).toBeTruthy()
  })

  it('carries the letter to the persons on their duty only when informing them is required', () => {
    const informDuty = (required: boolean) => ({
      id: 'inform_persons' as const,
      required,
      decision: l('Informez les personnes.', 'Inform the persons.'),
      reasons: [reason('gdpr.inform.high_risk', 'Risque élevé.', 'RGPD art. 34(1)')],
      status: 'pending' as const
    })
    const withInform = (required: boolean): Assessment => ({
      ...assessment,
      gdpr: { ...assessment.gdpr, duties: [...assessment.gdpr.duties, informDuty(required)] }
    })
    const renderAction = (action: AssessmentAction) => <button type="button">{action.kind}</button>
    const { unmount } = renderWithProviders(
      <AssessmentPanel
        assessment={withInform(true)}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
        renderAction={renderAction}
      />
    )
    expect(
      within(screen.getByTestId('duty-inform_persons')).getByRole('button', {
        name: 'persons_letter'
      })
    ).toBeTruthy()
    unmount()
    renderWithProviders(
      <AssessmentPanel
        assessment={withInform(false)}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
        renderAction={renderAction}
      />
    )
    expect(
      within(screen.getByTestId('duty-inform_persons')).queryByRole('button', {
        name: 'persons_letter'
      })
    ).toBeNull()
  })

  it('puts the health-agency report above the deadlines when the rules require it', () => {
    renderWithProviders(
      <AssessmentPanel
        assessment={{
          ...assessment,
          healthReporting: {
            required: true,
            explanation: l('Signalez sans délai à l’ARS.', 'Report to the ARS without delay.'),
            reasons: [reason('health.ars', 'Établissement de santé.', 'CSP art. L1111-8-2')]
          }
        }}
        now={NOW}
        timeZone="Europe/Paris"
        policies={[policy]}
      />
    )
    const alert = screen.getByTestId('health-reporting')
    expect(alert.textContent).toContain('agence régionale de santé (ARS)')
    fireEvent.click(within(alert).getByRole('button', { name: /Pourquoi/ }))
    expect(alert.textContent).toContain('Signalez sans délai à l’ARS.')
    expect(alert.textContent).toContain('CSP art. L1111-8-2')
    expect(
      alert.compareDocumentPosition(screen.getByTestId('deadline-gdpr.authority')) &
        Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy()
  })
})
