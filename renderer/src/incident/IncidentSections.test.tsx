import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { renderWithProviders } from '../components/render-with-providers'
import type { HistoryEntry } from '../db/types'
import { IncidentHistory } from './IncidentHistory'
import { IncidentTimeline } from './IncidentTimeline'

afterEach(cleanup)

describe('IncidentTimeline', () => {
  it('draws the events oldest first, in the user’s zone, whatever order they were typed in', () => {
    renderWithProviders(
      <IncidentTimeline
        events={[
          { id: 'b', kind: 'aware', at: '2026-02-11T10:00:00+01:00' },
          { id: 'a', kind: 'occurred', at: '2026-02-10T18:40:00+01:00', note: 'Dans le TGV' },
          { id: 'c', kind: 'authority_notified', at: '2026-03-01T09:00:00Z' }
        ]}
        timeZone="America/Montreal"
        nowMs={Date.parse('2026-02-20T00:00:00Z')}
      />,
      'en'
    )
    const items = within(screen.getByTestId('incident-timeline')).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Incident occurred10 Feb 2026, 12:40Dans le TGV',
      'Became aware of the breach11 Feb 2026, 04:00',
      'Supervisory authority notified1 Mar 2026, 04:00'
    ])
    expect(screen.getByText('Times shown in your time zone: America/Montreal')).toBeTruthy()
  })

  it('says so when no date was entered', () => {
    renderWithProviders(<IncidentTimeline events={[]} timeZone="Europe/Paris" nowMs={0} />, 'fr')
    expect(screen.getByText('Aucune date saisie pour l’instant.')).toBeTruthy()
  })
})

describe('IncidentHistory', () => {
  const entries: HistoryEntry[] = [
    {
      id: 1,
      incidentId: 'x',
      kind: 'created',
      at: '2026-02-11T09:00:00Z',
      lastAt: '2026-02-11T09:00:00Z',
      changes: []
    },
    {
      id: 2,
      incidentId: 'x',
      kind: 'edited',
      at: '2026-02-11T10:00:00Z',
      lastAt: '2026-02-11T10:00:40Z',
      changes: [
        { path: 'title', before: 'Portable perdu', after: 'Portable oublié dans le TGV' },
        { path: 'timeline[2].at', after: '2026-02-11T10:00:00Z' }
      ]
    }
  ]

  it('lists what changed and when, newest first, with the field in words', () => {
    renderWithProviders(<IncidentHistory entries={entries} timeZone="Europe/Paris" />, 'fr')
    const items = within(screen.getByTestId('incident-history')).getAllByRole('listitem', {
      hidden: false
    })
    const top = items[0]!
    expect(top.dataset.kind).toBe('edited')
    expect(top.textContent).toContain('Modification')
    expect(top.textContent).toContain('11 févr. 2026, 11:00')
    expect(top.textContent).toContain('jusqu’au 11 févr. 2026, 11:00')
    expect(top.textContent).toContain('Titre')
    expect(top.textContent).toContain('Portable perdu')
    expect(top.textContent).toContain('Portable oublié dans le TGV')
    // The field and the value in words, the instant in the user's zone: no raw path or ISO.
    expect(top.textContent).toContain('Chronologie · n° 3 · date et heure')
    expect(top.textContent).not.toContain('timeline[2]')
    expect(top.textContent).not.toContain('2026-02-11T10:00:00Z')
    expect(top.textContent).toContain('(vide)')
    expect(items.at(-1)!.dataset.kind).toBe('created')
  })
})
