/**
 * Back to the register from an incident shows the register kept while the incident was open
 * (App.tsx KeptRegister): the same list element, scrolled where the user left it, not a page
 * built again (issue 12: back at 100,000). Any other page lets it go.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'

import { polyfillMatchMedia, polyfillResizeObserver } from './components/render-with-providers'
import { listItem } from './register/list-item-fixture'
import type * as Start from './db/start'

const counts = { draft: 0, open: 100_000, closed: 0, deleted: 0, atRev: 1 }
const items = Array.from({ length: 40 }, (_, index) => listItem(index + 1))

vi.mock('./db/start', async (importOriginal) => ({
  ...(await importOriginal<typeof Start>()),
  liveCount: () => 100_000,
  useRegisterCounts: () => counts,
  usePrefetchIncidentList: () => undefined,
  useSetting: () => undefined,
  useRegisterList: () => ({ items, total: 100_000 })
}))
vi.mock('./incident/IncidentPage', () => ({
  IncidentPage: ({ id }: { id: string }) => <p data-testid="incident-stub">{id}</p>
}))
vi.mock('./intake/IntakePage', () => ({
  IntakePage: ({ id }: { id: string }) => <p data-testid="intake-stub">{id}</p>
}))

const { App } = await import('./App')

beforeAll(() => {
  polyfillMatchMedia()
  polyfillResizeObserver()
  // jsdom has no element scrolling: the list's scrollTo moves its scrollTop, as in a browser.
  Element.prototype.scrollTo ??= function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top
  }
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function go(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

const list = () => document.querySelector<HTMLElement>('[data-testid="register-scroll"]')

it('shows the same register, where it was scrolled, back from an incident; lets it go for another page', async () => {
  window.location.hash = '#/'
  render(<App initialLanguage="fr" database={{ ok: true }} />)
  await waitFor(() => expect(list()).not.toBeNull())
  const mounted = list()!
  mounted.scrollTop = 760
  mounted.dispatchEvent(new Event('scroll'))

  await go('#/incident/inc-1')
  expect(await screen.findByTestId('incident-stub')).toBeTruthy()
  // Kept, hidden: not shown beside the incident.
  expect(list()).toBe(mounted)
  expect(mounted.closest('[style*="display: none"]')).not.toBeNull()

  await go('#/')
  await waitFor(() => expect(screen.queryByTestId('incident-stub')).toBeNull())
  expect(list()).toBe(mounted)
  expect(mounted.closest('[style*="display: none"]')).toBeNull()
  expect(mounted.scrollTop).toBe(760)

  // An edit (or any page but an incident) does not keep it.
  await go('#/incident/inc-1/edit')
  expect(await screen.findByTestId('intake-stub')).toBeTruthy()
  expect(list()).toBeNull()
})
