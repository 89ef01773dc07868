import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { renderWithProviders } from '../components/render-with-providers'
import { RegisterFilterBar } from './RegisterFilterBar'
import { EMPTY_FILTERS } from './register-filters'
import type { RegisterFilters } from './register-filters'

afterEach(cleanup)

const noop = () => {}

function renderBar(filters: RegisterFilters) {
  return renderWithProviders(
    <RegisterFilterBar
      filters={filters}
      onFiltersChange={noop}
      sort="deadline"
      onSortChange={noop}
    />,
    'fr'
  )
}

const dateFieldTypes = (container: HTMLElement) =>
  ['filter-from', 'filter-to'].map(
    (testId) => container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)?.type
  )

describe('RegisterFilterBar', () => {
  // Must run first in this file: the first frame of the page is what it is about.
  it('draws empty date filters as text boxes in the register first frame, date fields after it', async () => {
    const empty = renderBar(EMPTY_FILTERS).container
    const set = renderBar({ ...EMPTY_FILTERS, from: '2026-11-01' }).container
    // Committed, not painted: no date field (its locale data) in front of the first rows...
    expect(dateFieldTypes(empty)).toEqual(['search', 'search'])
    // ...unless a date is set: it is shown as the date field it is.
    expect(dateFieldTypes(set)).toEqual(['date', 'date'])
    await waitFor(() => expect(dateFieldTypes(empty)).toEqual(['date', 'date']))
    // The labels name the fields all along.
    expect(screen.getAllByLabelText('Survenu à partir du')).toHaveLength(2)
  })

  it('draws date fields at once once a frame of the register was painted', () => {
    const { container } = renderBar(EMPTY_FILTERS)
    expect(dateFieldTypes(container)).toEqual(['date', 'date'])
  })
})
