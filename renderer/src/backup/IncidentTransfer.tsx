/** On an incident's page: export it as a case file (optionally with its own passphrase) or JSON. */
import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'

import { useI18n } from '../i18n/I18nProvider'
import { exportCaseFile, exportIncidentFile } from './api'
import { errorText } from './error-text'
import { saveBlob } from './save-blob'

const MIN_PASSPHRASE = 12

export function IncidentTransfer(props: {
  incidentId: string
  reference: string
  headingLevel?: 2 | 3
}) {
  const { t, language } = useI18n()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string>()
  const tooShort = passphrase !== '' && passphrase.length < MIN_PASSPHRASE
  async function run(kind: 'case' | 'json') {
    setBusy(true)
    setMessage(undefined)
    try {
      if (kind === 'case') {
        const { blob, fileName } = await exportCaseFile(props.incidentId, {
          passphrase: passphrase === '' ? undefined : passphrase
        })
        await saveBlob(blob, fileName, 'application/octet-stream')
      } else {
        const file = await exportIncidentFile(props.incidentId)
        const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' })
        const safe = props.reference.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 40)
        await saveBlob(blob, `${safe}.json`, 'application/json')
      }
    } catch (error) {
      setMessage(errorText(error, language))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="incident-transfer-title">
      <Title order={props.headingLevel ?? 3} size="h4" id="incident-transfer-title">
        {t('backup.export.title')}
      </Title>
      <Text size="sm">{t('backup.export.intro')}</Text>
      <PasswordInput
        label={t('backup.export.passphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        error={tooShort ? t('backup.export.tooShort') : undefined}
        autoComplete="new-password"
        maw={420}
      />
      <Group>
        <Button
          variant="default"
          disabled={tooShort}
          loading={busy}
          onClick={() => void run('case')}
        >
          {t('backup.export.case')}
        </Button>
        <Button variant="default" loading={busy} onClick={() => void run('json')}>
          {t('backup.export.json')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {message && (
          <Text size="sm" c="red.8">
            {message}
          </Text>
        )}
      </div>
    </Stack>
  )
}
