import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { renderWithProviders } from '../components/render-with-providers'
import { PolicyForm } from './PolicyForm'

describe('PolicyForm', () => {
  afterEach(cleanup)

  it('refuses what the shared schema refuses, in the user’s language, and submits nothing', async () => {
    const onSubmit = vi.fn()
    renderWithProviders(<PolicyForm onSubmit={onSubmit} onCancel={() => {}} />, 'fr')
    await userEvent.type(screen.getByLabelText(/^Assureur/), 'MMA')
    await userEvent.type(screen.getByLabelText(/^Numéro de contrat/), 'RC-1')
    // Enter while the field has focus: Mantine only clamps to max=365 on blur.
    await userEvent.type(screen.getByLabelText(/^Délai de déclaration de sinistre/), '400{Enter}')
    expect(onSubmit).not.toHaveBeenCalled()
    expect(await screen.findByText('La valeur doit être inférieure ou égale à 365.')).toBeTruthy()
  })

  it('refuses a period date typed with a two-digit year (0026), under its own field', async () => {
    const onSubmit = vi.fn()
    renderWithProviders(<PolicyForm onSubmit={onSubmit} onCancel={() => {}} />, 'fr')
    fireEvent.change(screen.getByLabelText(/^Assureur/), { target: { value: 'MMA' } })
    const start = screen.getByLabelText('Début de la période d’assurance')
    fireEvent.change(start, { target: { value: '0026-01-01' } })
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le contrat' }))
    const error = await screen.findByText(/l’année doit être comprise entre 1970 et 2100/)
    expect(start.getAttribute('aria-describedby') ?? '').toContain(error.id)
    expect(onSubmit).not.toHaveBeenCalled()
  })
})

describe('PolicyForm, model v2', () => {
  afterEach(cleanup)

  it('saves with only the insurer and the kind: the contract number can come later', async () => {
    const onSubmit = vi.fn()
    renderWithProviders(<PolicyForm onSubmit={onSubmit} onCancel={() => {}} />, 'fr')
    fireEvent.change(screen.getByLabelText(/^Assureur/), { target: { value: 'MMA' } })
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le contrat' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      kind: 'rc_pro',
      insurer: 'MMA',
      policyNumber: '',
      confidentialityClause: 'unknown',
      exclusions: []
    })
  })

  it('records each exclusion in three states and the contract’s clauses, asked per kind', async () => {
    const onSubmit = vi.fn()
    renderWithProviders(<PolicyForm onSubmit={onSubmit} onCancel={() => {}} />, 'fr')
    fireEvent.change(screen.getByLabelText(/^Assureur/), { target: { value: 'Hiscox' } })
    const ransom = screen.getByTestId('policy-exclusion-ransom')
    fireEvent.click(within(ransom).getByLabelText('Dans le contrat'))
    const cyber = screen.getByTestId('policy-exclusion-cyber')
    fireEvent.click(within(cyber).getByLabelText('Pas dans le contrat'))
    // RC Pro: claims-made and documents entrusted are asked.
    fireEvent.click(within(screen.getByTestId('policy-claimsMade')).getByLabelText('Oui'))
    fireEvent.click(
      within(screen.getByTestId('policy-entrustedDocumentsCover')).getByLabelText('Non')
    )
    fireEvent.change(screen.getByLabelText('Courtier ou agent'), { target: { value: 'Cabinet B' } })
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le contrat' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      exclusions: ['ransom'],
      exclusionsAbsent: ['cyber'],
      claimsMade: 'yes',
      entrustedDocumentsCover: 'no',
      broker: 'Cabinet B'
    })
    expect(onSubmit.mock.calls[0]![0]).not.toHaveProperty('ownLossCover')
  })

  it('asks a property policy about own losses from an attack, not about claims-made cover', () => {
    renderWithProviders(
      <PolicyForm
        policy={{
          id: 'p1',
          kind: 'property',
          insurer: 'AXA',
          policyNumber: '',
          confidentialityClause: 'unknown',
          exclusions: ['unattended_device_theft'],
          exclusionsAbsent: ['lack_of_security'],
          ownLossCover: 'unknown'
        }}
        onSubmit={() => {}}
        onCancel={() => {}}
      />,
      'fr'
    )
    expect(screen.queryByTestId('policy-claimsMade')).toBeNull()
    const own = screen.getByTestId('policy-ownLossCover')
    expect((within(own).getByLabelText('Je ne sais pas') as HTMLInputElement).checked).toBe(true)
    const theft = screen.getByTestId('policy-exclusion-unattended_device_theft')
    expect((within(theft).getByLabelText('Dans le contrat') as HTMLInputElement).checked).toBe(true)
    const security = screen.getByTestId('policy-exclusion-lack_of_security')
    expect(
      (within(security).getByLabelText('Pas dans le contrat') as HTMLInputElement).checked
    ).toBe(true)
    const ransom = screen.getByTestId('policy-exclusion-ransom')
    expect((within(ransom).getByLabelText('Pas encore vérifié') as HTMLInputElement).checked).toBe(
      true
    )
  })
})
