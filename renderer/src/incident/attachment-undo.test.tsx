/**
 * Removing an attachment can be undone while the user stays on the incident; leaving it carries
 * out the removal (the register part is tested in db/encryption.node.test.ts).
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, expect, it, vi } from 'vitest'

import { renderWithProviders } from '../components/render-with-providers'
import type { AttachmentMeta } from '../db/types'
import { IncidentAttachments } from './IncidentAttachments'

const db = vi.hoisted(() => ({
  stageAttachmentRemoval: vi.fn(() => Promise.resolve()),
  undoAttachmentRemoval: vi.fn(() => Promise.resolve()),
  commitAttachmentRemovals: vi.fn(() => Promise.resolve([])),
  addAttachment: vi.fn(),
  getAttachmentBlob: vi.fn()
}))
vi.mock('../db', async (importOriginal) => ({ ...(await importOriginal()), ...db }))

afterEach(() => {
  cleanup()
  vi.clearAllMocks()
})

const file = (id: string, name: string, removedAt?: string): AttachmentMeta => ({
  id,
  incidentId: 'inc-1',
  name,
  type: 'text/plain',
  size: 12,
  sha256: 'ab'.repeat(32),
  addedAt: '2026-11-25T10:00:00Z',
  ...(removedAt !== undefined ? { removedAt } : {})
})

let setShown: (list: AttachmentMeta[]) => void = () => undefined

/** The incident page's part: the list comes from the register, here from the test. */
function Harness(props: { initial: AttachmentMeta[] }) {
  const [list, setList] = useState(props.initial)
  setShown = setList
  return (
    <IncidentAttachments incidentId="inc-1" attachments={list} timeZone="Europe/Paris" editable />
  )
}

it('stages a confirmed removal, offers the undo, and carries it out on leaving the incident', async () => {
  const view = renderWithProviders(
    <Harness initial={[file('a', 'constat.txt'), file('b', 'capture.png')]} />,
    'fr'
  )
  fireEvent.click(screen.getByRole('button', { name: 'Retirer capture.png' }))
  fireEvent.click(await screen.findByTestId('confirm-action'))
  await waitFor(() => expect(db.stageAttachmentRemoval).toHaveBeenCalledWith('b'))
  // The list the user sees after the register reports the staged removal.
  act(() => setShown([file('a', 'constat.txt'), file('b', 'capture.png', '2026-11-25T11:00:00Z')]))
  expect(screen.getByTestId('attachment-list').querySelectorAll('li')).toHaveLength(1)
  expect(screen.getByTestId('attachment-staged').textContent).toContain('capture.png')
  fireEvent.click(screen.getByRole('button', { name: 'Annuler le retrait de capture.png' }))
  await waitFor(() => expect(db.undoAttachmentRemoval).toHaveBeenCalledWith('b'))
  expect(db.commitAttachmentRemovals).not.toHaveBeenCalled()
  view.unmount()
  expect(db.commitAttachmentRemovals).toHaveBeenCalledWith('inc-1')
})
