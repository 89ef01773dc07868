/**
 * The intake's insurance questions (issue 8 §5, issue 11): asked only when relevant, stored as
 * model v2 facts, and the timeline's "add a step" starting empty.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { useState } from 'react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'
import type { Incident } from '@shared/model'

import { renderWithProviders } from '../components/render-with-providers'
import { CauseStep } from './CauseStep'
import type { StepProps } from './step-props'
import { TimelineStep } from './TimelineStep'

const empty = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

function Draft(props: {
  step: (props: StepProps) => ReactElement
  initial?: Incident
  onIncident: (incident: Incident) => void
}) {
  const [incident, setIncident] = useState(props.initial ?? empty)
  const Step = props.step
  return (
    <Step
      incident={incident}
      problems={[]}
      onChange={(update) =>
        setIncident((current) => {
          const next = update(current)
          props.onIncident(next)
          return next
        })
      }
    />
  )
}

describe('cause step: the insurance questions', () => {
  afterEach(cleanup)

  it('C. assur. L121-2: asks whether the employee acted within his duties, only for an employee', () => {
    let latest: Incident = empty
    renderWithProviders(<Draft step={CauseStep} onIncident={(i) => (latest = i)} />)
    expect(screen.queryByTestId('field-cause-employee-scope')).toBeNull()
    expect(screen.queryByTestId('field-cause-actor-role')).toBeNull()
    fireEvent.click(screen.getByLabelText('Un salarié ou un proche mal intentionné'))
    const scope = screen.getByTestId('field-cause-employee-scope')
    fireEvent.click(within(scope).getByLabelText('En dehors de ses fonctions'))
    expect(latest.cause).toEqual({ kind: 'malicious_employee', employeeScope: 'outside_duties' })
    // A director's act is the insured's own: the question becomes the intent to harm (L113-1).
    fireEvent.change(screen.getByTestId('field-cause-actor-role'), {
      target: { value: 'insured_or_director' }
    })
    expect(screen.queryByTestId('field-cause-employee-scope')).toBeNull()
    fireEvent.click(within(screen.getByTestId('field-cause-intent')).getByLabelText('Non'))
    expect(latest.cause.actorRole).toBe('insured_or_director')
    expect(latest.cause.intentToHarm).toBe('no')
  })

  it('C. assur. L113-1: asks about the intent to harm for a deliberate act, and where a device was stolen', () => {
    let latest: Incident = empty
    renderWithProviders(<Draft step={CauseStep} onIncident={(i) => (latest = i)} />)
    expect(screen.queryByTestId('field-cause-intent')).toBeNull()
    fireEvent.click(screen.getByLabelText('Un acte volontaire de votre part'))
    fireEvent.click(
      within(screen.getByTestId('field-cause-intent')).getByLabelText('Je ne sais pas')
    )
    expect(latest.cause.intentToHarm).toBe('unknown')
    fireEvent.click(screen.getByLabelText('Un appareil ou un dossier perdu ou volé'))
    expect(screen.queryByTestId('field-cause-intent')).toBeNull()
    expect(screen.queryByLabelText(/Où l’appareil/)).toBeNull()
    fireEvent.change(screen.getByTestId('field-cause-detail'), {
      target: { value: 'stolen_device' }
    })
    fireEvent.change(screen.getByLabelText(/Où l’appareil/), {
      target: { value: 'Train Paris-Lyon' }
    })
    expect(latest.cause.theftPlace).toBe('Train Paris-Lyon')
  })
})

describe('timeline step: adding a step', () => {
  afterEach(cleanup)

  it('starts empty: no kind and no time pre-selected, and adds nothing until both are given', () => {
    let latest: Incident = empty
    renderWithProviders(<Draft step={TimelineStep} onIncident={(i) => (latest = i)} />)
    fireEvent.click(screen.getByTestId('add-event'))
    const form = screen.getByTestId('new-event')
    const kind = within(form).getByTestId('new-event-kind') as HTMLSelectElement
    const at = within(form).getByTestId('new-event-at') as HTMLInputElement
    expect(kind.value).toBe('')
    expect(at.value).toBe('')
    fireEvent.click(within(form).getByTestId('new-event-save'))
    expect(screen.getByText('Choisissez le type d’étape.')).toBeTruthy()
    expect(screen.getByText('Indiquez la date et l’heure.')).toBeTruthy()
    expect(latest.timeline).toEqual([])
    fireEvent.change(kind, { target: { value: 'complaint_filed' } })
    fireEvent.change(at, { target: { value: '2026-11-24T15:30' } })
    fireEvent.click(within(form).getByTestId('new-event-save'))
    expect(latest.timeline).toHaveLength(1)
    expect(latest.timeline[0]).toMatchObject({
      kind: 'complaint_filed',
      at: '2026-11-24T14:30:00.000Z'
    })
    expect(screen.queryByTestId('new-event')).toBeNull()
  })

  it('C. assur. L12-10-1: the police complaint is one entry, with its unit and record number', () => {
    const initial: Incident = {
      ...empty,
      timeline: [{ id: 'c1', kind: 'complaint_filed', at: '2026-11-24T14:30:00Z' }]
    }
    let latest: Incident = initial
    renderWithProviders(
      <Draft step={TimelineStep} initial={initial} onIncident={(i) => (latest = i)} />
    )
    fireEvent.change(screen.getByLabelText(/Commissariat ou brigade/), {
      target: { value: 'Commissariat de Lyon 3e' }
    })
    fireEvent.change(screen.getByLabelText(/Numéro du procès-verbal/), {
      target: { value: 'PV 2026/123' }
    })
    expect(latest.timeline[0]).toEqual({
      id: 'c1',
      kind: 'complaint_filed',
      at: '2026-11-24T14:30:00Z',
      service: 'Commissariat de Lyon 3e',
      reference: 'PV 2026/123'
    })
    // Emptied, the field is absent again rather than an empty string.
    fireEvent.change(screen.getByLabelText(/Numéro du procès-verbal/), { target: { value: '' } })
    expect(latest.timeline[0]).not.toHaveProperty('reference')
  })

  it('offers the online pre-complaint, and says it is not a complaint until signed', () => {
    renderWithProviders(<Draft step={TimelineStep} onIncident={() => {}} />)
    fireEvent.click(screen.getByTestId('add-event'))
    fireEvent.change(screen.getByTestId('new-event-kind'), {
      target: { value: 'pre_complaint_filed' }
    })
    expect(
      screen.getByText(/n’est pas une plainte tant que vous ne l’avez pas signée/)
    ).toBeTruthy()
  })
})
