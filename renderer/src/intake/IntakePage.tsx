/**
 * The guided intake of one incident (`#/incident/<id>/edit/<step>`): the form in steps on the
 * left, the live assessment on the right, every change autosaved as a draft.
 *
 * Data flow: the incident is loaded once from the register into local state (or from the
 * draft journal when that is newer, i.e. the window closed before the last autosave), every
 * edit is an immutable update, and `useAutosave` writes it with `saveIncident` 600 ms after
 * the last keystroke. Validation (shared `parseIncidentFile` + ./date-consistency) and the
 * assessment (shared `assess`) are recomputed from the same state on every render.
 */
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Paper,
  Stack,
  Stepper,
  Text,
  Title
} from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'

import { assess } from '@shared/assessment'
import type { Assessment } from '@shared/assessment'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION, parseIncidentFile } from '@shared/model'
import type { Incident, Policy } from '@shared/model'

import { AssessmentPanel } from '../assessment/AssessmentPanel'
import { useNow } from '../assessment/use-now'
import { formatClockTime, formatDateTime, systemTimeZone } from '../components/zoned-time'
import {
  describeDbError,
  fileIncident,
  isSentinelleDbError,
  saveIncident,
  savePolicy,
  setSetting,
  summarizeAssessment,
  useAttachments,
  useConflicts,
  useIncident,
  usePolicies
} from '../db'
import type { StoredIncident } from '../db'
import { assessmentActions } from '../documents/assessment-actions'
import { useI18n } from '../i18n/I18nProvider'
import { ConflictPanel } from '../incident/ConflictPanel'
import { navigate } from '../navigation'
import type { PolicyDraft } from '../policies/PolicyForm'
import { CauseStep } from './CauseStep'
import { DataStep } from './DataStep'
import { ConsequencesStep } from './ConsequencesStep'
import { checkTimelineDates } from './date-consistency'
import type { DateIssue } from './date-consistency'
import {
  clearJournal,
  journalStatus,
  readJournal,
  rebaseJournal,
  subscribeJournalStatus,
  unappliedJournalVersion,
  writeJournal
} from './draft-journal'
import { collectProblems } from './field-errors'
import type { IncidentUpdate } from './incident-updates'
import { IncidentStep } from './IncidentStep'
import { PoliciesStep } from './PoliciesStep'
import { ReviewStep } from './ReviewStep'
import { STEPS, stepIndex } from './steps'
import type { StepKey } from './steps'
import { TimelineStep } from './TimelineStep'
import { useAutosave } from './use-autosave'
import type { SaveStatus } from './use-autosave'

export function IntakePage(props: { id: string; step?: string }) {
  const { id } = props
  const { t } = useI18n()
  const stored = useIncident(id)
  const [loaded, setLoaded] = useState<{
    incident: Incident
    /** The journal entry replayed, by its time: what the first save clears. */
    journalSavedAt?: number
    baseRev: number
  }>()

  useEffect(() => {
    if (loaded || !stored) return
    const journal = readJournal(id)
    // A journal names its base revision (format 2): replayed, its save is checked against the
    // register (a newer save elsewhere is a conflict shown to the user). Format 1 had no base:
    // replayed only when newer than the stored version, as before.
    const replay =
      journal &&
      (journal.baseRev !== undefined || journal.savedAt > Date.parse(stored.incident.updatedAt))
    setLoaded(
      replay
        ? {
            incident: { ...journal.incident, status: stored.incident.status },
            journalSavedAt: journal.savedAt,
            baseRev: journal.baseRev ?? stored.index.rev
          }
        : { incident: stored.incident, baseRev: stored.index.rev }
    )
  }, [stored, loaded, id])

  if (stored === null && !loaded) {
    return (
      <Alert color="red" title={t('shell.notFound.title')}>
        {t('shell.notFound.body')}
      </Alert>
    )
  }
  if (!loaded) return <Text>{t('shell.loading')}</Text>
  return (
    <IntakeForm
      key={id}
      initial={loaded.incident}
      journalSavedAt={loaded.journalSavedAt}
      baseRev={loaded.baseRev}
      step={props.step}
    />
  )
}

const conflictIdOf = (error: unknown): string | undefined =>
  isSentinelleDbError(error) && error.detail.kind === 'conflict'
    ? error.detail.conflictId
    : undefined

