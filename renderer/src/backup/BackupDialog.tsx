/**
 * Backup, restore/merge and import of case files or incident JSON, in one dialog opened from the
 * header, the register page and the reminder. Restore runs in two steps: "Check the file" (every
 * check, conflicts listed, nothing written), then "Restore" (one transaction, progress, Cancel).
 */
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  NumberInput,
  PasswordInput,
  Progress,
  Radio,
  Stack,
  Text,
  Title
} from '@mantine/core'
import { Suspense, lazy, useEffect, useId, useRef, useState, type ReactNode } from 'react'

import { repository } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'
import { useVaultStatus } from '../lock/use-vault'
import { navigate } from '../navigation'
import {
  DEFAULT_REMINDER_DAYS,
  applyRestore,
  createBackup,
  getBackupSettings,
  importCaseFile,
  parseIncidentJson,
  planRestore,
  recordBackupDone,
  saveBackupSettings,
  type ConflictChoice,
  type Progress as RestoreProgress,
  type RestorePlan
} from './api'
import { setBackupDialogOpen, useBackupDialogOpen } from './dialog-state'
import { errorText } from './error-text'
import { saveBlob } from './save-blob'

// Fetched only when a user sets a passphrase from here (an encrypted backup, a clear register).
const SetUpDialog = lazy(async () => ({
  default: (await import('../lock/SetUpDialog')).SetUpDialog
}))

const PHASE_KEYS: Record<RestoreProgress['phase'], MessageKey> = {
  read: 'backup.phase.read',
  check: 'backup.phase.check',
  prepare: 'backup.phase.prepare',
  write: 'backup.phase.write'
}

type Status = { color: 'green' | 'red' | 'blue'; text: string; reload?: boolean } | undefined

function FileField(props: {
  label: string
  accept: string
  onFile: (file: File | undefined) => void
  testId: string
}) {
  const id = useId()
  return (
    <Stack gap={4}>
      <Text component="label" htmlFor={id} size="sm" fw={500}>
        {props.label}
      </Text>
      <input
        id={id}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(event) => props.onFile(event.currentTarget.files?.[0])}
      />
    </Stack>
  )
}

function ProgressBar({ progress }: { progress: RestoreProgress }) {
  const { t } = useI18n()
  const percent = progress.total > 0 ? (100 * progress.done) / progress.total : 0
  return (
    <Stack gap={4}>
      <Progress value={percent} aria-label={t('backup.progress')} transitionDuration={100} />
      <Text size="sm">
        {t(PHASE_KEYS[progress.phase], { done: progress.done, total: progress.total })}
      </Text>
    </Stack>
  )
}

/**
 * An encrypted backup about to be merged into this clear register would be stored here in
 * clear: never silently. The user sets a passphrase first (the merge is then sealed) or ticks
 * that they merge in clear knowingly; Restore waits for one of the two.
 */
function ClearCopyNotice(props: { accepted: boolean; onAccept: (accepted: boolean) => void }) {
  const { t } = useI18n()
  const status = useVaultStatus()
  const [setUpOpen, setSetUpOpen] = useState<boolean>()
  return (
    <>
      {status === 'clear' ? (
        <Alert color="yellow" variant="light" data-testid="backup-clear-copy">
          <Stack gap="xs">
            {/* Mantine's yellow on pale yellow is 1.9:1; the text colour keeps WCAG AA. */}
            <Text size="sm" fw={700} c="var(--mantine-color-text)">
              {t('backup.clearCopy.title')}
            </Text>
            <Text size="sm" c="var(--mantine-color-text)">
              {t('backup.clearCopy.body')}
            </Text>
            <Group>
              <Button size="xs" onClick={() => setSetUpOpen(true)} data-testid="backup-clear-setup">
                {t('backup.clearCopy.setUp')}
              </Button>
            </Group>
            <Checkbox
              label={t('backup.clearCopy.accept')}
              checked={props.accepted}
              onChange={(event) => props.onAccept(event.currentTarget.checked)}
              data-testid="backup-clear-accept"
            />
          </Stack>
        </Alert>
      ) : (
        <Text size="sm" data-testid="backup-clear-sealed">
          {t('backup.clearCopy.sealed')}
        </Text>
      )}
      {/* Kept mounted once opened: after the set-up it shows the recovery key. */}
      {setUpOpen !== undefined && (
        <Suspense fallback={null}>
          <SetUpDialog opened={setUpOpen} onClose={() => setSetUpOpen(false)} />
        </Suspense>
      )}
    </>
  )
}

/** One part of the dialog: a section named by its heading. */
function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={3} size="h4" id={props.id}>
        {props.title}
      </Title>
      {props.children}
    </Stack>
  )
}

