/**
 * Settings (`#/settings`): the passphrase (change it with the current one or the recovery key:
 * the data key is re-wrapped, no record is re-encrypted), the idle lock time, the bin's
 * automatic erasure delay and whether it keeps the Art. 33(5) entry, and, in Electron only,
 * "remember the key on this device" (off by default; a browser does not show it).
 */
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Title
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'

import type { DeviceKeyBridge, DeviceKeyStatus } from '@shared/ipc-contract'

import { DEFAULT_BIN_DAYS, describeDbError, setSetting, useSetting, vault } from '../db'
import type { SettingKey, Settings } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { deviceKeyBridge, forgetKeyOnDevice, rememberKeyOnDevice } from './device-key'
import { DEFAULT_IDLE_MINUTES } from './idle-lock'
import { MIN_PASSPHRASE_LENGTH, SetUpDialog } from './SetUpDialog'
import { useVaultStatus } from './use-vault'

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={props.id}>
      <Stack gap="sm">
        <Title order={3} id={props.id}>
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  )
}

export function SettingsPage() {
  const { t } = useI18n()
  const status = useVaultStatus()
  const bridge = deviceKeyBridge()
  return (
    <Stack maw={760}>
      <Title order={2}>{t('security.settings.title')}</Title>
      <Section id="settings-passphrase" title={t('security.settings.passphrase')}>
        {status === 'clear' ? <NotEncrypted /> : <ChangePassphrase />}
      </Section>
      <Section id="settings-lock" title={t('security.settings.lock')}>
        <WholeNumberSetting
          setting="idleLockMinutes"
          fallback={DEFAULT_IDLE_MINUTES}
          min={1}
          max={480}
          label={t('security.idle.label')}
          description={t('security.settings.idleHelp')}
          testId="settings-idle"
        />
      </Section>
      <Section id="settings-bin" title={t('security.settings.bin')}>
        <WholeNumberSetting
          setting="binRetentionDays"
          fallback={DEFAULT_BIN_DAYS}
          min={1}
          max={3650}
          label={t('security.bin.retention')}
          description={t('security.settings.binHelp')}
          testId="settings-bin-days"
        />
        <KeepArt33Setting />
      </Section>
      {bridge && status !== 'clear' && (
        <Section id="settings-device" title={t('security.settings.device')}>
          <RememberOnDevice bridge={bridge} />
        </Section>
      )}
    </Stack>
  )
}

function NotEncrypted() {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Text>{t('security.settings.notEncrypted')}</Text>
      <Group>
        <Button onClick={() => setOpen(true)}>{t('security.banner.action')}</Button>
      </Group>
      <SetUpDialog opened={open} onClose={() => setOpen(false)} />
    </>
  )
}

