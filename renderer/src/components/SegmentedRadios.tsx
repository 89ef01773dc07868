import { useId } from 'react'
import type { AriaAttributes } from 'react'

import './segmented-radios.css'

export type SegmentedChoice<V extends string> = {
  value: V
  label: string
  /** The label's own language, when it differs from the page's (a language's name). */
  lang?: string
}

/**
 * One choice among a few, as native radios drawn like a segmented control (the header's
 * language switch, the register's "notified" filter). Instead of Mantine's SegmentedControl,
 * which measures itself when it mounts: a forced layout and a second render before the first
 * paint of every screen that shows one. The group is named by `aria-label` or
 * `aria-labelledby`; clicking a label's text chooses it, the arrow keys move between choices.
 */
export function SegmentedRadios<V extends string>(
  props: {
    value: V
    onChange: (value: V) => void
    data: readonly SegmentedChoice<V>[]
    'data-testid'?: string
  } & Pick<AriaAttributes, 'aria-label' | 'aria-labelledby'>
) {
  const name = useId()
  return (
    <div
      role="radiogroup"
      aria-label={props['aria-label']}
      aria-labelledby={props['aria-labelledby']}
      className="segmented-radios"
      data-testid={props['data-testid']}
    >
      {props.data.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={(event) => {
              if (event.currentTarget.checked) props.onChange(choice.value)
            }}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </div>
  )
}
