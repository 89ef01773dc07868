import {
  Alert,
  Button,
  Code,
  CopyButton,
  FileButton,
  Group,
  Paper,
  Stack,
  Text,
  Title
} from '@mantine/core'
import { useEffect, useState } from 'react'
import type { DragEvent } from 'react'

import {
  MAX_ATTACHMENT_BYTES,
  addAttachment,
  commitAttachmentRemovals,
  describeDbError,
  getAttachmentBlob,
  stageAttachmentRemoval,
  undoAttachmentRemoval
} from '../db'
import type { AttachmentMeta } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { getBridge } from '../platform/bridge'
import { formatBytes, formatDayTime } from '../register/format'
import { ConfirmDialog } from './ConfirmDialog'

type Problem = { id: number; text: string }

let problemId = 0

/**
 * Evidence files: add (button or drag and drop), save a copy, remove; each with its SHA-256,
 * computed by the database layer before storing, shown in full so it can be compared with the
 * hash quoted in a claim or a police complaint. A removal can be undone until the user leaves
 * the incident: the file and the evidence rows' link to it stay until then (the next start or
 * unlock carries out a removal left pending).
 */
export function IncidentAttachments(props: {
  incidentId: string
  attachments: readonly AttachmentMeta[] | undefined
  timeZone: string
  /** False for a deleted incident: the register refuses new evidence on it. */
  editable: boolean
}) {
  const { incidentId, attachments, timeZone, editable } = props
  const { t, language } = useI18n()
  const [status, setStatus] = useState('')
  const [problems, setProblems] = useState<Problem[]>([])
  const [dragging, setDragging] = useState(false)
  const [removing, setRemoving] = useState<AttachmentMeta | null>(null)
  const max = formatBytes(MAX_ATTACHMENT_BYTES, language)
  const shown = attachments?.filter((attachment) => attachment.removedAt === undefined)
  const staged = attachments?.filter((attachment) => attachment.removedAt !== undefined) ?? []

  // Leaving the incident carries out the removals the user did not undo.
  useEffect(
    () => () => {
      commitAttachmentRemovals(incidentId).catch(() => {
        // Locked or closed meanwhile: done at the next start or unlock.
      })
    },
    [incidentId]
  )

  const report = (text: string) => setProblems((list) => [...list, { id: ++problemId, text }])

  const addFiles = async (files: readonly File[]) => {
    setProblems([])
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        // Checked before reading the file: a 2 GB video must not freeze the window.
        report(
          t('incident.attachments.tooLarge', {
            name: file.name,
            size: formatBytes(file.size, language),
            max
          })
        )
        continue
      }
      setStatus(t('incident.attachments.adding', { name: file.name }))
      try {
        await addAttachment(incidentId, file)
        setStatus(t('incident.attachments.added', { name: file.name }))
      } catch (error) {
        setStatus('')
        report(
          t('incident.attachments.failed', {
            name: file.name,
            message: describeDbError(error, language)
          })
        )
      }
    }
  }

  const download = async (attachment: AttachmentMeta) => {
    try {
      const blob = await getAttachmentBlob(attachment.id)
      if (blob === undefined) throw new Error(attachment.name)
      const bytes = new Uint8Array(await blob.arrayBuffer())
      const result = await getBridge().saveFile({
        suggestedName: attachment.name,
        mimeType: attachment.type,
        bytes
      })
      if (result.status === 'error') {
        report(t('incident.attachments.saveFailed', { message: result.message }))
      }
    } catch (error) {
      report(t('incident.attachments.saveFailed', { message: describeDbError(error, language) }))
    }
  }

  const confirmRemove = async () => {
    const attachment = removing
    setRemoving(null)
    if (attachment === null) return
    try {
      await stageAttachmentRemoval(attachment.id)
      setStatus(t('incident.attachments.removed', { name: attachment.name }))
    } catch (error) {
      report(t('incident.actionFailed', { message: describeDbError(error, language) }))
    }
  }

  const undoRemove = async (attachment: AttachmentMeta) => {
    try {
      await undoAttachmentRemoval(attachment.id)
      setStatus(t('security.attachments.restored', { name: attachment.name }))
    } catch (error) {
      report(t('incident.actionFailed', { message: describeDbError(error, language) }))
    }
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    if (!editable) return
    void addFiles(Array.from(event.dataTransfer.files))
  }

  return (
    <Stack component="section" aria-labelledby="incident-attachments-title" gap="sm">
      <Title order={3} id="incident-attachments-title">
        {t('incident.section.attachments')}
      </Title>

      {editable ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="attachment-dropzone"
          style={{
            borderStyle: 'dashed',
            borderWidth: 2,
            borderColor: dragging ? 'var(--mantine-color-indigo-7)' : undefined,
            background: dragging ? 'var(--mantine-color-indigo-0)' : undefined
          }}
        >
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('incident.attachments.drop', { max })}</Text>
            <FileButton
              multiple
              onChange={(files) => void addFiles(files)}
              inputProps={{
                'aria-label': t('incident.attachments.inputLabel'),
                // @ts-expect-error data attributes are valid on the hidden input
                'data-testid': 'attachment-input'
              }}
            >
              {(buttonProps) => (
                <Button {...buttonProps} variant="default">
                  {t('incident.attachments.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
      ) : null}

      <Text size="sm" role="status" aria-live="polite" data-testid="attachment-status">
        {status}
      </Text>
      {problems.map((problem) => (
        <Alert key={problem.id} color="red" role="alert" p="xs">
          <Text size="sm">{problem.text}</Text>
        </Alert>
      ))}

      {staged.map((attachment) => (
        <Alert key={attachment.id} color="gray" p="xs" data-testid="attachment-staged">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('security.attachments.staged', { name: attachment.name })}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => void undoRemove(attachment)}
              aria-label={t('security.attachments.undo', { name: attachment.name })}
              style={{ flexShrink: 0 }}
            >
              {t('security.attachments.undoShort')}
            </Button>
          </Group>
        </Alert>
      ))}

      {shown === undefined ? null : shown.length === 0 ? (
        <Text size="sm">{t('incident.attachments.empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="attachment-list"
        >
          {shown.map((attachment) => (
            <Paper component="li" key={attachment.id} withBorder p="xs" data-name={attachment.name}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
                    {attachment.name}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {t('incident.attachments.meta', {
                      size: formatBytes(attachment.size, language),
                      date: formatDayTime(attachment.addedAt, language, timeZone)
                    })}
                  </Text>
                </Stack>
                <Group gap={6} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => void download(attachment)}
                    aria-label={t('incident.attachments.download', { name: attachment.name })}
                  >
                    {t('incident.attachments.download', { name: '' }).trim()}
                  </Button>
                  {editable ? (
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      onClick={() => setRemoving(attachment)}
                      aria-label={t('incident.attachments.remove', { name: attachment.name })}
                    >
                      {t('incident.attachments.remove', { name: '' }).trim()}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              <Group gap={6} mt={6} wrap="nowrap" align="center">
                <Text size="xs" fw={600} style={{ flexShrink: 0 }}>
                  {t('incident.attachments.sha256')}
                </Text>
                <Code
                  data-testid="attachment-sha256"
                  style={{ wordBreak: 'break-all', userSelect: 'all', fontSize: 12 }}
                >
                  {attachment.sha256}
                </Code>
                <CopyButton value={attachment.sha256}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={copy}
                      aria-label={t('incident.attachments.copy', { name: attachment.name })}
                      style={{ flexShrink: 0 }}
                    >
                      {copied
                        ? t('incident.attachments.copied')
                        : t('incident.attachments.copyShort')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}

      <ConfirmDialog
        opened={removing !== null}
        title={t('incident.attachments.remove', { name: removing?.name ?? '' })}
        body={removing ? `${removing.name} · SHA-256 ${removing.sha256}` : ''}
        confirmLabel={t('incident.attachments.remove', { name: '' }).trim()}
        cancelLabel={t('incident.delete.cancel')}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  )
}
