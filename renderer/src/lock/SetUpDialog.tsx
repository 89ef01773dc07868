/**
 * Set-up of encryption: a passphrase typed twice, the plain warning that without it and the
 * recovery key the data are lost, then the encryption of what is already there (batches,
 * resumable) and the recovery key, shown once and offered as a printable PDF emergency sheet
 * (shared/documents/emergency-sheet.ts), saved through the bridge (a download in a browser).
 */
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Loader,
  Modal,
  PasswordInput,
  Stack,
  Text
} from '@mantine/core'
import { useState, type FormEvent } from 'react'

import { vault } from '../db'
import { loadDocumentFonts } from '../documents/fonts'
import { useI18n } from '../i18n/I18nProvider'
import { getBridge } from '../platform/bridge'
import { useDisplayTimeZone } from '../register/use-display-time-zone'

export const MIN_PASSPHRASE_LENGTH = 12

export function SetUpDialog(props: { opened: boolean; onClose: () => void }) {
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<string>()
  const [running, setRunning] = useState(false)
  const [recoveryKey, setRecoveryKey] = useState<string>()
  const [setUpAt, setSetUpAt] = useState('')
  const [sheet, setSheet] = useState<{ busy?: boolean; message?: string; error?: boolean }>({})
  const [kept, setKept] = useState(false)

  const close = () => {
    if (running) return
    setPassphrase('')
    setConfirm('')
    setRecoveryKey(undefined)
    setSheet({})
    setKept(false)
    setProblem(undefined)
    props.onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('security.setup.tooShort'))
    if (passphrase !== confirm) return setProblem(t('security.setup.mismatch'))
    setProblem(undefined)
    setRunning(true)
    try {
      const result = await vault.setUp(passphrase)
      setRecoveryKey(result.recoveryKey)
      setSetUpAt(new Date().toISOString())
      setPassphrase('')
      setConfirm('')
    } catch (error) {
      setProblem(
        t('security.setup.failed', {
          message: error instanceof Error ? error.message : String(error)
        })
      )
    } finally {
      setRunning(false)
    }
  }

  const saveSheet = async (key: string) => {
    setSheet({ busy: true })
    try {
      // pdf-lib and the fonts load only when the sheet is asked for.
      const [{ buildEmergencySheet }, fonts] = await Promise.all([
        import('@shared/documents'),
        loadDocumentFonts()
      ])
      const built = await buildEmergencySheet(
        { recoveryKey: key, timeZone },
        { lang: language, createdAt: setUpAt, fonts }
      )
      const result = await getBridge().saveFile({
        suggestedName: built.fileName,
        mimeType: built.mimeType,
        bytes: built.bytes
      })
      if (result.status === 'saved') {
        setSheet({ message: t('security.recovery.sheetSaved', { path: result.path }) })
      } else if (result.status === 'cancelled') setSheet({})
      else setSheet({ error: true, message: result.message })
    } catch (error) {
      setSheet({ error: true, message: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={recoveryKey ? t('security.recovery.title') : t('security.setup.title')}
      closeOnClickOutside={false}
      withCloseButton={!running && !recoveryKey}
      size="lg"
    >
      {recoveryKey ? (
        <Stack>
          <Text>{t('security.recovery.body')}</Text>
          <Code block fz="lg" data-testid="recovery-key">
            {recoveryKey}
          </Code>
          <Text size="sm">{t('security.recovery.sheetHelp')}</Text>
          {sheet.message && (
            <Alert
              color={sheet.error ? 'red' : 'green'}
              role={sheet.error ? 'alert' : 'status'}
              data-testid="emergency-sheet-status"
            >
              {sheet.error
                ? t('security.recovery.sheetFailed', { message: sheet.message })
                : sheet.message}
            </Alert>
          )}
          <Checkbox
            label={t('security.recovery.saved')}
            checked={kept}
            onChange={(e) => setKept(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              loading={sheet.busy === true}
              onClick={() => void saveSheet(recoveryKey)}
              data-testid="emergency-sheet"
            >
              {t('security.recovery.sheet')}
            </Button>
            <Button disabled={!kept} onClick={close} data-testid="recovery-done">
              {t('security.recovery.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text>{t('security.setup.intro')}</Text>
            <Alert color="orange">{t('security.setup.warning')}</Alert>
            <PasswordInput
              label={t('security.setup.passphrase')}
              description={t('security.setup.passphraseHelp')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="new-password"
              data-testid="setup-passphrase"
              disabled={running}
            />
            <PasswordInput
              label={t('security.setup.confirm')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              autoComplete="new-password"
              data-testid="setup-confirm"
              disabled={running}
            />
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            {running && (
              <Group gap="sm" role="status">
                <Loader size="sm" />
                <Text>{t('security.setup.running')}</Text>
              </Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={running}>
                {t('security.setup.cancel')}
              </Button>
              <Button type="submit" loading={running} data-testid="setup-submit">
                {t('security.setup.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
