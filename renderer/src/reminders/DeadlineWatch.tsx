/**
 * Deadlines that reach the user while the app runs: the next one in the window title
 * (document.title, which Electron shows as the window's title), and a reminder 24 hours and
 * 2 hours before each one. The reminder is a system notification when the Notifications API is
 * there and granted (a browser that allowed it; Electron's renderer, where it is an OS
 * notification), otherwise a banner at the top of the page.
 *
 *   <DeadlineWatch />   once, in the shell, when the database is open.
 */
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react'

import { splitDuration } from '../assessment/countdown'
import { useNow } from '../assessment/use-now'
import { formatDateTime } from '../components/zoned-time'
import { useIncidentList } from '../db'
import type { IncidentListItem, IncidentQuery } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { useDisplayTimeZone } from '../register/use-display-time-zone'
import { dueReminders, nextDeadline } from './deadline-reminders'
import type { DueItem, Reminder } from './deadline-reminders'

// The banners' code (Mantine's Alert) is fetched when a reminder is first shown: the watch
// itself runs from the first screen on, which renders no Mantine component (issue 12).
const DeadlineBanners = lazy(async () => ({
  default: (await import('./DeadlineBanners')).DeadlineBanners
}))

const GIVEN_KEY = 'sentinelle.reminders.given'
const APP_TITLE = 'Sentinelle'
/** Open incidents and drafts, soonest deadline first: the title and reminders need only a few. */
const QUERY: IncidentQuery = {
  status: ['draft', 'open'],
  deleted: 'exclude',
  sort: { key: 'nextDueAt', direction: 'asc' },
  limit: 50
}

function readGiven(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(GIVEN_KEY) ?? '[]')
    return new Set(Array.isArray(parsed) ? parsed.filter((k) => typeof k === 'string') : [])
  } catch {
    return new Set()
  }
}

function writeGiven(given: ReadonlySet<string>, nowMs: number): void {
  // Keys carry the due instant: forget those a week past, the list stays small.
  const kept = [...given].filter((key) => {
    const due = Date.parse(key.split('|')[1] ?? '')
    return Number.isNaN(due) || due > nowMs - 7 * 24 * 3_600_000
  })
  try {
    localStorage.setItem(GIVEN_KEY, JSON.stringify(kept))
  } catch {
    // Storage full or refused: at worst a reminder comes again after a reload.
  }
}

function toDueItems(items: readonly IncidentListItem[]): DueItem[] {
  return items.flatMap((item) =>
    item.nextDueAt
      ? [
          {
            incidentId: item.id,
            reference: item.reference,
            title: item.title,
            dueAt: item.nextDueAt,
            ...(item.assessment?.nextDueLabel ? { label: item.assessment.nextDueLabel } : {})
          }
        ]
      : []
  )
}

function systemNotificationsGranted(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted'
}

export function DeadlineWatch() {
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const now = useNow(30_000)
  const list = useIncidentList(QUERY)
  const items = useMemo(() => toDueItems(list?.items ?? []), [list])
  const [banners, setBanners] = useState<Reminder[]>([])
  const given = useRef<Set<string> | null>(null)

  const describe = (item: DueItem): string =>
    `${item.label?.[language] ?? t('reminders.deadline')} (${item.reference})`

  const durationText = (ms: number): string => {
    const parts = splitDuration(ms)
    if (parts.unit === 'days') return t('assessment.duration.days', { d: parts.d, h: parts.h })
    if (parts.unit === 'hours') return t('assessment.duration.hours', { h: parts.h, m: parts.m })
    return t('assessment.duration.minutes', { m: parts.m })
  }

  // The window title: the next deadline and the time left, or the app's name alone.
  const next = nextDeadline(items)
  const left = next ? Date.parse(next.dueAt) - now : 0
  const title = next
    ? `${
        left < 0
          ? t('reminders.title.overdue', { duration: durationText(left) })
          : t('reminders.title.left', { duration: durationText(left) })
      } · ${describe(next)} — ${APP_TITLE}`
    : APP_TITLE
  useEffect(() => {
    document.title = title
  }, [title])
  useEffect(() => () => void (document.title = APP_TITLE), [])

  // Reminders: each threshold once per deadline, across reloads.
  useEffect(() => {
    if (list === undefined) return
    given.current ??= readGiven()
    const due = dueReminders(items, now, given.current)
    if (due.length === 0) return
    for (const reminder of due) given.current.add(reminder.key)
    writeGiven(given.current, now)
    const inApp: Reminder[] = []
    for (const reminder of due) {
      const body = t('reminders.body', {
        what: describe(reminder.item),
        date: formatDateTime(reminder.item.dueAt, language, timeZone)
      })
      const heading = t(`reminders.heading.${reminder.threshold}h`)
      if (systemNotificationsGranted()) {
        try {
          new Notification(heading, { body, tag: reminder.key })
          continue
        } catch {
          // Some platforms refuse `new Notification` in a page: the banner says it instead.
        }
      }
      inApp.push(reminder)
    }
    if (inApp.length > 0) setBanners((shown) => [...shown, ...inApp])
    // `describe` and `t` follow the language; a reminder is worded once, when it is given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, now, list])

  if (banners.length === 0) return null
  return (
    <Suspense fallback={null}>
      <DeadlineBanners
        banners={banners}
        describe={describe}
        timeZone={timeZone}
        onDismiss={(key) => setBanners((shown) => shown.filter((b) => b.key !== key))}
      />
    </Suspense>
  )
}
