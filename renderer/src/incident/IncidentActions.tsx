import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'

import type { Assessment } from '@shared/assessment'
import type { Incident, Lang } from '@shared/model'

import {
  closeIncident,
  deleteIncident,
  describeDbError,
  duplicateIncident,
  getIncident,
  reopenIncident,
  summarizeAssessment,
  undoDelete
} from '../db'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'
import { navigate } from '../navigation'
import { ConfirmDialog } from './ConfirmDialog'

/** How long the Undo of a delete stays on screen (the issue asks for at least 10 s). */
export const UNDO_WINDOW_MS = 15_000

type T = (key: MessageKey, params?: Record<string, string | number>) => string

function UndoMessage(props: { text: string; undoLabel: string; onUndo: () => void }) {
  const button = useRef<HTMLButtonElement>(null)
  // Keyboard users land on Undo at once instead of hunting for the notification.
  useEffect(() => button.current?.focus(), [])
  return (
    <Group gap="sm" justify="space-between" wrap="nowrap">
      <Text size="sm">{props.text}</Text>
      <Button
        size="compact-sm"
        variant="filled"
        onClick={props.onUndo}
        data-testid="undo-delete"
        ref={button}
      >
        {props.undoLabel}
      </Button>
    </Group>
  )
}

/** Deletes, then offers Undo in a notification; undoing brings the user back to the incident. */
export async function deleteWithUndo(
  incident: Pick<Incident, 'id' | 'reference'>,
  t: T,
  language: Lang
): Promise<void> {
  await deleteIncident(incident.id)
  const notificationId = `deleted-${incident.id}`
  const undo = async () => {
    notifications.hide(notificationId)
    try {
      await undoDelete(incident.id)
      notifications.show({
        color: 'teal',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.restored', { reference: incident.reference })
      })
      navigate({ name: 'incident', id: incident.id })
    } catch (error) {
      notifications.show({
        color: 'red',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.actionFailed', { message: describeDbError(error, language) })
      })
    }
  }
  notifications.show({
    id: notificationId,
    title: t('incident.deleted.title'),
    autoClose: UNDO_WINDOW_MS,
    withCloseButton: true,
    closeButtonProps: { 'aria-label': t('incident.notification.close') },
    message: (
      <UndoMessage
        text={t('incident.deleted.body', { reference: incident.reference })}
        undoLabel={t('incident.deleted.undo')}
        onUndo={() => void undo()}
      />
    )
  })
}

export function IncidentActions(props: { incident: Incident; assessment: Assessment | undefined }) {
  const { incident, assessment } = props
  const { t, language } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      notifications.show({
        color: 'red',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.actionFailed', { message: describeDbError(error, language) })
      })
    } finally {
      setBusy(false)
    }
  }

  const summary = assessment ? { assessment: summarizeAssessment(assessment) } : undefined

  const onDuplicate = () =>
    run(async () => {
      const copyId = await duplicateIncident(incident.id)
      const copy = await getIncident(copyId)
      notifications.show({
        color: 'teal',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.duplicated', { reference: copy?.incident.reference ?? '' })
      })
      navigate({ name: 'incident', id: copyId })
    })

  const onClose = () =>
    run(async () => {
      await closeIncident(incident.id, summary)
      notifications.show({
        color: 'teal',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.closed')
      })
    })

  const onReopen = () =>
    run(async () => {
      await reopenIncident(incident.id, summary)
      notifications.show({
        color: 'teal',
        closeButtonProps: { 'aria-label': t('incident.notification.close') },
        message: t('incident.reopened')
      })
    })

  const onConfirmDelete = () => {
    setConfirming(false)
    void run(async () => {
      await deleteWithUndo(incident, t, language)
      navigate({ name: 'register' })
    })
  }

  return (
    <>
      <Group gap="sm" role="group" aria-label={t('incident.actions.label')} wrap="wrap">
        <Button onClick={() => navigate({ name: 'edit', id: incident.id })} disabled={busy}>
          {incident.status === 'draft'
            ? t('incident.actions.continue')
            : t('incident.actions.edit')}
        </Button>
        <Button variant="default" onClick={() => void onDuplicate()} disabled={busy}>
          {t('incident.actions.duplicate')}
        </Button>
        {incident.status === 'open' ? (
          <Button variant="default" onClick={() => void onClose()} disabled={busy}>
            {t('incident.actions.close')}
          </Button>
        ) : null}
        {incident.status === 'closed' ? (
          <Button variant="default" onClick={() => void onReopen()} disabled={busy}>
            {t('incident.actions.reopen')}
          </Button>
        ) : null}
        <Button
          variant="outline"
          color="red.8"
          onClick={() => setConfirming(true)}
          disabled={busy}
          data-testid="delete-incident"
        >
          {t('incident.actions.delete')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('incident.delete.title')}
        body={t('incident.delete.body', { reference: incident.reference })}
        confirmLabel={t('incident.delete.confirm')}
        cancelLabel={t('incident.delete.cancel')}
        onConfirm={onConfirmDelete}
        onCancel={() => setConfirming(false)}
      />
    </>
  )
}
