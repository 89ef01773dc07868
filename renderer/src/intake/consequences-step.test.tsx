import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { createEmptyIncident, parseIncidentFile } from '@shared/model'
import type { Incident } from '@shared/model'

import { renderWithProviders } from '../components/render-with-providers'
import type { Language } from '../i18n/language'
import { ConsequencesStep } from './ConsequencesStep'
import { collectProblems } from './field-errors'
import { IncidentStep } from './IncidentStep'
import { ReviewStep } from './ReviewStep'
import type { StepProps } from './step-props'

const empty = createEmptyIncident({
  id: 'i1',
  reference: 'INC-0001',
  now: '2026-11-25T10:00:00Z',
  timeZone: 'Europe/Paris'
})

/** Holds the draft like IntakePage, with the shared schema's validation. */
function Harness(props: {
  step: (props: StepProps) => React.ReactElement
  initial?: Incident
  language?: Language
  onIncident?: (incident: Incident) => void
}) {
  const [incident, setIncident] = useState(props.initial ?? empty)
  const result = parseIncidentFile({
    format: 'sentinelle.incident',
    formatVersion: 1,
    incident,
    policies: []
  })
  const problems = collectProblems(
    incident,
    result.ok ? [] : result.errors,
    [],
    props.language ?? 'fr',
    () => ''
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

describe('consequences step', () => {
  afterEach(cleanup)

  it('adds a row with the keyboard, focuses its first field, and labels it for screen readers', async () => {
    const user = userEvent.setup()
    let latest: Incident = empty
    renderWithProviders(
      <Harness step={ConsequencesStep} onIncident={(incident) => (latest = incident)} />
    )
    screen.getByTestId('add-measures').focus()
    await user.keyboard('{Enter}')
    const row = screen.getByRole('group', { name: 'Mesure 1' })
    const description = within(row).getByLabelText('Qu’avez-vous fait ?')
    expect(document.activeElement).toBe(description)
    await user.keyboard('Mots de passe changés')
    expect(latest.measures).toEqual([
      { id: expect.any(String), description: 'Mots de passe changés' }
    ])

    // The date is typed in the incident's zone and stored as an instant.
    fireEvent.change(within(row).getByLabelText('Quand ? (facultatif)'), {
      target: { value: '2026-11-24T18:15' }
    })
    expect(latest.measures[0]!.at).toBe('2026-11-24T17:15:00.000Z')
  })

  it('edits and removes the right row; the focus goes back to the add button', async () => {
    const user = userEvent.setup()
    let latest: Incident = empty
    const initial: Incident = {
      ...empty,
      parties: [
        { id: 'p1', role: 'client', name: 'Client A' },
        { id: 'p2', role: 'processor', name: 'Hébergeur B', contact: 'support@b.fr' }
      ]
    }
    renderWithProviders(
      <Harness
        step={ConsequencesStep}
        initial={initial}
        onIncident={(incident) => (latest = incident)}
      />
    )
    const second = screen.getByRole('group', { name: 'Personne ou organisme 2' })
    fireEvent.change(within(second).getByLabelText('Son rôle'), { target: { value: 'police' } })
    fireEvent.change(within(second).getByLabelText('Coordonnées (facultatif)'), {
      target: { value: '' }
    })
    expect(latest.parties[1]).toEqual({ id: 'p2', role: 'police', name: 'Hébergeur B' })

    await user.click(screen.getByRole('button', { name: 'Retirer « Personne ou organisme 1 »' }))
    expect(latest.parties.map((party) => party.id)).toEqual(['p2'])
    expect(document.activeElement).toBe(screen.getByTestId('add-parties'))
    const first = screen.getByRole('group', { name: 'Personne ou organisme 1' })
    expect((within(first).getByLabelText('Nom') as HTMLInputElement).value).toBe('Hébergeur B')

    // Removed by mistake: it comes back at its place, with what was typed, focused.
    expect(within(screen.getByTestId('rows-parties')).getByRole('status').textContent).toBe(
      'Ligne « Personne ou organisme 1 » retirée.'
    )
    await user.click(screen.getByRole('button', { name: 'Rétablir « Personne ou organisme 1 »' }))
    expect(latest.parties).toEqual([
      { id: 'p1', role: 'client', name: 'Client A' },
      { id: 'p2', role: 'police', name: 'Hébergeur B' }
    ])
    expect(latest.parties.map((party) => party.name)).toEqual(['Client A', 'Hébergeur B'])
    expect(document.activeElement).toBe(
      within(screen.getByRole('group', { name: 'Personne ou organisme 1' })).getByLabelText(
        'Son rôle'
      )
    )
    expect(screen.queryByRole('button', { name: /Rétablir/ })).toBeNull()
  })

  it('stores amounts in cents, says what it understood, and flags what it cannot read', async () => {
    const user = userEvent.setup()
    let latest: Incident = empty
    renderWithProviders(
      <Harness step={ConsequencesStep} onIncident={(incident) => (latest = incident)} />
    )
    await user.click(screen.getByTestId('add-estimatedLosses'))
    const row = screen.getByRole('group', { name: 'Frais ou perte 1' })
    const amount = within(row).getByLabelText('Montant estimé (€)')
    await user.clear(amount)
    await user.type(amount, '2 500,05')
    expect(latest.estimatedLosses[0]!.amountCents).toBe(250005)
    expect(within(row).getByText(/Compris : 2\s500,05\s€/)).toBeTruthy()
    expect(screen.getByTestId('losses-total').textContent).toMatch(/Total estimé : 2\s500,05\s€/)

    await user.type(amount, '9')
    expect(amount.getAttribute('aria-invalid')).toBe('true')
    expect(within(row).getByText(/Deux chiffres au plus après la virgule/)).toBeTruthy()
    // Unreadable text changes nothing.
    expect(latest.estimatedLosses[0]!.amountCents).toBe(250005)

    await user.clear(amount)
    expect(latest.estimatedLosses[0]!.amountCents).toBe(0)
    await user.type(amount, '1500.5')
    await user.tab()
    expect((amount as HTMLInputElement).value).toBe('1 500,50')
    expect(latest.estimatedLosses[0]!.amountCents).toBe(150050)
  })

  it('optional claim amounts are absent when cleared; English reads 1,500 as fifteen hundred', async () => {
    const user = userEvent.setup()
    let latest: Incident = empty
    const initial: Incident = {
      ...empty,
      thirdPartyClaims: [{ id: 'c1', claimant: 'Mme X', description: '', amountCents: 5000 }]
    }
    renderWithProviders(
      <Harness
        step={ConsequencesStep}
        initial={initial}
        language="en"
        onIncident={(incident) => (latest = incident)}
      />,
      'en'
    )
    const amount = within(screen.getByRole('group', { name: 'Claim 1' })).getByLabelText(
      'Amount asked (€) (optional)'
    )
    expect((amount as HTMLInputElement).value).toBe('50')
    await user.clear(amount)
    expect('amountCents' in latest.thirdPartyClaims[0]!).toBe(false)
    await user.type(amount, '1,500')
    expect(latest.thirdPartyClaims[0]!.amountCents).toBe(150000)
  })

  it('links an evidence row to a file attached to the incident, with its SHA-256', () => {
    const sha = 'ab'.repeat(32)
    let latest: Incident = empty
    const initial: Incident = { ...empty, evidence: [{ id: 'e1', label: '' }] }
    renderWithProviders(
      <Harness
        step={(props) => (
          <ConsequencesStep
            {...props}
            attachments={[
              {
                id: 'att-1',
                incidentId: 'i1',
                name: 'capture.png',
                type: 'image/png',
                size: 10,
                sha256: sha,
                addedAt: '2026-11-25T10:00:00Z'
              }
            ]}
          />
        )}
        initial={initial}
        onIncident={(incident) => (latest = incident)}
      />
    )
    fireEvent.change(screen.getByTestId('evidence-file'), { target: { value: 'att-1' } })
    expect(latest.evidence).toEqual([
      { id: 'e1', label: 'capture.png', attachmentId: 'att-1', sha256: sha }
    ])
    expect(screen.getByText(`Fichier joint, empreinte SHA-256 : ${sha}`)).toBeTruthy()
    fireEvent.change(screen.getByTestId('evidence-file'), { target: { value: '' } })
    expect(latest.evidence).toEqual([{ id: 'e1', label: 'capture.png' }])
  })

  it('shows a shared schema error next to the field of its row', () => {
    const initial: Incident = {
      ...empty,
      evidence: [
        { id: 'e1', label: 'Récépissé de plainte' },
        { id: 'e2', label: 'x'.repeat(301) }
      ]
    }
    renderWithProviders(<Harness step={ConsequencesStep} initial={initial} />)
    const first = within(screen.getByRole('group', { name: 'Pièce 1' })).getByLabelText(
      'Quelle pièce ?'
    )
    const second = within(screen.getByRole('group', { name: 'Pièce 2' })).getByLabelText(
      'Quelle pièce ?'
    )
    expect(first.getAttribute('aria-invalid')).not.toBe('true')
    expect(second.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/Texte trop long : 300 caractères au plus/)).toBeTruthy()
  })
})

describe('contact details and review', () => {
  afterEach(cleanup)

  it('opens the contact details and keeps an emptied one absent', async () => {
    const user = userEvent.setup()
    let latest: Incident = empty
    renderWithProviders(
      <Harness step={IncidentStep} onIncident={(incident) => (latest = incident)} />
    )
    const toggle = screen.getByTestId('toggle-contact')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    await user.type(await screen.findByLabelText('E-mail'), 'a@b.fr')
    await user.type(screen.getByLabelText('Qui répond aux questions sur cet incident ?'), 'DPO')
    expect(latest.insured).toMatchObject({ email: 'a@b.fr', dpoContact: 'DPO' })
    await user.clear(screen.getByLabelText('E-mail'))
    expect('email' in latest.insured).toBe(false)
  })

  it('is opened by a problem in it, so the error is never hidden', () => {
    const initial: Incident = { ...empty, insured: { ...empty.insured, phone: '0'.repeat(301) } }
    renderWithProviders(<Harness step={IncidentStep} initial={initial} />)
    expect(screen.getByTestId('toggle-contact').getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByLabelText('Téléphone').getAttribute('aria-invalid')).toBe('true')
  })

  it('summarises the new data in the review', () => {
    const incident: Incident = {
      ...empty,
      insured: { ...empty.insured, email: 'a@b.fr', dpoContact: 'Claire, 06 00 00 00 00' },
      measures: [{ id: 'm1', description: 'Mot de passe changé' }],
      parties: [{ id: 'p1', role: 'recipient', name: '' }],
      estimatedLosses: [
        { id: 'l1', kind: 'forensics', amountCents: 150050 },
        { id: 'l2', kind: 'device', amountCents: 99999 }
      ],
      evidence: [{ id: 'e1', label: 'Capture' }]
    }
    renderWithProviders(
      <ReviewStep
        incident={incident}
        problems={[]}
        policies={[]}
        filing={false}
        onFile={() => {}}
        onGoTo={() => {}}
      />
    )
    const review = screen.getByTestId('review-consequences')
    expect(review.textContent).toContain('Mot de passe changé')
    expect(review.textContent).toContain('(sans nom)')
    expect(review.textContent).toMatch(/Total estimé : 2\s500,49\s€/)
    expect(review.textContent).toContain('Capture')
    expect(screen.getByText('Contact pour l’incident : Claire, 06 00 00 00 00')).toBeTruthy()
  })
})
