/**
 * The bin (`#/bin`): deleted incidents, restorable until they are erased, by the user ("Erase
 * now") or automatically after the retention period. Erasure destroys the content, history,
 * attachments and draft journal and leaves a tombstone (id, revision, date).
 */
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'

import {
  DEFAULT_BIN_DAYS,
  describeDbError,
  purgeIncident,
  setSetting,
  undoDelete,
  useIncidentList,
  useSetting,
  type IncidentListItem
} from '../db'
import { ConfirmDialog } from '../incident/ConfirmDialog'
import { clearJournal } from '../intake/draft-journal'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'
import { useDisplayTimeZone } from '../register/use-display-time-zone'

const BIN_QUERY = { deleted: 'only', sort: { key: 'updatedAt', direction: 'desc' } } as const

export function BinPage() {
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const list = useIncidentList(BIN_QUERY)
  const days = useSetting('binRetentionDays') ?? DEFAULT_BIN_DAYS
  const [erasing, setErasing] = useState<IncidentListItem | null>(null)

  const report = (error: unknown) =>
    notifications.show({ color: 'red', message: describeDbError(error, language) })

  const erase = async (item: IncidentListItem) => {
    setErasing(null)
    try {
      await purgeIncident(item.id)
      clearJournal(item.id)
      notifications.show({ message: t('security.bin.erased', { reference: item.reference }) })
    } catch (error) {
      report(error)
    }
  }

  return (
    <Stack maw={900}>
      <Title order={2}>{t('security.bin.title')}</Title>
      <Text>{t('security.bin.intro', { days: String(days) })}</Text>
      <Alert color="blue">{t('security.bin.art33')}</Alert>
      <NumberInput
        label={t('security.bin.retention')}
        value={days}
        min={1}
        max={3650}
        maw={260}
        onChange={(value) => {
          if (typeof value === 'number' && Number.isInteger(value) && value >= 1) {
            void setSetting('binRetentionDays', value).catch(report)
          }
        }}
      />
      {list && list.total === 0 && <Text c="dimmed">{t('security.bin.empty')}</Text>}
      <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="bin-list">
        {list?.items.map((item) => (
          <Paper component="li" key={item.id} withBorder p="sm" data-testid="bin-item">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text fw={600}>
                  {item.reference} — {item.damaged ? t('security.damaged') : item.title}
                </Text>
                {item.deletedAt && (
                  <Text size="sm" c="dimmed">
                    {t('security.bin.deletedAt', {
                      date: formatDayTime(item.deletedAt, language, timeZone)
                    })}
                  </Text>
                )}
              </div>
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="default"
                  onClick={async () => {
                    try {
                      await undoDelete(item.id)
                      notifications.show({
                        message: t('security.bin.restored', { reference: item.reference })
                      })
                    } catch (error) {
                      report(error)
                    }
                  }}
                >
                  {t('security.bin.restore')}
                </Button>
                <Button color="red.8" onClick={() => setErasing(item)}>
                  {t('security.bin.erase')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ConfirmDialog
        opened={erasing !== null}
        title={t('security.bin.erase')}
        body={t('security.bin.eraseConfirm', { reference: erasing?.reference ?? '' })}
        confirmLabel={t('security.bin.erase')}
        cancelLabel={t('security.setup.cancel')}
        onConfirm={() => erasing && void erase(erasing)}
        onCancel={() => setErasing(null)}
      />
    </Stack>
  )
}
