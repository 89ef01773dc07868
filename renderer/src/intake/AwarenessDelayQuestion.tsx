import { Textarea } from '@mantine/core'

import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import { firstEvent, optionalText, withOptional } from './incident-updates'
import type { StepProps } from './step-props'

const DAY_MS = 24 * 3_600_000

/**
 * Asked only when awareness is recorded more than 24 hours after detection (EDPB 9/2022: a short
 * investigation is allowed, but the reason goes into the register and the notification).
 */
export function AwarenessDelayQuestion({ incident, onChange, problems }: StepProps) {
  const { t } = useI18n()
  const detected = firstEvent(incident, 'detected')
  const aware = firstEvent(incident, 'aware')
  const delay = detected && aware ? Date.parse(aware.at) - Date.parse(detected.at) : Number.NaN
  if (!(delay > DAY_MS) && !incident.awarenessDelayReason) return null
  return (
    <Textarea
      label={t('intake.timeline.awarenessDelay.label')}
      description={t('intake.timeline.awarenessDelay.help')}
      value={incident.awarenessDelayReason ?? ''}
      onChange={(event) => {
        const reason = optionalText(event.currentTarget.value)
        onChange((current) => withOptional(current, 'awarenessDelayReason', reason))
      }}
      error={problemAt(problems, 'awarenessDelayReason')}
      autosize
      minRows={2}
      data-testid="field-awareness-delay"
    />
  )
}
