/**
 * Set-up of encryption: a passphrase typed twice, the plain warning that without it and the
 * recovery key the data are lost, then the encryption of what is already there (batches,
 * resumable) and the recovery key, shown once.
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
import { useI18n } from '../i18n/I18nProvider'

export const MIN_PASSPHRASE_LENGTH = 12

export function SetUpDialog(props: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n()
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<string>()
  const [running, setRunning] = useState(false)
  const [recoveryKey, setRecoveryKey] = useState<string>()
  const [kept, setKept] = useState(false)

  const close = () => {
    if (running) return
    setPassphrase('')
    setConfirm('')
    setRecoveryKey(undefined)
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
          <Checkbox
            label={t('security.recovery.saved')}
            checked={kept}
            onChange={(e) => setKept(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => window.print()}>
              {t('security.recovery.print')}
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
