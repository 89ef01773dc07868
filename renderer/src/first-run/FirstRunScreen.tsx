import { useState } from 'react'

import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
  rem
} from '../components/plain'
import { describeDbError, useSetting } from '../db/start'
import { useI18n } from '../i18n/I18nProvider'
import { navigate } from '../navigation'
import { displayTimeZone } from '../register/use-display-time-zone'
import { SAMPLE_CHOICES } from './sample-choices'

/**
 * Shown instead of the register while it is empty: what the app does in three lines, and two
 * ways to begin (log a real incident, or explore a sample one).
 */
export function FirstRunScreen() {
  const { t, language } = useI18n()
  // The zone is looked up when a button is used, not to draw the screen (no Intl call before
  // the first paint): the user's chosen zone, else the computer's.
  const chosenZone = useSetting('timeZone')
  const [busy, setBusy] = useState<'start' | 'sample' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sampleSlug, setSampleSlug] = useState(SAMPLE_CHOICES[0]?.slug ?? '')

  const run = async (kind: 'start' | 'sample') => {
    setBusy(kind)
    setError(null)
    try {
      // Fetched on use, not at start: the samples (16 KB) and the register's writes.
      const [{ rebaseSampleTimes, sampleIncidents }, { loadSampleIncident, startNewIncident }] =
        await Promise.all([import('@shared/model/samples'), import('./start-incident')])
      const chosen = sampleIncidents.find((sample) => sample.slug === sampleSlug)
      const id =
        kind === 'start'
          ? await startNewIncident(displayTimeZone(chosenZone))
          : await loadSampleIncident(
              chosen && rebaseSampleTimes(chosen.file, new Date().toISOString())
            )
      navigate(kind === 'start' ? { name: 'edit', id } : { name: 'incident', id })
    } catch (caught) {
      const message = describeDbError(caught, language)
      setError(t(kind === 'start' ? 'firstRun.startFailed' : 'firstRun.sampleFailed', { message }))
      setBusy(null)
    }
  }

  // Plain elements with Mantine's markup and stylesheets (components/plain.tsx): this screen is
  // the first one an empty register paints (issue 12).
  return (
    <Stack
      component="section"
      aria-labelledby="first-run-title"
      style={{ maxWidth: rem(720) }}
      gap="lg"
      data-testid="first-run"
    >
      <Title order={2} id="first-run-title">
        {t('firstRun.title')}
      </Title>
      <Paper p="lg" radius="md">
        <List
          spacing="sm"
          items={[t('firstRun.line1'), t('firstRun.line2'), t('firstRun.line3')]}
        />
      </Paper>
      <Group gap="md">
        <Button
          size="md"
          loading={busy === 'start'}
          disabled={busy !== null}
          onClick={() => void run('start')}
        >
          {t('firstRun.start')}
        </Button>
        <NativeSelect
          size="md"
          aria-label={t('firstRun.sampleChoice')}
          value={sampleSlug}
          onChange={(event) => setSampleSlug(event.currentTarget.value)}
          disabled={busy !== null}
          data={SAMPLE_CHOICES.map((sample) => ({
            value: sample.slug,
            label: sample.title[language]
          }))}
        />
        <Button
          size="md"
          variant="default"
          loading={busy === 'sample'}
          disabled={busy !== null}
          onClick={() => void run('sample')}
          aria-describedby="first-run-sample-help"
        >
          {t('firstRun.sample')}
        </Button>
      </Group>
      <Text size="sm" c="gray.7" id="first-run-sample-help">
        {t('firstRun.sampleHelp')}
      </Text>
      {error !== null ? (
        <Alert color="red" title={t('firstRun.title')}>
          {error}
        </Alert>
      ) : null}
    </Stack>
  )
}
