import { useEffect, useState } from 'react'

import { afterPaint } from '../frames'

// Re-exported for the screens, which import them with the hook below.
export { afterPaint, whenIdle } from '../frames'

/** A frame of this page was painted with the register on it: later mounts need not wait. */
let registerPainted = false

/**
 * False in the register's first frame of the page (the kept first screen at start), true from
 * the next one on: what is not needed to show the rows (the overscan rows, the date fields'
 * locale data) is drawn after the first paint, not in front of it (issue 12).
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(registerPainted)
  useEffect(() => {
    if (painted) return
    return afterPaint(() => {
      registerPainted = true
      setPainted(true)
    })
  }, [painted])
  return painted
}
