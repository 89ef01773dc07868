/** Intake questions for the GDPR facts of rule set 2026.12, asked only when relevant (issue 8). */
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { createEmptyIncident } from '@shared/model'
import type { Incident } from '@shared/model'

import { renderWithProviders } from '../components/render-with-providers'
import { AwarenessDelayQuestion } from './AwarenessDelayQuestion'
import { RiskFactorQuestions } from './RiskFactorQuestions'
import { RoleQuestion } from './RoleQuestion'
import type { StepProps } from './step-props'

const empty = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

function Harness(props: {
  step: (props: StepProps) => ReactElement | null
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

describe('GDPR intake questions', () => {
  afterEach(cleanup)

  it('role: a processor names its client and the contract deadline (RGPD art. 33(2), 28(3)(f))', () => {
    let last = empty
    renderWithProviders(<Harness step={RoleQuestion} onIncident={(i) => (last = i)} />)
    expect(screen.queryByLabelText('Quel client ou partenaire ?')).toBeNull()
    fireEvent.change(screen.getByTestId('field-role'), { target: { value: 'processor' } })
    fireEvent.change(screen.getByLabelText('Quel client ou partenaire ?'), {
      target: { value: 'Boulangerie Martin' }
    })
    expect(last.role).toEqual({ kind: 'processor', controllerName: 'Boulangerie Martin' })
  })

  it('awareness delay: asked only when awareness is more than 24 h after detection (EDPB 9/2022)', () => {
    const soon = structuredClone(empty)
    soon.timeline = [
      { id: 'd', kind: 'detected', at: '2026-11-20T10:00:00Z' },
      { id: 'a', kind: 'aware', at: '2026-11-20T20:00:00Z' }
    ]
    renderWithProviders(
      <Harness step={AwarenessDelayQuestion} initial={soon} onIncident={() => {}} />
    )
    expect(screen.queryByTestId('field-awareness-delay')).toBeNull()
    cleanup()
    const late = structuredClone(soon)
    late.timeline[1]!.at = '2026-11-22T10:00:00Z'
    let last = late
    renderWithProviders(
      <Harness step={AwarenessDelayQuestion} initial={late} onIncident={(i) => (last = i)} />
    )
    fireEvent.change(screen.getByTestId('field-awareness-delay'), {
      target: { value: 'Vérification par le prestataire' }
    })
    expect(last.awarenessDelayReason).toBe('Vérification par le prestataire')
  })

  it('risk factors: recipients and deletion only for a readable disclosure; health level only with health data', () => {
    const none = structuredClone(empty)
    none.breachTypes = ['availability']
    renderWithProviders(<Harness step={RiskFactorQuestions} initial={none} onIncident={() => {}} />)
    expect(screen.queryByText(/tenu au secret/)).toBeNull()
    expect(screen.queryByText('Quelles informations de santé ?')).toBeNull()
    cleanup()
    const leak = structuredClone(empty)
    leak.breachTypes = ['confidentiality']
    leak.data.recipients = 'known'
    leak.data.categories = ['health']
    renderWithProviders(<Harness step={RiskFactorQuestions} initial={leak} onIncident={() => {}} />)
    expect(screen.getByText(/tenu au secret/)).toBeTruthy()
    expect(screen.getByText('Quelles informations de santé ?')).toBeTruthy()
  })
})
