/**
 * Shown instead of every page while an encrypted register is locked: nothing behind it is
 * mounted, so no decrypted value is held by React. A wrong secret says so and opens nothing;
 * after a few, the vault makes each attempt wait longer.
 */
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'

import { vault } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { deviceKeyBridge, unlockWithRememberedKey } from './device-key'

/** The remembered key is tried once per start: a lock (button, idle timer) asks the passphrase. */
let rememberedKeyTried = false

export function UnlockScreen() {
  const { t } = useI18n()
  const [useRecovery, setUseRecovery] = useState(false)
  const [secret, setSecret] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const bridge = deviceKeyBridge()
    if (rememberedKeyTried || !bridge) return
    rememberedKeyTried = true
    setBusy(true)
    unlockWithRememberedKey(vault, bridge)
      .catch(() => false)
      .finally(() => setBusy(false))
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const result = useRecovery
        ? await vault.unlockWithRecoveryKey(secret)
        : await vault.unlock(secret)
      if (!result.ok) {
        setError(
          result.reason === 'wait'
            ? t('security.unlock.wait', { seconds: String(Math.ceil(result.retryInMs / 1000)) })
            : t('security.unlock.wrong')
        )
        setSecret('')
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <form onSubmit={submit} data-testid="unlock-form">
        <Stack>
          <Title order={2}>{t('security.unlock.title')}</Title>
          <Text>{t('security.unlock.body')}</Text>
          <PasswordInput
            label={useRecovery ? t('security.unlock.recoveryKey') : t('security.unlock.passphrase')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoFocus
            autoComplete="current-password"
            data-testid="unlock-secret"
            error={error ? true : undefined}
          />
          {error && (
            <Alert color="red" role="alert" data-testid="unlock-error">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} disabled={secret === ''}>
            {t('security.unlock.submit')}
          </Button>
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              setUseRecovery(!useRecovery)
              setSecret('')
              setError(undefined)
            }}
          >
            {useRecovery ? t('security.unlock.usePassphrase') : t('security.unlock.useRecovery')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  )
}