function IntakeForm(props: {
  initial: Incident
  /** Set when `initial` comes from the draft journal: unsaved, and that entry to clear. */
  journalSavedAt?: number
  /** The register revision `initial` started from: every save names it. */
  baseRev: number
  step?: string
}) {
  const { t, language } = useI18n()
  const [incident, setIncident] = useState<Incident>(props.initial)
  const baseRev = useRef(props.baseRev)
  // A refused save (another tab or window saved meanwhile): autosave waits for the choice.
  const [conflictId, setConflictId] = useState<string>()
  const conflicts = useConflicts(props.initial.id)
  const pickedUpConflicts = useRef(false)
  useEffect(() => {
    // A conflict left pending (a reload, a crash) is shown again when the form opens.
    if (pickedUpConflicts.current || conflicts === undefined) return
    pickedUpConflicts.current = true
    const last = conflicts.at(-1)
    if (last) setConflictId((current) => current ?? last.id)
  }, [conflicts])
  const conflict = conflicts?.find((c) => c.id === conflictId)
  const journalHealth = useSyncExternalStore(subscribeJournalStatus, journalStatus)
  const [unappliedVersion] = useState(() => unappliedJournalVersion(props.initial.id))
  const [filing, setFiling] = useState(false)
  const activePolicies = usePolicies()
  const attachments = useAttachments(props.initial.id)
  const allPolicies = usePolicies({ includeArchived: true })
  const now = useNow()
  const active = stepIndex(props.step)
  const stepKey = STEPS[active]!

  const policiesById = useMemo(
    () => new Map((allPolicies ?? []).map((policy) => [policy.id, policy])),
    [allPolicies]
  )
  const selectedPolicies = useMemo(
    () =>
      incident.policyIds
        .map((policyId) => policiesById.get(policyId))
        .filter((policy): policy is Policy => policy !== undefined),
    [incident.policyIds, policiesById]
  )
  const selectedRef = useRef(selectedPolicies)
  selectedRef.current = selectedPolicies

  const save = useCallback(async (value: Incident) => {
    let summary
    try {
      summary = summarizeAssessment(
        assess(
          { incident: value, policies: selectedRef.current },
          { now: new Date().toISOString() }
        )
      )
    } catch {
      // The draft matters more than its register summary: save it without one.
    }
    try {
      const stored = await saveIncident(value, {
        baseRev: baseRev.current,
        ...(summary ? { assessment: summary } : {})
      })
      baseRev.current = stored.index.rev
      // What was typed during this save starts from the revision it wrote.
      rebaseJournal(value.id, stored.index.rev)
    } catch (error) {
      const id = conflictIdOf(error)
      if (id) setConflictId(id)
      throw error
    }
  }, [])
  const { status, flush, markSaved, isDirty } = useAutosave(incident, save, {
    initiallyDirty: props.journalSavedAt !== undefined,
    paused: conflictId !== undefined
  })

  // The journal keeps every keystroke until the database has it (see ./draft-journal).
  // Only the entry this form wrote (or replayed) is ever cleared: another tab's stays.
  const journalAt = useRef<number | undefined>(props.journalSavedAt)
  const onChange = useCallback((update: IncidentUpdate) => {
    setIncident((current) => {
      const next = update(current)
      if (next !== current) {
        journalAt.current = Date.now()
        writeJournal(next, journalAt.current, baseRev.current)
      }
      return next
    })
  }, [])
  useEffect(() => {
    if (status.state === 'saved' && journalAt.current !== undefined) {
      clearJournal(incident.id, journalAt.current)
    }
  }, [status, incident.id])

  // Another tab or window saved this incident: a form with nothing unsaved shows that version
  // at once; one with unsaved input keeps it (its next save is then a conflict to settle).
  const live = useIncident(props.initial.id)
  useEffect(() => {
    if (!live || conflictId !== undefined || isDirty()) return
    if ((live.index.contentRev ?? live.index.rev) <= baseRev.current) return
    baseRev.current = live.index.rev
    markSaved(live.incident)
    setIncident(live.incident)
  }, [live, conflictId, isDirty, markSaved])

  const onConflictResolved = useCallback(
    (stored: StoredIncident) => {
      baseRev.current = stored.index.rev
      markSaved(stored.incident)
      setIncident(stored.incident)
      // The refused typing is settled either way: its journal entry goes.
      const entry = readJournal(stored.incident.id)
      if (entry) clearJournal(stored.incident.id, entry.savedAt)
      setConflictId(undefined)
    },
    [markSaved]
  )

  const validation = useMemo(() => {
    const result = parseIncidentFile({
      format: INCIDENT_FILE_FORMAT,
      formatVersion: INCIDENT_FILE_VERSION,
      incident,
      policies: allPolicies ? [...allPolicies] : selectedPolicies
    })
    return result.ok ? [] : result.errors
  }, [incident, allPolicies, selectedPolicies])
  const dateIssues = useMemo(
    () => checkTimelineDates(incident.timeline, now),
    [incident.timeline, now]
  )
  const describeDateIssue = useCallback(
    (issue: DateIssue) =>
      issue.code === 'inFuture'
        ? t('intake.date.inFuture')
        : t(`intake.date.${issue.code}`, {
            other: issue.otherAt ? formatDateTime(issue.otherAt, language, incident.timeZone) : ''
          }),
    [t, language, incident.timeZone]
  )
  const problems = useMemo(
    () => collectProblems(incident, validation, dateIssues, language, describeDateIssue),
    [incident, validation, dateIssues, language, describeDateIssue]
  )

  const assessment = useMemo(():
    { ok: true; value: Assessment } | { ok: false; message: string } => {
    try {
      return {
        ok: true,
        value: assess(
          { incident, policies: selectedPolicies },
          { now: new Date(now).toISOString() }
        )
      }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }, [incident, selectedPolicies, now])

  const goTo = useCallback(
    (step: StepKey) => {
      void flush()
      navigate({ name: 'edit', id: incident.id, step })
    },
    [flush, incident.id]
  )

  // Move focus to the new step's heading so keyboard and screen-reader users land on it.
  const stepRegion = useRef<HTMLDivElement>(null)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const heading = stepRegion.current?.querySelector<HTMLElement>('h3')
    if (heading) {
      heading.tabIndex = -1
      heading.focus()
    }
  }, [active])

  const addPolicy = useCallback(
    async (draft: PolicyDraft): Promise<Policy> => {
      try {
        return await savePolicy(draft)
      } catch (error) {
        notifications.show({
          color: 'red',
          message: t('policies.error', { message: describeDbError(error, language) })
        })
        throw error
      }
    },
    [t, language]
  )

  const file = useCallback(async () => {
    setFiling(true)
    try {
      // Never file over input that did not reach the register (its journal stays too).
      if (!(await flush())) throw new Error(t('intake.save.notSaved'))
      const result = assess(
        { incident, policies: selectedPolicies },
        { now: new Date().toISOString() }
      )
      await fileIncident(incident.id, { assessment: summarizeAssessment(result) })
      // The insured is the same person next time: offer it as the default of new drafts.
      await setSetting('defaultInsured', incident.insured).catch(() => undefined)
      if (journalAt.current !== undefined) clearJournal(incident.id, journalAt.current)
      setIncident((current) => ({ ...current, status: 'open' }))
      notifications.show({
        color: 'green',
        message: t('intake.review.filed', { reference: incident.reference })
      })
      navigate({ name: 'incident', id: incident.id })
    } catch (error) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: t('intake.review.fileError', { message: describeDbError(error, language) })
      })
    } finally {
      setFiling(false)
    }
  }, [flush, incident, selectedPolicies, t, language])

  const stepProps = { incident, onChange, problems }
  const wideStepper = useMediaQuery('(min-width: 1280px)', true, { getInitialValueInEffect: false })

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h2">
              {incident.title.trim() || t('intake.title')}
            </Title>
            {incident.status === 'draft' ? (
              <Badge color="#7a4d00" variant="filled" size="lg" data-testid="draft-badge">
                {t('intake.draft')}
              </Badge>
            ) : (
              <Badge color="#2b6b3f" variant="filled" size="lg">
                {t('intake.filed')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{incident.reference}</Text>
        </Stack>
        <SaveIndicator
          status={status}
          onRetry={() => void flush()}
          timeZone={systemTimeZone()}
          conflict={conflictId !== undefined}
        />
      </Group>

      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          mine={incident}
          policies={allPolicies ?? []}
          timeZone={incident.timeZone}
          onResolved={onConflictResolved}
        />
      ) : null}
      {journalHealth !== 'ok' ? (
        <Alert color="orange" variant="outline" role="alert" data-testid="journal-status">
          <Text size="sm" c="dark.8">
            {t(journalHealth === 'full' ? 'journal.full' : 'journal.unavailable')}
          </Text>
        </Alert>
      ) : null}
      {unappliedVersion !== undefined ? (
        <Alert color="orange" variant="outline" data-testid="journal-unknown-version">
          <Text size="sm" c="dark.8">
            {t('journal.unknownVersion', { version: String(unappliedVersion) })}
          </Text>
        </Alert>
      ) : null}

      <nav aria-label={t('intake.steps.label')}>
        {wideStepper ? (
          // One row at 1280 px and wider; narrower, the compact form below.
          <Stepper
            active={active}
            onStepClick={(index) => goTo(STEPS[index]!)}
            size="sm"
            wrap={false}
          >
            {STEPS.map((step) => {
              const count = problems.filter((problem) => problem.step === step).length
              return (
                <Stepper.Step
                  key={step}
                  label={t(`intake.step.${step}`)}
                  description={
                    count > 0
                      ? t('intake.validation.summary', { count })
                      : t(`intake.step.${step}.desc`)
                  }
                  color={count > 0 ? 'red.9' : undefined}
                  aria-current={step === stepKey ? 'step' : undefined}
                  data-testid={`step-${step}`}
                />
              )
            })}
          </Stepper>
        ) : (
          <Group gap="sm" wrap="nowrap" justify="space-between" data-testid="stepper-compact">
            <Text fw={600} data-testid="step-compact-label">
              {t('intake.nav.stepCompact', {
                current: active + 1,
                total: STEPS.length,
                name: t(`intake.step.${stepKey}`)
              })}
            </Text>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" size="compact-sm" data-testid="step-menu">
                  {t('intake.nav.stepsMenu')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {STEPS.map((step, index) => {
                  const count = problems.filter((problem) => problem.step === step).length
                  const name = `${index + 1}. ${t(`intake.step.${step}`)}`
                  return (
                    <Menu.Item
                      key={step}
                      onClick={() => goTo(step)}
                      aria-current={step === stepKey ? 'step' : undefined}
                      fw={step === stepKey ? 700 : undefined}
                      c={count > 0 ? 'red.9' : undefined}
                      data-testid={`step-menu-${step}`}
                    >
                      {count > 0
                        ? t('intake.nav.stepProblems', {
                            name,
                            problems: t('intake.validation.summary', { count })
                          })
                        : name}
                    </Menu.Item>
                  )
                })}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </nav>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper
            withBorder
            p="md"
            ref={stepRegion}
            component="section"
            aria-label={t(`intake.step.${stepKey}`)}
          >
            <Text size="sm" mb="xs">
              {t('intake.nav.stepOf', { current: active + 1, total: STEPS.length })}
            </Text>
            {stepKey === 'incident' && <IncidentStep {...stepProps} />}
            {stepKey === 'timeline' && <TimelineStep {...stepProps} policies={selectedPolicies} />}
            {stepKey === 'data' && <DataStep {...stepProps} />}
            {stepKey === 'cause' && <CauseStep {...stepProps} />}
            {stepKey === 'consequences' && (
              <ConsequencesStep {...stepProps} attachments={attachments ?? []} />
            )}
            {stepKey === 'policies' && (
              <PoliciesStep
                {...stepProps}
                policies={activePolicies ?? []}
                onAddPolicy={addPolicy}
              />
            )}
            {stepKey === 'review' && (
              <ReviewStep
                incident={incident}
                problems={problems}
                policies={allPolicies ?? []}
                filing={filing}
                onFile={() => void file()}
                onGoTo={goTo}
              />
            )}
            <Group justify="space-between" mt="lg">
              <Button
                variant="default"
                disabled={active === 0}
                onClick={() => goTo(STEPS[active - 1]!)}
                data-testid="step-previous"
              >
                {t('intake.nav.previous')}
              </Button>
              {active < STEPS.length - 1 && (
                <Button onClick={() => goTo(STEPS[active + 1]!)} data-testid="step-next">
                  {t('intake.nav.next')}
                </Button>
              )}
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper
            withBorder
            p="md"
            style={{ position: 'sticky', top: 72 }}
            data-testid="assessment-panel"
          >
            {assessment.ok ? (
              <AssessmentPanel
                assessment={assessment.value}
                now={now}
                timeZone={incident.timeZone}
                policies={allPolicies ?? []}
                headingLevel={3}
                renderAction={assessmentActions({
                  incident,
                  policies: selectedPolicies,
                  assessment: assessment.value,
                  t
                })}
              />
            ) : (
              <Alert color="red">{t('assessment.error', { message: assessment.message })}</Alert>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function SaveIndicator(props: {
  status: SaveStatus
  onRetry: () => void
  timeZone: string
  /** A conflict waits for the user's choice: the conflict panel says it, not an error. */
  conflict: boolean
}) {
  const { status, onRetry, timeZone, conflict } = props
  const { t, language } = useI18n()
  let text = ''
  if (status.state === 'saving') text = t('intake.save.saving')
  else if (status.state === 'pending') text = t('intake.save.pending')
  else if (status.state === 'saved') {
    text = t('intake.save.saved', { time: formatClockTime(status.at, language, timeZone) })
  }
  if (conflict) text = t('intake.save.paused')
  return (
    <Stack gap={4} align="flex-end" maw={460}>
      <Text size="sm" role="status" aria-live="polite" data-testid="save-status">
        {text}
      </Text>
      {status.state === 'error' && !conflict && (
        <Alert color="red" role="alert" data-testid="save-error" p="xs">
          <Text size="sm">
            {t('intake.save.error', { message: describeDbError(status.error, language) })}
          </Text>
          <Button size="xs" mt="xs" variant="white" color="red" onClick={onRetry}>
            {t('intake.save.retry')}
          </Button>
        </Alert>
      )}
    </Stack>
  )
}
