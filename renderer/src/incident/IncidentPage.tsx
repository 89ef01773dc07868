/**
 * The incident detail route (`#/incident/<id>`): deadlines and next steps first (the assessment
 * panel), then the timeline, what happened, the evidence, the documents and the history.
 *
 * Everything is read with live queries, so an edit in the intake, an attachment added or an
 * undo shows at once. The assessment is shared `assess()` run on the stored incident; when its
 * summary differs from the one the register holds (time passed, rules changed), the register's
 * copy is refreshed so the list's deadline colours stay true.
 */
import { Alert, Anchor, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { assess } from '@shared/assessment'
import type { Assessment } from '@shared/assessment'
import type { Incident, Policy } from '@shared/model'

import { AssessmentPanel } from '../assessment/AssessmentPanel'
import { useNow } from '../assessment/use-now'
import {
  describeDbError,
  diffValues,
  isSentinelleDbError,
  saveIncident,
  summarizeAssessment,
  useAttachments,
  useConflicts,
  useHistory,
  useIncident,
  usePolicies
} from '../db'
import type { AssessmentSummary, StoredIncident } from '../db'
import { assessmentActions } from '../documents/assessment-actions'
import { useI18n } from '../i18n/I18nProvider'
import { consequenceGroups } from '../intake/consequence-groups'
import {
  SESSION_STARTED_AT,
  clearJournal,
  readJournal,
  unappliedJournalVersion
} from '../intake/draft-journal'
import { ConsequenceGroups } from '../intake/ConsequenceGroups'
import { routeToHash } from '../navigation'
import { formatDayTime } from '../register/format'
import { IncidentStatusBadge } from '../register/IncidentStatusBadge'
import { useDisplayTimeZone } from '../register/use-display-time-zone'
import { ConflictPanel } from './ConflictPanel'
import { IncidentActions } from './IncidentActions'
import { IncidentAttachments } from './IncidentAttachments'
import { IncidentHistory } from './IncidentHistory'
import { IncidentTimeline } from './IncidentTimeline'

export type IncidentPageProps = {
  id: string
  /**
   * The documents feature's buttons for this incident (claim declaration, checklist…), given
   * the incident, its assessment and the user's policies concerned.
   */
  renderDocuments?: (context: {
    incident: Incident
    assessment: Assessment | undefined
    policies: readonly Policy[]
  }) => ReactNode
}

export function IncidentPage(props: IncidentPageProps) {
  const stored = useIncident(props.id)
  const { t } = useI18n()
  if (stored === undefined) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('incident.loading')}</Text>
      </Group>
    )
  }
  if (stored === null || stored.index.deleted === 1) {
    return (
      <Stack maw={640} component="section" aria-labelledby="incident-missing-title">
        <Title order={2} id="incident-missing-title">
          {t('incident.notFound.title')}
        </Title>
        <Text>{t('incident.notFound.body')}</Text>
        <Anchor href={routeToHash({ name: 'register' })}>{t('incident.back')}</Anchor>
      </Stack>
    )
  }
  return <IncidentDetail stored={stored} renderDocuments={props.renderDocuments} />
}

/** Everything but `computedAt`: a summary that only differs by its clock is not worth a write. */
function sameSummary(a: AssessmentSummary | undefined, b: AssessmentSummary): boolean {
  if (a === undefined) return false
  const { computedAt: _a, ...restA } = a
  const { computedAt: _b, ...restB } = b
  return JSON.stringify(restA) === JSON.stringify(restB)
}

