/** The document fonts, shipped as assets of the renderer bundle and fetched once. */
import type { FontBytes } from '@shared/pdf'

import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url'
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url'

let loading: Promise<FontBytes> | undefined

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

export function loadDocumentFonts(): Promise<FontBytes> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed fetch must not be cached for the rest of the session.
      loading = undefined
      throw error
    }
  )
  return loading
}
