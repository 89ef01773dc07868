/**
 * Exports the whole register: the Art. 33(5) record as PDF, and every incident as CSV and JSON.
 * The work runs in a Web Worker with a progress bar and a Cancel button, so the window stays
 * responsive with 10,000 incidents.
 *
 *   <RegisterExport timeZone={settings.timeZone} />
 */
import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'

import type { SkippedRecord } from '@shared/documents'

import type { MessageKey } from '../i18n/messages'
import { useI18n } from '../i18n/I18nProvider'
import { getBridge } from '../platform/bridge'
import type { ExportRequest, ExportResponse, ExportStage } from './export-protocol'
import { loadDocumentFonts } from './fonts'
import { loadRegisterFiles } from './load-register'

export type RegisterExportProps = {
  /** IANA zone for the export date and file names; the system zone by default. */
  timeZone?: string
  headingLevel?: 2 | 3
}

type Stage = 'loading' | ExportStage
type State =
  | { kind: 'idle' }
  | { kind: 'running'; stage: Stage; done: number; total: number }
  | { kind: 'done'; count: number; pages: number; skipped: SkippedRecord[] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string }

const STAGE_KEYS: Record<Stage, MessageKey> = {
  loading: 'documents.register.loading',
  assess: 'documents.register.assess',
  prepare: 'documents.register.prepare',
  layout: 'documents.register.layout',
  draw: 'documents.register.draw',
  save: 'documents.register.save'
}
// Share of the bar each stage fills, in order: the PDF drawing dominates.
const STAGE_SPAN: Record<Stage, [number, number]> = {
  loading: [0, 15],
  assess: [15, 30],
  prepare: [30, 35],
  layout: [35, 50],
  draw: [50, 95],
  save: [95, 100]
}

export function RegisterExport(props: RegisterExportProps) {
  const { headingLevel = 2 } = props
  const timeZone = props.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const { t, language } = useI18n()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const worker = useRef<Worker | null>(null)
  const cancelled = useRef(false)
  // terminate() fires no event: cancel() settles the pending export through this.
  const abandon = useRef<(() => void) | null>(null)

  useEffect(() => () => worker.current?.terminate(), [])

  function cancel(): void {
    cancelled.current = true
    worker.current?.terminate()
    worker.current = null
    abandon.current?.()
    setState({ kind: 'cancelled' })
  }

  async function start(): Promise<void> {
    cancelled.current = false
    setState({ kind: 'running', stage: 'loading', done: 0, total: 0 })
    try {
      const [files, fonts] = await Promise.all([
        loadRegisterFiles(
          (done, total) => {
            if (!cancelled.current) setState({ kind: 'running', stage: 'loading', done, total })
          },
          () => cancelled.current
        ),
        loadDocumentFonts()
      ])
      if (files === undefined || cancelled.current) return
      const result = await new Promise<Extract<ExportResponse, { type: 'done' }> | undefined>(
        (resolve, reject) => {
          const w = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
          worker.current = w
          w.onmessage = (event: MessageEvent<ExportResponse>) => {
            const message = event.data
            if (message.type === 'progress')
              setState({
                kind: 'running',
                stage: message.stage,
                done: message.done,
                total: message.total
              })
            else if (message.type === 'error') reject(new Error(message.message))
            else resolve(message)
          }
          w.onerror = (event) => reject(new Error(event.message))
          const request: ExportRequest = {
            type: 'start',
            files,
            lang: language,
            createdAt: new Date().toISOString(),
            timeZone,
            fonts
          }
          abandon.current = () => resolve(undefined)
          w.postMessage(request)
        }
      )
      abandon.current = null
      worker.current?.terminate()
      worker.current = null
      if (result === undefined || cancelled.current) return
      for (const file of result.files) {
        if (cancelled.current) return
        const saved = await getBridge().saveFile({
          suggestedName: file.fileName,
          mimeType: file.mimeType,
          bytes: file.bytes
        })
        if (saved.status === 'error') throw new Error(saved.message)
        if (saved.status === 'cancelled') {
          setState({ kind: 'cancelled' })
          return
        }
      }
      setState({
        kind: 'done',
        count: result.count,
        pages: result.pageCount,
        skipped: result.skipped
      })
    } catch (error) {
      worker.current?.terminate()
      worker.current = null
      if (!cancelled.current)
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }

  const running = state.kind === 'running'
  let percent = 0
  if (running) {
    const [from, to] = STAGE_SPAN[state.stage]
    percent = from + (state.total > 0 ? ((to - from) * state.done) / state.total : 0)
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="register-export-title">
      <Title order={headingLevel} size="h3" id="register-export-title">
        {t('documents.register.title')}
      </Title>
      <Text size="sm">{t('documents.register.intro')}</Text>
      <Group gap="xs">
        <Button onClick={() => void start()} disabled={running}>
          {t('documents.register.start')}
        </Button>
        {running && (
          <Button variant="default" onClick={cancel}>
            {t('documents.register.cancel')}
          </Button>
        )}
      </Group>
      {running && (
        <Progress
          value={percent}
          aria-label={t('documents.register.progress')}
          animated
          transitionDuration={200}
        />
      )}
      <div role="status" aria-live="polite">
        {running && (
          <Text size="sm">
            {t(STAGE_KEYS[state.stage], { done: state.done, total: state.total })}
          </Text>
        )}
        {state.kind === 'done' && (
          <Text size="sm" c="#2b6b3f">
            {t('documents.register.done', { count: state.count, pages: state.pages })}
          </Text>
        )}
        {state.kind === 'cancelled' && <Text size="sm">{t('documents.register.cancelled')}</Text>}
      </div>
      {state.kind === 'done' && state.skipped.length > 0 && (
        <Alert
          color="red"
          role="alert"
          title={t('documents.register.skipped', { count: state.skipped.length })}
        >
          <ul data-testid="register-export-skipped">
            {state.skipped.map((record) => (
              <li key={`${record.index}-${record.stage}`}>
                {t('documents.register.skippedItem', {
                  record: record.reference ?? record.id ?? `#${record.index + 1}`,
                  reason: record.reason[language]
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {state.kind === 'error' && (
        <Alert color="red" role="alert">
          {t('documents.register.error', { message: state.message })}
        </Alert>
      )}
    </Stack>
  )
}
