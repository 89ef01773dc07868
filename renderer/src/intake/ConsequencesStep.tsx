import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title
} from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { LossKindSchema, PartyRoleSchema } from '@shared/model'

import { DateTimeField } from '../components/DateTimeField'
import type { AttachmentMeta } from '../db/types'
import { displayEuros } from '../components/euro-amount'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'
import { EuroAmountField } from './EuroAmountField'
import { problemAt } from './field-errors'
import { optionalText } from './incident-updates'
import type { IncidentUpdate } from './incident-updates'
import { addRow, blankRow, insertRow, removeRow, totalLossCents, updateRow } from './row-updates'
import type { RowList, RowOf } from './row-updates'
import type { StepProps } from './step-props'

/**
 * Step "Consequences and measures": the repeatable rows the claim declaration and the register
 * need (measures taken, parties, third-party claims, estimated losses, evidence). Each row is a
 * fieldset whose legend ("Claim 2") tells screen readers which row a field belongs to; adding a
 * row puts the focus in its first field, removing one puts it back on the section's add button.
 */
export function ConsequencesStep({
  incident,
  onChange,
  problems,
  attachments = []
}: StepProps & { attachments?: readonly AttachmentMeta[] }) {
  const { t, language } = useI18n()
  const focusAfterRender = useRef<{ rowId?: string; addButton?: RowList }>({})
  const sectionRefs = useRef(new Map<RowList, HTMLElement>())
  // The last removed row, offered back until another row is added or removed.
  const [removed, setRemoved] = useState<{
    list: RowList
    label: string
    rowId: string
    restore: IncidentUpdate
  }>()

  useEffect(() => {
    const { rowId, addButton } = focusAfterRender.current
    if (rowId) {
      const row = [...document.querySelectorAll<HTMLElement>('[data-row-id]')].find(
        (element) => element.dataset['rowId'] === rowId
      )
      // Another render (the save status) can come before the one with the new row: keep the
      // request until the row is there, or the focus is lost on a busy machine.
      if (!row) return
      focusAfterRender.current = {}
      row.querySelector<HTMLElement>('input, select, textarea')?.focus()
    } else if (addButton) {
      focusAfterRender.current = {}
      sectionRefs.current.get(addButton)?.querySelector<HTMLElement>('[data-add-row]')?.focus()
    }
  })

  const problem = (list: RowList, id: string, field: string) =>
    problemAt(problems, `${list}.${id}.${field}`)
  const edit = (update: IncidentUpdate) => onChange(update)

  function section<K extends RowList>(
    list: K,
    keys: { heading: MessageKey; help: MessageKey; row: MessageKey; add: MessageKey },
    renderRow: (row: RowOf<K>) => ReactNode,
    footer?: ReactNode
  ) {
    const rows = incident[list] as readonly RowOf<K>[]
    return (
      <Stack
        gap="sm"
        component="section"
        aria-labelledby={`rows-${list}-heading`}
        ref={(element: HTMLElement | null) => {
          if (element) sectionRefs.current.set(list, element)
          else sectionRefs.current.delete(list)
        }}
        data-testid={`rows-${list}`}
      >
        <Title order={4} size="h4" id={`rows-${list}-heading`}>
          {t(keys.heading)}
        </Title>
        <Text size="sm">{t(keys.help)}</Text>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('intake.rows.none')}
          </Text>
        ) : (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rows.map((row, index) => {
              const label = t(keys.row, { n: index + 1 })
              return (
                <li key={row.id} data-row-id={row.id}>
                  <Fieldset legend={label} data-testid={`row-${list}`}>
                    <Stack gap="xs">
                      {renderRow(row)}
                      <Group justify="flex-end">
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={t('intake.rows.remove', { row: label })}
                          onClick={() => {
                            focusAfterRender.current = { addButton: list }
                            setRemoved({
                              list,
                              label,
                              rowId: row.id,
                              restore: insertRow(list, row, index)
                            })
                            edit(removeRow(list, row.id))
                          }}
                        >
                          {t('intake.rows.remove', { row: label })}
                        </Button>
                      </Group>
                    </Stack>
                  </Fieldset>
                </li>
              )
            })}
          </Stack>
        )}
        {footer}
        <Group gap="sm">
          <Text size="sm" role="status">
            {removed?.list === list ? t('intake.rows.removed', { row: removed.label }) : ''}
          </Text>
          {removed?.list === list && (
            <Button
              variant="default"
              size="compact-sm"
              data-testid={`restore-${list}`}
              onClick={() => {
                focusAfterRender.current = { rowId: removed.rowId }
                setRemoved(undefined)
                edit(removed.restore)
              }}
            >
              {t('intake.rows.restore', { row: removed.label })}
            </Button>
          )}
        </Group>
        <Group>
          <Button
            variant="light"
            data-add-row
            data-testid={`add-${list}`}
            onClick={() => {
              const row = blankRow(list)
              focusAfterRender.current = { rowId: row.id }
              setRemoved(undefined)
              edit(addRow(list, row))
            }}
          >
            {t(keys.add)}
          </Button>
        </Group>
      </Stack>
    )
  }

  const total = totalLossCents(incident)

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={3} size="h3">
          {t('intake.consequences.heading')}
        </Title>
        <Text size="sm">{t('intake.consequences.help')}</Text>
        <Text size="sm">{t('intake.timeline.zone', { zone: incident.timeZone })}</Text>
      </Stack>

      {section(
        'measures',
        {
          heading: 'intake.measures.heading',
          help: 'intake.measures.help',
          row: 'intake.measures.row',
          add: 'intake.measures.add'
        },
        (row) => (
          <>
            <Textarea
              label={t('intake.measures.description')}
              value={row.description}
              onChange={(event) =>
                edit(updateRow('measures', row.id, { description: event.currentTarget.value }))
              }
              error={problem('measures', row.id, 'description')}
              autosize
              minRows={2}
            />
            <DateTimeField
              label={`${t('intake.measures.at')} (${t('intake.optional')})`}
              value={row.at}
              timeZone={incident.timeZone}
              onChange={(at) => edit(updateRow('measures', row.id, { at }))}
              error={problem('measures', row.id, 'at')}
            />
          </>
        )
      )}

      {section(
        'parties',
        {
          heading: 'intake.parties.heading',
          help: 'intake.parties.help',
          row: 'intake.parties.row',
          add: 'intake.parties.add'
        },
        (row) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('intake.parties.role')}
              value={row.role}
              data={PartyRoleSchema.options.map((role) => ({
                value: role,
                label: t(`intake.partyRole.${role}`)
              }))}
              onChange={(event) => {
                const parsed = PartyRoleSchema.safeParse(event.currentTarget.value)
                if (parsed.success) edit(updateRow('parties', row.id, { role: parsed.data }))
              }}
              error={problem('parties', row.id, 'role')}
            />
            <TextInput
              label={t('intake.parties.name')}
              value={row.name}
              onChange={(event) =>
                edit(updateRow('parties', row.id, { name: event.currentTarget.value }))
              }
              error={problem('parties', row.id, 'name')}
            />
            <TextInput
              label={`${t('intake.parties.contact')} (${t('intake.optional')})`}
              value={row.contact ?? ''}
              onChange={(event) =>
                edit(
                  updateRow('parties', row.id, {
                    contact: optionalText(event.currentTarget.value)
                  })
                )
              }
              error={problem('parties', row.id, 'contact')}
            />
            <TextInput
              label={`${t('intake.parties.note')} (${t('intake.optional')})`}
              value={row.note ?? ''}
              onChange={(event) =>
                edit(
                  updateRow('parties', row.id, { note: optionalText(event.currentTarget.value) })
                )
              }
              error={problem('parties', row.id, 'note')}
            />
          </SimpleGrid>
        )
      )}

      {section(
        'thirdPartyClaims',
        {
          heading: 'intake.claims.heading',
          help: 'intake.claims.help',
          row: 'intake.claims.row',
          add: 'intake.claims.add'
        },
        (row) => (
          <>
            <TextInput
              label={t('intake.claims.claimant')}
              value={row.claimant}
              onChange={(event) =>
                edit(updateRow('thirdPartyClaims', row.id, { claimant: event.currentTarget.value }))
              }
              error={problem('thirdPartyClaims', row.id, 'claimant')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateTimeField
                label={`${t('intake.claims.receivedAt')} (${t('intake.optional')})`}
                value={row.receivedAt}
                timeZone={incident.timeZone}
                onChange={(receivedAt) =>
                  edit(updateRow('thirdPartyClaims', row.id, { receivedAt }))
                }
                error={problem('thirdPartyClaims', row.id, 'receivedAt')}
              />
              <EuroAmountField
                label={`${t('intake.claims.amount')} (${t('intake.optional')})`}
                value={row.amountCents}
                onChange={(amountCents) =>
                  edit(updateRow('thirdPartyClaims', row.id, { amountCents }))
                }
                error={problem('thirdPartyClaims', row.id, 'amountCents')}
              />
            </SimpleGrid>
            <Textarea
              label={t('intake.claims.description')}
              value={row.description}
              onChange={(event) =>
                edit(
                  updateRow('thirdPartyClaims', row.id, {
                    description: event.currentTarget.value
                  })
                )
              }
              error={problem('thirdPartyClaims', row.id, 'description')}
              autosize
              minRows={2}
            />
          </>
        )
      )}

      {section(
        'estimatedLosses',
        {
          heading: 'intake.losses.heading',
          help: 'intake.losses.help',
          row: 'intake.losses.row',
          add: 'intake.losses.add'
        },
        (row) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('intake.losses.kind')}
                value={row.kind}
                data={LossKindSchema.options.map((kind) => ({
                  value: kind,
                  label: t(`intake.lossKind.${kind}`)
                }))}
                onChange={(event) => {
                  const parsed = LossKindSchema.safeParse(event.currentTarget.value)
                  if (parsed.success) {
                    edit(updateRow('estimatedLosses', row.id, { kind: parsed.data }))
                  }
                }}
                error={problem('estimatedLosses', row.id, 'kind')}
              />
              <EuroAmountField
                label={t('intake.losses.amount')}
                description={t('intake.losses.amount.help')}
                value={row.amountCents}
                required
                onChange={(amountCents) =>
                  edit(updateRow('estimatedLosses', row.id, { amountCents: amountCents ?? 0 }))
                }
                error={problem('estimatedLosses', row.id, 'amountCents')}
              />
            </SimpleGrid>
            <TextInput
              label={`${t('intake.losses.description')} (${t('intake.optional')})`}
              value={row.description ?? ''}
              onChange={(event) =>
                edit(
                  updateRow('estimatedLosses', row.id, {
                    description: optionalText(event.currentTarget.value)
                  })
                )
              }
              error={problem('estimatedLosses', row.id, 'description')}
            />
          </>
        ),
        incident.estimatedLosses.length > 0 && (
          <Text fw={600} data-testid="losses-total">
            {t('intake.losses.total', { amount: displayEuros(total, language) })}
          </Text>
        )
      )}

      {section(
        'evidence',
        {
          heading: 'intake.evidence.heading',
          help: 'intake.evidence.help',
          row: 'intake.evidence.row',
          add: 'intake.evidence.add'
        },
        (row) => (
          <>
            <TextInput
              label={t('intake.evidence.label')}
              value={row.label}
              onChange={(event) =>
                edit(updateRow('evidence', row.id, { label: event.currentTarget.value }))
              }
              error={problem('evidence', row.id, 'label')}
            />
            {(attachments.length > 0 || row.attachmentId) && (
              <NativeSelect
                label={`${t('intake.evidence.file')} (${t('intake.optional')})`}
                description={t('intake.evidence.file.help')}
                value={row.attachmentId ?? ''}
                data={[
                  { value: '', label: t('intake.evidence.file.none') },
                  ...attachments.map((file) => ({
                    value: file.id,
                    label: `${file.name} (${file.sha256.slice(0, 12)}…)`
                  })),
                  ...(row.attachmentId && !attachments.some((f) => f.id === row.attachmentId)
                    ? [{ value: row.attachmentId, label: t('intake.evidence.file.missing') }]
                    : [])
                ]}
                onChange={(event) => {
                  const file = attachments.find((f) => f.id === event.currentTarget.value)
                  edit(
                    updateRow('evidence', row.id, {
                      attachmentId: file?.id,
                      sha256: file?.sha256,
                      // The file's name is a good start for a label not written yet.
                      ...(file && row.label.trim() === '' ? { label: file.name } : {})
                    })
                  )
                }}
                error={problem('evidence', row.id, 'attachmentId')}
                data-testid="evidence-file"
              />
            )}
            {row.sha256 && (
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {t('intake.evidence.sha256', { sha: row.sha256 })}
              </Text>
            )}
          </>
        )
      )}
    </Stack>
  )
}
