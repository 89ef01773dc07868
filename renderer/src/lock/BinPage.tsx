/**
 * The bin (`#/bin`): deleted incidents, restorable until they are erased, by the user ("Erase
 * now") or automatically after the retention period (set in #/settings). Erasure destroys the
 * content, history, attachments and draft journal and leaves a tombstone (id, revision, date)
 * and, if the user so chooses, the Art. 33(5) register entry, sealed; the kept entries are
 * listed below the bin.
 */
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Title
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'

import {
  DEFAULT_BIN_DAYS,
  describeDbError,
  listKeptArt33Entries,
  purgeIncident,
  undoDelete,
  useIncidentList,
  useSetting,
  type Art33Entry,
  type IncidentListItem
} from '../db'
import { clearJournal } from '../intake/draft-journal'
import { routeToHash } from '../navigation'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'
import { useDisplayTimeZone } from '../register/use-display-time-zone'

type KeptEntry = { id: string; erasedAt: string; entry?: Art33Entry; damaged?: boolean }

const BIN_QUERY = { deleted: 'only', sort: { key: 'updatedAt', direction: 'desc' } } as const

export function BinPage() {
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const list = useIncidentList(BIN_QUERY)
  const days = useSetting('binRetentionDays') ?? DEFAULT_BIN_DAYS
  const [erasing, setErasing] = useState<IncidentListItem | null>(null)
  const [keepEntry, setKeepEntry] = useState(true)
  const [kept, setKept] = useState<KeptEntry[]>([])
  const binSize = list?.total

  const report = (error: unknown) =>
    notifications.show({ color: 'red', message: describeDbError(error, language) })

  // Re-read after every change of the bin (an erasure makes it smaller).
  useEffect(() => {
    let live = true
    listKeptArt33Entries()
      .then((entries) => live && setKept(entries))
      .catch(() => live && setKept([]))
    return () => {
      live = false
    }
  }, [binSize])

  const erase = async (item: IncidentListItem) => {
    setErasing(null)
    try {
      await purgeIncident(item.id, { keepArt33Entry: keepEntry })
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
      <Anchor href={routeToHash({ name: 'settings' })} w="fit-content">
        {t('security.bin.settingsLink')}
      </Anchor>
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
      {kept.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="bin-kept-title">
          <Title order={3} id="bin-kept-title">
            {t('security.bin.kept.title')}
          </Title>
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {kept.map((row) => (
              <Text component="li" key={row.id} size="sm" data-testid="kept-entry">
                {row.entry ? `${row.entry.reference} — ${row.entry.title}` : t('security.damaged')}
                {' · '}
                {t('security.bin.kept.erasedAt', {
                  date: formatDayTime(row.erasedAt, language, timeZone)
                })}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
      <Modal
        opened={erasing !== null}
        onClose={() => setErasing(null)}
        title={t('security.bin.erase')}
        centered
        returnFocus
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('security.bin.eraseConfirm', { reference: erasing?.reference ?? '' })}
          </Text>
          <Checkbox
            label={t('security.erase.keep')}
            description={t('security.erase.keptFields')}
            checked={keepEntry}
            onChange={(event) => setKeepEntry(event.currentTarget.checked)}
            data-testid="erase-keep-art33"
          />
          <Group justify="flex-end" mt="sm" gap="sm">
            <Button variant="default" onClick={() => setErasing(null)} data-autofocus>
              {t('security.setup.cancel')}
            </Button>
            <Button
              color="red.8"
              onClick={() => erasing && void erase(erasing)}
              data-testid="confirm-action"
            >
              {t('security.bin.erase')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
