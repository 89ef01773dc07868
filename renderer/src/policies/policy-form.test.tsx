import { cleanup, screen } from '@testing-library/react'
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
})