function IncidentDetail(props: {
  stored: StoredIncident
  renderDocuments: IncidentPageProps['renderDocuments']
}) {
  const { stored, renderDocuments } = props
  const { incident, index } = stored
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const now = useNow()
  const allPolicies = usePolicies({ includeArchived: true })
  const history = useHistory(incident.id)
  const attachments = useAttachments(incident.id)

  const concerned = useMemo(
    () => (allPolicies ?? []).filter((policy) => incident.policyIds.includes(policy.id)),
    [allPolicies, incident.policyIds]
  )
  // Recomputed each minute: statuses (pending → overdue) depend on the time.
  const minute = Math.floor(now / 60_000) * 60_000
  const computed = useMemo((): { ok: true; value: Assessment } | { ok: false; message: string } => {
    try {
      const value = assess(
        { incident, policies: concerned },
        { now: new Date(minute).toISOString() }
      )
      return { ok: true, value }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }, [incident, concerned, minute])

  const loadedPolicies = allPolicies !== undefined
  useEffect(() => {
    if (!computed.ok || !loadedPolicies) return
    const summary = summarizeAssessment(computed.value)
    if (sameSummary(index.assessment, summary)) return
    // Best effort: the register shows a stale colour at worst; the detail page is right anyway.
    // From the revision shown; a newer edit elsewhere wins without a conflict record.
    saveIncident(incident, {
      assessment: summary,
      baseRev: index.rev,
      onConflict: 'refuse'
    }).catch(() => undefined)
  }, [computed, loadedPolicies, index.assessment, index.rev, incident])

  const journal = useJournalReplay(stored)
  const conflicts = useConflicts(incident.id)
  const conflict = conflicts?.at(-1)

  const assessment = computed.ok ? computed.value : undefined

  // The duty and policy cards carry their document: the CNIL draft, the declaration.
  const renderAction = assessment
    ? assessmentActions({ incident, policies: concerned, assessment, t })
    : undefined

  // A new page for screen readers and keyboard users: start reading at its title.
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) {
      titleRef.current?.focus({ preventScroll: true })
    }
  }, [incident.id])

  return (
    <Stack gap="lg" data-testid="incident-detail" data-status={incident.status}>
      <Anchor href={routeToHash({ name: 'register' })} size="sm">
        ← {t('incident.back')}
      </Anchor>

      <Stack gap={6} component="header">
        <Group gap="sm" wrap="wrap" align="center">
          <Text ff="monospace" fw={700} size="lg" data-testid="incident-reference">
            {incident.reference}
          </Text>
          <IncidentStatusBadge status={incident.status} />
        </Group>
        <Title
          order={2}
          id="incident-title"
          data-testid="incident-title"
          ref={titleRef}
          tabIndex={-1}
          style={{ outline: 'none' }}
        >
          {incident.title.trim() === '' ? t('register.row.untitled') : incident.title}
        </Title>
        <Text size="sm" c="gray.7">
          {t('incident.updated', { date: formatDayTime(incident.updatedAt, language, timeZone) })}
        </Text>
      </Stack>

      {incident.status === 'draft' ? (
        <Alert color="yellow" variant="outline" p="sm">
          <Text size="sm" c="dark.8">
            {t('incident.draftNotice')}
          </Text>
        </Alert>
      ) : null}
      {incident.status === 'closed' ? (
        <Alert color="gray" variant="outline" p="sm">
          <Text size="sm" c="dark.8">
            {t('incident.closedNotice')}
          </Text>
        </Alert>
      ) : null}

      {conflict ? (
        <Stack gap="xs">
          <Text size="sm">{t('conflict.detail.notice')}</Text>
          <ConflictPanel
            conflict={conflict}
            mine={conflict.mine}
            policies={allPolicies ?? []}
            timeZone={timeZone}
            onResolved={() => {
              // The refused version came from this device's journal or intake: settled now.
              const entry = readJournal(incident.id)
              if (entry) clearJournal(incident.id, entry.savedAt)
            }}
          />
        </Stack>
      ) : null}
      {journal.error ? (
        <Alert color="red" role="alert" data-testid="journal-replay-error">
          <Text size="sm">{t('journal.replayFailed', { message: journal.error })}</Text>
        </Alert>
      ) : null}
      {journal.unappliedVersion !== undefined ? (
        <Alert color="orange" variant="outline" data-testid="journal-unknown-version">
          <Text size="sm" c="dark.8">
            {t('journal.unknownVersion', { version: String(journal.unappliedVersion) })}
          </Text>
        </Alert>
      ) : null}

      <IncidentActions incident={incident} assessment={assessment} />

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {assessment ? (
            <AssessmentPanel
              assessment={assessment}
              now={now}
              timeZone={timeZone}
              policies={concerned}
              renderAction={renderAction}
            />
          ) : (
            <Alert color="red" role="alert">
              {t('incident.assessment.unavailable', {
                message: computed.ok ? '' : computed.message
              })}
            </Alert>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xl">
            {/* Documents first: reachable without scrolling from the incident's top. */}
            {renderDocuments ? (
              // The documents feature brings its own section and heading.
              renderDocuments({ incident, assessment, policies: concerned })
            ) : (
              // Slot for the documents feature (renderer/src/documents) when it is not wired.
              <Stack component="section" aria-labelledby="incident-documents-title" gap="xs">
                <Title order={3} id="incident-documents-title">
                  {t('incident.section.documents')}
                </Title>
                <Text size="sm" c="gray.7" data-testid="documents-slot">
                  {t('incident.documents.pending')}
                </Text>
              </Stack>
            )}

            <IncidentTimeline events={incident.timeline} timeZone={timeZone} nowMs={now} />

            {incident.narrative.trim() !== '' ? (
              <Stack component="section" aria-labelledby="incident-narrative-title" gap="xs">
                <Title order={3} id="incident-narrative-title">
                  {t('incident.section.narrative')}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {incident.narrative}
                </Text>
              </Stack>
            ) : null}

            <IncidentConsequences incident={incident} />

            <IncidentAttachments
              incidentId={incident.id}
              attachments={attachments}
              timeZone={timeZone}
              editable
            />

            <IncidentHistory
              entries={history ?? []}
              timeZone={timeZone}
              policies={allPolicies ?? []}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

/**
 * Replays the draft journal of an incident opened after a crash (typing that never reached the
 * register), wherever it is opened. The save names the journal's base revision, so a newer save
 * made elsewhere is a conflict shown on this page, never overwritten. The journal is cleared
 * only once its content is in the register; a failed save keeps it and says so.
 */
function useJournalReplay(stored: StoredIncident): {
  error?: string
  unappliedVersion: unknown
} {
  const { t, language } = useI18n()
  const { incident, index } = stored
  const [error, setError] = useState<string>()
  const [unappliedVersion] = useState(() => unappliedJournalVersion(incident.id))
  const tried = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (tried.current === incident.id) return
    tried.current = incident.id
    const entry = readJournal(incident.id)
    if (!entry || entry.savedAt >= SESSION_STARTED_AT) return
    const fresh = { ...entry.incident, status: incident.status, createdAt: incident.createdAt }
    // Format 1 had no base revision: only a journal newer than the register counts.
    const stale = entry.baseRev === undefined && entry.savedAt <= Date.parse(incident.updatedAt)
    if (stale || diffValues(incident, fresh).length === 0) {
      clearJournal(incident.id, entry.savedAt)
      return
    }
    saveIncident(entry.incident, { baseRev: entry.baseRev ?? index.rev })
      .then(() => {
        clearJournal(incident.id, entry.savedAt)
        notifications.show({ color: 'teal', message: t('journal.replayed') })
      })
      .catch((caught: unknown) => {
        // A conflict is kept in the register and shown by the conflict panel; the journal stays.
        if (isSentinelleDbError(caught) && caught.detail.kind === 'conflict') return
        setError(describeDbError(caught, language))
      })
  }, [incident, index.rev, t, language])
  return { error, unappliedVersion }
}

/** Measures, parties, claims, losses and evidence, as the intake's review step shows them. */
function IncidentConsequences(props: { incident: Incident }) {
  const { t, language } = useI18n()
  const groups = consequenceGroups(props.incident, t, language)
  if (groups.length === 0) return null
  return (
    <Stack
      component="section"
      aria-labelledby="incident-consequences-title"
      gap="xs"
      data-testid="incident-consequences"
    >
      <Title order={3} id="incident-consequences-title">
        {t('incident.section.consequences')}
      </Title>
      <ConsequenceGroups groups={groups} />
    </Stack>
  )
}
