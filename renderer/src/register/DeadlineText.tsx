import type { Localized } from '@shared/model'

import { URGENCY_COLORS } from '../assessment/countdown'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from './format'
import type { DeadlineTone } from './register-filters'

/** The assessment panel's colours (≥ 4.5:1 on white), so a deadline looks the same everywhere. */
export const TONE_TEXT_COLOR: Record<DeadlineTone, string> = {
  none: 'var(--mantine-color-gray-7)',
  ok: URGENCY_COLORS.ok,
  near: URGENCY_COLORS.near,
  overdue: URGENCY_COLORS.overdue
}

/**
 * The next deadline of an incident, coloured orange when near and red once passed. `className`:
 * the row's own cell (one element per row, not a cell around this text: issue 12, the rows are
 * drawn before the first paint).
 */
export function DeadlineText(props: {
  dueAt: string | undefined
  label: Localized | undefined
  tone: DeadlineTone
  timeZone: string
  className?: string
}) {
  const { dueAt, label, tone, timeZone, className } = props
  const { t, language } = useI18n()
  if (dueAt === undefined) {
    return (
      <span className={className} style={{ color: TONE_TEXT_COLOR.none }}>
        {t('register.row.noDeadline')}
      </span>
    )
  }
  const date = formatDayTime(dueAt, language, timeZone)
  const name = label?.[language] ?? t('register.sort.deadline')
  return (
    <span
      className={className}
      style={{
        color: TONE_TEXT_COLOR[tone],
        fontWeight: tone === 'overdue' || tone === 'near' ? 700 : 500
      }}
      data-tone={tone}
    >
      {tone === 'overdue'
        ? t('register.row.overdue', { label: name, date })
        : t('register.row.dueIn', { label: name, date })}
    </span>
  )
}
