/**
 * The in-app reminders of DeadlineWatch (./DeadlineWatch.tsx), in their own chunk: fetched when
 * the first reminder is shown, so Mantine's Alert is not on the way to the first screen.
 */
import { Alert, Anchor, Stack, Text } from '@mantine/core'

import { formatDateTime } from '../components/zoned-time'
import { useI18n } from '../i18n/I18nProvider'
import { routeToHash } from '../navigation'
import type { DueItem, Reminder } from './deadline-reminders'

export function DeadlineBanners(props: {
  banners: readonly Reminder[]
  describe: (item: DueItem) => string
  timeZone: string
  onDismiss: (key: string) => void
}) {
  const { t, language } = useI18n()
  return (
    <Stack gap="xs" mb="md" data-testid="deadline-reminders">
      {props.banners.map((reminder) => (
        <Alert
          key={reminder.key}
          color="orange"
          variant="outline"
          role="alert"
          withCloseButton
          closeButtonLabel={t('reminders.dismiss')}
          onClose={() => props.onDismiss(reminder.key)}
          title={t(`reminders.heading.${reminder.threshold}h`)}
          // Dark title and underlined link: AA contrast and links told by more than colour.
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
          data-testid="deadline-reminder"
          data-threshold={reminder.threshold}
        >
          <Text size="sm" c="dark.8">
            {t('reminders.body', {
              what: props.describe(reminder.item),
              date: formatDateTime(reminder.item.dueAt, language, props.timeZone)
            })}{' '}
            <Anchor
              href={routeToHash({ name: 'incident', id: reminder.item.incidentId })}
              size="sm"
              c="blue.9"
              underline="always"
            >
              {t('reminders.open')}
            </Anchor>
          </Text>
        </Alert>
      ))}
    </Stack>
  )
}
