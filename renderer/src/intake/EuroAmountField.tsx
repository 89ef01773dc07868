import { TextInput } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'

import { displayEuros, formatEuroAmount, parseEuroAmount } from '../components/euro-amount'
import { useI18n } from '../i18n/I18nProvider'

/**
 * An amount in euros typed as text in either convention (see ../components/euro-amount) and
 * stored as integer cents. While the user types, what was understood is shown under the field,
 * so "1,500" is never silently 1.50 €; text that cannot be read is flagged and changes nothing.
 */
export function EuroAmountField(props: {
  label: string
  description?: string
  value: number | undefined
  /** Required amounts take 0 when the field is emptied (the model needs a number). */
  required?: boolean
  onChange: (cents: number | undefined) => void
  error?: string
  'data-testid'?: string
}) {
  const { value, onChange, required = false } = props
  const { t, language } = useI18n()
  const shown = (cents: number | undefined) =>
    cents === undefined ? '' : formatEuroAmount(cents, language)
  const [text, setText] = useState(() => shown(value))
  const focused = useRef(false)
  const [hasFocus, setHasFocus] = useState(false)

  // Follow changes made elsewhere (language, reload) but never fight the user's typing.
  useEffect(() => {
    if (!focused.current) setText(value === undefined ? '' : formatEuroAmount(value, language))
  }, [value, language])

  const parsed = parseEuroAmount(text, language)
  const localError =
    parsed.kind === 'invalid' ? t(`intake.amount.invalid.${parsed.reason}`) : undefined
  const understood =
    hasFocus && parsed.kind === 'ok' && text.trim() !== ''
      ? t('intake.amount.understood', { amount: displayEuros(parsed.cents, language) })
      : undefined
  const description = [props.description, understood].filter(Boolean).join(' ')

  return (
    <TextInput
      label={props.label}
      description={description || undefined}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      error={[localError, props.error].filter(Boolean).join(' ') || undefined}
      data-testid={props['data-testid']}
      onFocus={() => {
        focused.current = true
        setHasFocus(true)
      }}
      onBlur={() => {
        focused.current = false
        setHasFocus(false)
        // A readable amount is written back in the usual form; unreadable text stays, flagged.
        if (parsed.kind === 'ok') setText(formatEuroAmount(parsed.cents, language))
        if (parsed.kind === 'empty' && required) setText(formatEuroAmount(0, language))
      }}
      onChange={(event) => {
        const next = event.currentTarget.value
        setText(next)
        const result = parseEuroAmount(next, language)
        if (result.kind === 'ok' && result.cents !== value) onChange(result.cents)
        if (result.kind === 'empty') {
          const cleared = required ? 0 : undefined
          if (cleared !== value) onChange(cleared)
        }
      }}
    />
  )
}
