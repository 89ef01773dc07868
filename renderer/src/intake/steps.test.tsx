import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'
import type { Incident, Policy } from '@shared/model'

import { renderWithProviders } from '../components/render-with-providers'
import { CauseStep } from './CauseStep'
import { checkTimelineDates } from './date-consistency'
import { collectProblems } from './field-errors'
import { IncidentStep } from './IncidentStep'
import type { StepProps } from './step-props'
import { TimelineStep } from './TimelineStep'

const empty = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

/** Holds the draft like IntakePage does, with the same problem detection. */
function Harness(props: {
  step: (props: StepProps) => ReactElement
  initial?: Incident
  onIncident?: (incident: Incident) => void
}) {
  const [incident, setIncident] = useState(props.initial ?? empty)
  const problems = collectProblems(
    incident,
    [],
    checkTimelineDates(incident.timeline, Date.parse('2026-11-25T12:00:00Z')),
    'fr',
    (issue) => `contradiction ${issue.code}`
  )
  const Step = props.step
  return (
    <Step
      incident={incident}
      problems={problems}
      onChange={(update) =>
        setIncident((current) => {
          const next = update(current)
          props.onIncident?.(next)
          return next
        })
      }
    />
  )
}

describe('intake steps', () => {
  afterEach(cleanup)

  it('labels every question and keeps the legal term in the help, not the question', () => {
    renderWithProviders(<Harness step={IncidentStep} />)
    const title = screen.getByLabelText('Titre court')
    fireEvent.change(title, { target: { value: 'Portable volé' } })
    expect((title as HTMLInputElement).value).toBe('Portable volé')
    expect(screen.getByLabelText('Votre nom ou celui de votre cabinet')).toBeTruthy()
    expect(screen.getByText(/responsable de traitement/)).toBeTruthy()
  })

  it('stores typed wall time as an instant and flags a contradiction next to the field', () => {
    let latest: Incident = empty
    renderWithProviders(
      <Harness step={TimelineStep} onIncident={(incident) => (latest = incident)} />
    )
    fireEvent.change(screen.getByTestId('date-occurred'), { target: { value: '2026-11-20T10:30' } })
    expect(latest.timeline).toEqual([
      { id: expect.any(String), kind: 'occurred', at: '2026-11-20T09:30:00.000Z' }
    ])
    fireEvent.change(screen.getByTestId('date-detected'), { target: { value: '2026-11-19T10:30' } })
    const detected = screen.getByTestId('date-detected')
    expect(detected.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('contradiction detectedBeforeOccurred')).toBeTruthy()
    // Nothing was "fixed": both dates are kept as typed.
    expect(latest.timeline.map((event) => event.at)).toEqual([
      '2026-11-20T09:30:00.000Z',
      '2026-11-19T09:30:00.000Z'
    ])
  })

  it('offers the details that fit the cause and drops one that no longer fits', () => {
    let latest: Incident = empty
    renderWithProviders(<Harness step={CauseStep} onIncident={(incident) => (latest = incident)} />)
    fireEvent.click(screen.getByLabelText('Une attaque informatique'))
    fireEvent.change(screen.getByTestId('field-cause-detail'), { target: { value: 'ransomware' } })
    expect(latest.cause).toEqual({ kind: 'cyberattack', detail: 'ransomware' })
    fireEvent.click(screen.getByLabelText('Un appareil ou un dossier perdu ou volé'))
    expect(latest.cause).toEqual({ kind: 'loss_theft' })
  })

  it('records which policy an insurer notification was for, and drops it for another kind', () => {
    const policy: Policy = {
      id: 'pol-1',
      kind: 'cyber',
      insurer: 'Hiscox',
      policyNumber: 'CY-1',
      confidentialityClause: 'yes',
      exclusions: []
    }
    const initial: Incident = {
      ...empty,
      policyIds: ['pol-1'],
      timeline: [{ id: 'n1', kind: 'insurer_notified', at: '2026-11-21T09:00:00Z' }]
    }
    let latest: Incident = initial
    renderWithProviders(
      <Harness
        step={(props) => <TimelineStep {...props} policies={[policy]} />}
        initial={initial}
        onIncident={(incident) => (latest = incident)}
      />
    )
    fireEvent.change(screen.getByLabelText('Quel contrat avez-vous déclaré ?'), {
      target: { value: 'pol-1' }
    })
    expect(latest.timeline[0]).toEqual({
      id: 'n1',
      kind: 'insurer_notified',
      at: '2026-11-21T09:00:00Z',
      policyId: 'pol-1'
    })
    fireEvent.change(screen.getByLabelText('Étape'), { target: { value: 'complaint_filed' } })
    expect(latest.timeline[0]).toEqual({
      id: 'n1',
      kind: 'complaint_filed',
      at: '2026-11-21T09:00:00Z'
    })
    expect(screen.queryByLabelText('Quel contrat avez-vous déclaré ?')).toBeNull()
  })
})