function ChangePassphrase() {
  const { t } = useI18n()
  const [withRecovery, setWithRecovery] = useState(false)
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<string>()
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    if (current === '') return setProblem(t('security.settings.currentMissing'))
    if (next.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('security.setup.tooShort'))
    if (next !== confirm) return setProblem(t('security.setup.mismatch'))
    setProblem(undefined)
    setBusy(true)
    try {
      const result = await vault.changePassphrase(
        withRecovery ? { recoveryKey: current } : { passphrase: current },
        next
      )
      if (!result.ok) {
        setProblem(
          result.reason === 'wait'
            ? t('security.unlock.wait', { seconds: String(Math.ceil(result.retryInMs / 1000)) })
            : t('security.settings.currentWrong')
        )
        setCurrent('')
        return
      }
      setCurrent('')
      setNext('')
      setConfirm('')
      setDone(true)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} data-testid="change-passphrase">
      <Stack gap="sm">
        <Text size="sm">{t('security.settings.passphraseHelp')}</Text>
        <PasswordInput
          label={withRecovery ? t('security.unlock.recoveryKey') : t('security.settings.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoComplete="current-password"
          data-testid="settings-current"
        />
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setWithRecovery(!withRecovery)
            setCurrent('')
          }}
        >
          {withRecovery ? t('security.unlock.usePassphrase') : t('security.unlock.useRecovery')}
        </Anchor>
        <PasswordInput
          label={t('security.settings.new')}
          description={t('security.setup.passphraseHelp')}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          autoComplete="new-password"
          data-testid="settings-new"
        />
        <PasswordInput
          label={t('security.setup.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          autoComplete="new-password"
          data-testid="settings-confirm"
        />
        {problem && (
          <Alert color="red" role="alert" data-testid="settings-passphrase-error">
            {problem}
          </Alert>
        )}
        {done && (
          <Alert color="green" role="status" data-testid="settings-passphrase-done">
            {t('security.settings.changed')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} data-testid="settings-change">
            {t('security.settings.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

type WholeNumberKey = {
  [K in SettingKey]: Settings[K] extends number ? K : never
}[SettingKey]

/** A whole number within bounds; anything else is refused with a message and stores nothing. */
function WholeNumberSetting(props: {
  setting: WholeNumberKey
  fallback: number
  min: number
  max: number
  label: string
  description: string
  testId: string
}) {
  const { t, language } = useI18n()
  const stored = useSetting(props.setting) ?? props.fallback
  const [value, setValue] = useState<string | number>(stored)
  const [error, setError] = useState<string>()
  useEffect(() => setValue(stored), [stored])

  const save = (input: string | number) => {
    setValue(input)
    const number = typeof input === 'number' ? input : Number(input.replace(',', '.'))
    if (input === '' || !Number.isInteger(number) || number < props.min || number > props.max) {
      setError(t('security.settings.range', { min: String(props.min), max: String(props.max) }))
      return
    }
    setError(undefined)
    if (number === stored) return
    setSetting(props.setting, number).catch((failure: unknown) =>
      setError(describeDbError(failure, language))
    )
  }

  return (
    <NumberInput
      label={props.label}
      description={props.description}
      value={value}
      onChange={save}
      allowDecimal={false}
      clampBehavior="none"
      min={props.min}
      max={props.max}
      error={error}
      maw={360}
      data-testid={props.testId}
    />
  )
}

function KeepArt33Setting() {
  const { t, language } = useI18n()
  const keep = useSetting('binKeepsArt33Entry') ?? true
  return (
    <Checkbox
      label={t('security.settings.keepArt33')}
      description={t('security.erase.keptFields')}
      checked={keep}
      onChange={(event) =>
        void setSetting('binKeepsArt33Entry', event.currentTarget.checked).catch((error: unknown) =>
          notifications.show({ color: 'red', message: describeDbError(error, language) })
        )
      }
      data-testid="settings-keep-art33"
    />
  )
}

function RememberOnDevice({ bridge }: { bridge: DeviceKeyBridge }) {
  const { t } = useI18n()
  const [status, setStatus] = useState<DeviceKeyStatus>()
  const [asking, setAsking] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)
  const on = vault.rememberedOnDevice && status?.remembered === true

  useEffect(() => {
    let live = true
    void bridge.status().then((next) => live && setStatus(next))
    return () => {
      live = false
    }
  }, [bridge, busy])

  const turnOff = async () => {
    setBusy(true)
    try {
      await forgetKeyOnDevice(vault, bridge)
    } finally {
      setBusy(false)
    }
  }

  const turnOn = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const result = await rememberKeyOnDevice(vault, bridge, passphrase)
      setPassphrase('')
      if (result.ok) {
        setAsking(false)
        setProblem(undefined)
      } else {
        setProblem(
          result.reason === 'wait'
            ? t('security.unlock.wait', { seconds: String(Math.ceil(result.retryInMs / 1000)) })
            : result.reason === 'wrong-secret'
              ? t('security.settings.currentWrong')
              : t('security.settings.deviceFailed', { message: result.message ?? '' })
        )
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Switch
        label={t('security.settings.remember')}
        description={t('security.settings.rememberHelp')}
        checked={on || asking}
        disabled={status === undefined || !status.available || busy}
        onChange={(event) => {
          if (event.currentTarget.checked) setAsking(true)
          else if (asking) setAsking(false)
          else void turnOff()
        }}
        data-testid="settings-remember"
      />
      {status && !status.available && (
        <Text size="sm">{t('security.settings.deviceUnavailable')}</Text>
      )}
      {asking && !on && (
        <form onSubmit={turnOn}>
          <Group align="flex-end">
            <PasswordInput
              label={t('security.settings.current')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="current-password"
            />
            <Button type="submit" loading={busy} disabled={passphrase === ''}>
              {t('security.settings.rememberConfirm')}
            </Button>
          </Group>
        </form>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  )
}
