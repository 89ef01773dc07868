import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes bytes so that the target is either the old file or the complete new one, never a
 * half-written document: write a temporary file beside it, flush it to disk, then rename.
 */
export async function writeFileAtomically(targetPath: string, bytes: Uint8Array): Promise<void> {
  const temporaryPath = join(
    dirname(targetPath),
    `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`
  )
  const handle = await open(temporaryPath, 'wx', 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temporaryPath, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temporaryPath, targetPath)
  } catch (error) {
    await rm(temporaryPath, { force: true })
    throw error
  }
}

type MainLanguage = 'fr' | 'en'

const WRITE_ERRORS: Record<string, Record<MainLanguage, string>> = {
  ENOSPC: {
    fr: 'Le disque est plein : le fichier n’a pas été enregistré. Libérez de la place ou choisissez un autre disque.',
    en: 'The disk is full: the file was not saved. Free some space or choose another disk.'
  },
  EACCES: {
    fr: 'Sentinelle n’a pas le droit d’écrire à cet endroit. Choisissez un autre dossier.',
    en: 'Sentinelle is not allowed to write there. Choose another folder.'
  },
  EROFS: {
    fr: 'Cet emplacement est en lecture seule. Choisissez un autre dossier.',
    en: 'This location is read-only. Choose another folder.'
  },
  ENOENT: {
    fr: 'Le dossier choisi n’existe plus. Choisissez un autre dossier.',
    en: 'The chosen folder no longer exists. Choose another folder.'
  },
  default: {
    fr: 'Le fichier n’a pas pu être enregistré.',
    en: 'The file could not be saved.'
  }
}

/** A message the user can act on, for the usual write failures. */
export function describeWriteError(error: unknown, language: MainLanguage): string {
  let code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'EPERM') code = 'EACCES'
  const messages = WRITE_ERRORS[code] ?? WRITE_ERRORS['default']
  return messages?.[language] ?? 'The file could not be saved.'
}
