import { Group, Radio } from '@mantine/core'

import { YesNoUnknownSchema } from '@shared/model'
import type { YesNoUnknown } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'

/**
 * A yes / no / don't-know question. Nothing is selected until the user answers: an absent answer
 * means "not answered yet", never "no" (model v2).
 */
export function YesNoUnknownField(props: {
  label: string
  description?: string
  value: YesNoUnknown | undefined
  onChange: (value: YesNoUnknown) => void
  error?: string
  'data-testid'?: string
}) {
  const { t } = useI18n()
  return (
    <Radio.Group
      label={props.label}
      description={props.description}
      value={props.value ?? ''}
      onChange={(value) => {
        const parsed = YesNoUnknownSchema.safeParse(value)
        if (parsed.success) props.onChange(parsed.data)
      }}
      error={props.error}
      data-testid={props['data-testid']}
    >
      <Group mt="xs">
        <Radio value="yes" label={t('intake.yes')} />
        <Radio value="no" label={t('intake.no')} />
        <Radio value="unknown" label={t('intake.unknown')} />
      </Group>
    </Radio.Group>
  )
}