/** The outcome of a section's action, announced politely (present even when empty). */
function StatusLine({ status }: { status: Status }) {
  return (
    <div role="status" aria-live="polite">
      {status && (
        <Text size="sm" c={status.color === 'red' ? 'red.8' : undefined}>
          {status.text}
        </Text>
      )}
    </div>
  )
}

export function BackupDialog() {
  const opened = useBackupDialogOpen()
  const { t } = useI18n()
  return (
    <Modal
      opened={opened}
      onClose={() => setBackupDialogOpen(false)}
      title={t('backup.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('backup.cancel') }}
    >
      {opened && (
        <Stack gap="lg">
          <CreateSection />
          <Divider />
          <RestoreSection />
          <Divider />
          <ImportSection />
          <Divider />
          <ReminderSection />
        </Stack>
      )}
    </Modal>
  )
}

function CreateSection() {
  const { t, language } = useI18n()
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<RestoreProgress>()
  const [status, setStatus] = useState<Status>()
  async function run() {
    setBusy(true)
    setStatus(undefined)
    try {
      const result = await createBackup({ onProgress: setProgress })
      if (await saveBlob(result.blob, result.fileName, 'application/octet-stream')) {
        await recordBackupDone()
        setStatus({
          color: 'green',
          text: t('backup.create.done', {
            incidents: result.incidents,
            attachments: result.attachments
          })
        })
      }
    } catch (error) {
      setStatus({ color: 'red', text: errorText(error, language) })
    } finally {
      setBusy(false)
      setProgress(undefined)
    }
  }
  return (
    <Section id="backup-create-title" title={t('backup.create.title')}>
      <Text size="sm">{t('backup.create.intro')}</Text>
      <Group>
        <Button onClick={() => void run()} loading={busy} data-testid="backup-create">
          {t('backup.create.start')}
        </Button>
      </Group>
      {busy && progress && <ProgressBar progress={progress} />}
      <StatusLine status={status} />
    </Section>
  )
}

function RestoreSection() {
  const { t, language } = useI18n()
  const [file, setFile] = useState<File>()
  const [secret, setSecret] = useState('')
  const [plan, setPlan] = useState<RestorePlan>()
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({})
  const [clearCopyOk, setClearCopyOk] = useState(false)
  const vaultStatus = useVaultStatus()
  const [progress, setProgress] = useState<RestoreProgress>()
  const [status, setStatus] = useState<Status>()
  const controller = useRef<AbortController | undefined>(undefined)
  const busy = progress !== undefined
  useEffect(() => () => controller.current?.abort(), [])

  async function check() {
    if (!file) return
    setPlan(undefined)
    setStatus(undefined)
    controller.current = new AbortController()
    setProgress({ phase: 'check', done: 0, total: 0 })
    try {
      const next = await planRestore(file, {
        secret: secret === '' ? undefined : secret,
        signal: controller.current.signal,
        onProgress: setProgress
      })
      setPlan(next)
      setChoices({})
      setClearCopyOk(false)
    } catch (error) {
      setStatus({ color: 'red', text: t('backup.error', { message: errorText(error, language) }) })
    } finally {
      setProgress(undefined)
    }
  }

  async function apply() {
    if (!plan) return
    controller.current = new AbortController()
    const signal = controller.current.signal
    setProgress({ phase: 'prepare', done: 0, total: 0 })
    try {
      const result = await applyRestore(plan, {
        choices,
        signal,
        onProgress: setProgress,
        allowClearCopy: clearCopyOk
      })
      const lines = [
        t('backup.restored', {
          added: result.added,
          replaced: result.replaced,
          erased: result.erased
        })
      ]
      for (const r of result.renumbered)
        lines.push(t('backup.renumbered', { from: r.from, to: r.to }))
      if (result.reloadRequired) lines.push(t('backup.reload'))
      setStatus({ color: 'green', text: lines.join(' '), reload: result.reloadRequired })
      setPlan(undefined)
    } catch (error) {
      setStatus(
        signal.aborted
          ? { color: 'blue', text: t('backup.cancelled') }
          : { color: 'red', text: t('backup.error', { message: errorText(error, language) }) }
      )
    } finally {
      setProgress(undefined)
    }
  }

  const unresolved = plan
    ? plan.conflicts.some((c) => !choices[c.id]) ||
      (plan.clearCopy && vaultStatus === 'clear' && !clearCopyOk)
    : true
  const date = (iso?: string) =>
    iso ? new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB') : ''
  return (
    <Section id="backup-restore-title" title={t('backup.restore.title')}>
      <Text size="sm">{t('backup.restore.intro')}</Text>
      <FileField
        label={t('backup.file')}
        accept=".sentinelle-backup,application/octet-stream"
        testId="backup-restore-file"
        onFile={(f) => {
          setFile(f)
          setPlan(undefined)
          setStatus(undefined)
        }}
      />
      <PasswordInput
        label={t('backup.secret')}
        value={secret}
        onChange={(e) => setSecret(e.currentTarget.value)}
        autoComplete="off"
      />
      <Group>
        <Button
          variant="default"
          onClick={() => void check()}
          disabled={!file || busy}
          data-testid="backup-check"
        >
          {t('backup.check')}
        </Button>
        {plan && (
          <Button
            onClick={() => void apply()}
            disabled={unresolved || busy}
            data-testid="backup-apply"
          >
            {t('backup.apply')}
          </Button>
        )}
        {busy && (
          <Button
            variant="default"
            color="red"
            onClick={() => controller.current?.abort()}
            data-testid="backup-cancel"
          >
            {t('backup.cancel')}
          </Button>
        )}
      </Group>
      {plan && (
        <Text size="sm" data-testid="backup-plan">
          {t('backup.plan.summary', plan.counts)}
        </Text>
      )}
      {plan?.clearCopy && <ClearCopyNotice accepted={clearCopyOk} onAccept={setClearCopyOk} />}
      {plan && plan.conflicts.length > 0 && (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('backup.conflicts.title')}
          </Title>
          {plan.conflicts.map((c) => (
            <Radio.Group
              key={c.id}
              label={`${c.reference} — ${c.local?.title || c.backup?.title || ''}`}
              description={t(
                c.kind === 'both-changed'
                  ? 'backup.conflicts.both'
                  : c.kind === 'erased-here'
                    ? 'backup.conflicts.erasedHere'
                    : 'backup.conflicts.erasedThere'
              )}
              value={choices[c.id] ?? null}
              onChange={(value) =>
                setChoices((prev) => ({ ...prev, [c.id]: value as ConflictChoice }))
              }
            >
              <Group mt={4}>
                <Radio
                  value="local"
                  label={t('backup.conflicts.local', { date: date(c.local?.updatedAt) })}
                />
                <Radio
                  value="backup"
                  label={t('backup.conflicts.backup', { date: date(c.backup?.updatedAt) })}
                />
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      )}
      {progress && <ProgressBar progress={progress} />}
      <div role="status" aria-live="polite" data-testid="backup-restore-status">
        {status && (
          <Alert color={status.color} variant="light">
            <Text size="sm">{status.text}</Text>
            {status.reload && (
              <Button mt="xs" size="xs" onClick={() => window.location.reload()}>
                {t('backup.reloadNow')}
              </Button>
            )}
          </Alert>
        )}
      </div>
    </Section>
  )
}

function ImportSection() {
  const { t, language } = useI18n()
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  async function run() {
    if (!file) return
    setBusy(true)
    setStatus(undefined)
    try {
      if (file.name.toLowerCase().endsWith('.json')) {
        const parsed = parseIncidentJson(await file.text())
        if (!parsed.ok) {
          const first = parsed.errors[0]!
          throw new Error(`${first.path ? `${first.path} : ` : ''}${first.message[language]}`)
        }
        const id = await repository.importIncidentFile(parsed.value, { keepStatus: true })
        setBackupDialogOpen(false)
        navigate({ name: 'incident', id })
        return
      }
      const result = await importCaseFile(file, {
        passphrase: passphrase === '' ? undefined : passphrase
      })
      setStatus({
        color: 'green',
        text: t(result.copied ? 'backup.case.copied' : 'backup.case.imported', {
          reference: result.reference
        })
      })
      setBackupDialogOpen(false)
      navigate({ name: 'incident', id: result.id })
    } catch (error) {
      setStatus({ color: 'red', text: t('backup.error', { message: errorText(error, language) }) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section id="backup-import-title" title={t('backup.case.title')}>
      <FileField
        label={t('backup.case.file')}
        accept=".sentinelle-case,.json"
        testId="backup-import-file"
        onFile={setFile}
      />
      <PasswordInput
        label={t('backup.case.passphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="off"
      />
      <Group>
        <Button variant="default" onClick={() => void run()} disabled={!file} loading={busy}>
          {t('backup.case.import')}
        </Button>
      </Group>
      <StatusLine status={status} />
    </Section>
  )
}

function ReminderSection() {
  const { t } = useI18n()
  const [days, setDays] = useState<number | string>(DEFAULT_REMINDER_DAYS)
  useEffect(() => {
    void getBackupSettings().then((s) => setDays(s.reminderDays))
  }, [])
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365
  return (
    <Group align="end">
      <NumberInput
        label={t('backup.reminder.label')}
        value={days}
        onChange={setDays}
        min={1}
        max={365}
        w={260}
      />
      <Button
        variant="default"
        disabled={!valid}
        onClick={() =>
          void getBackupSettings().then((s) =>
            saveBackupSettings({ ...s, reminderDays: Number(days) })
          )
        }
      >
        {t('backup.reminder.save')}
      </Button>
    </Group>
  )
}
