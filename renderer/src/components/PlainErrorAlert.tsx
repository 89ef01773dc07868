import { useId } from 'react'
import type { ReactNode } from 'react'

import './plain-ui.css'

/**
 * A red alert with a title, drawn like Mantine's `<Alert color="red" title>` (./plain-ui.css)
 * without rendering one: the errors the first screen may show (the database that does not open,
 * a first-run button that failed).
 */
export function PlainErrorAlert(props: { title: string; className?: string; children: ReactNode }) {
  const titleId = useId()
  return (
    <div
      className={props.className ? `plain-alert ${props.className}` : 'plain-alert'}
      data-color="red"
      role="alert"
      aria-labelledby={titleId}
    >
      <div className="plain-alert-wrapper">
        <div className="plain-alert-body">
          <div className="plain-alert-title">
            <span id={titleId}>{props.title}</span>
          </div>
          <div className="plain-alert-message">{props.children}</div>
        </div>
      </div>
    </div>
  )
}
