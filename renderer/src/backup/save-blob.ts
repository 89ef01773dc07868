import { getBridge } from '../platform/bridge'

/** Saves a file through the platform bridge (native dialog in Electron, a download in a browser). */
export async function saveBlob(
  blob: Blob,
  suggestedName: string,
  mimeType: string
): Promise<boolean> {
  const saved = await getBridge().saveFile({
    suggestedName,
    mimeType,
    bytes: new Uint8Array(await blob.arrayBuffer())
  })
  if (saved.status === 'error') throw new Error(saved.message)
  return saved.status === 'saved'
}
