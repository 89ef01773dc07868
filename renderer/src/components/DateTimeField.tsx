import { TextInput } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'

import { instantToWallInput, wallInputToInstant } from './zoned-time'

/**
 * A date and time typed in the incident's time zone and stored as an instant.
 *
 * The browser's own datetime-local control (styled by Mantine) is used on purpose: it is fully
 * keyboard-operable segment by segment and read correctly by screen readers, which a calendar
 * popover is not for a stressed user typing a time they already know.
 */
export function DateTimeField(props: {
  label: string
  description?: string
  value: string | undefined
  timeZone: string
  onChange: (instant: string | undefined) => void
  error?: string
  'data-testid'?: string
}) {
  const { value, timeZone, onChange } = props
  const [text, setText] = useState(() => (value ? instantToWallInput(value, timeZone) : ''))
  const focused = useRef(false)

  // Follow changes made elsewhere (another step, a reload) but never fight the user's typing.
  useEffect(() => {
    if (!focused.current) setText(value ? instantToWallInput(value, timeZone) : '')
  }, [value, timeZone])

  return (
    <TextInput
      type="datetime-local"
      label={props.label}
      description={props.description}
      value={text}
      error={props.error}
      data-testid={props['data-testid']}
      onFocus={() => {
        focused.current = true
      }}
      onBlur={() => {
        focused.current = false
        if (text === '' && value !== undefined) onChange(undefined)
      }}
      onChange={(event) => {
        const next = event.currentTarget.value
        setText(next)
        const instant = wallInputToInstant(next, timeZone)
        if (instant !== undefined && instant !== value) onChange(instant)
      }}
    />
  )
}
