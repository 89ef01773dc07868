/**
 * Typed errors of the database layer and their messages in the user's language. The UI catches
 * `SentinelleDbError`, reads `.detail.kind`, and shows `describeDbError(error, lang)`.
 */
import type { Lang } from '@shared/model'

import type { DbErrorDetail } from './types'

export class SentinelleDbError extends Error {
  readonly detail: DbErrorDetail

  constructor(detail: DbErrorDetail, options?: { cause?: unknown }) {
    super(describeDetail(detail, 'en'), options)
    this.name = 'SentinelleDbError'
    this.detail = detail
  }
}

export function isSentinelleDbError(error: unknown): error is SentinelleDbError {
  return error instanceof SentinelleDbError
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/** True for a full disk or an exhausted storage quota, however the browser or Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof SentinelleDbError) return e.detail.kind === 'quota-exceeded'
    const name = (e as { name?: unknown }).name
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true
    const message = (e as { message?: unknown }).message
    if (typeof message === 'string' && /quota|disk (is )?full|no space left/i.test(message)) {
      return true
    }
    // Dexie wraps the native error in `.inner`; standard errors use `.cause`.
    const inner = (e as { inner?: unknown; cause?: unknown }).inner
    e = inner ?? (e as { cause?: unknown }).cause
  }
  return false
}

/** Rewrites a quota error as our typed error; anything else passes through unchanged. */
export function toDbError(error: unknown): unknown {
  if (error instanceof SentinelleDbError) return error
  if (isQuotaError(error))
    return new SentinelleDbError({ kind: 'quota-exceeded' }, { cause: error })
  return error
}

const STATE_NAMES = {
  draft: { fr: 'brouillon', en: 'draft' },
  open: { fr: 'ouvert', en: 'open' },
  closed: { fr: 'clos', en: 'closed' },
  deleted: { fr: 'supprimé', en: 'deleted' }
} as const

function formatMb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`
}

function describeDetail(detail: DbErrorDetail, lang: Lang): string {
  const fr = lang === 'fr'
  switch (detail.kind) {
    case 'newer-version':
      return fr
        ? `Ce registre a été enregistré par Sentinelle ${detail.writtenBy ?? '(version plus récente)'} (schéma ${detail.dbVersion}). Mettez l'application à jour pour l'ouvrir ; rien n'a été modifié.`
        : `This register was written by Sentinelle ${detail.writtenBy ?? '(a newer version)'} (schema ${detail.dbVersion}). Update the app to open it; nothing was changed.`
    case 'not-found':
      return fr ? `Incident introuvable (${detail.id}).` : `Incident not found (${detail.id}).`
    case 'invalid':
      return fr
        ? `Données invalides, rien n'a été enregistré : ${detail.errors.map((e) => `${e.path} — ${e.message.fr}`).join(' ; ')}`
        : `Invalid data, nothing was saved: ${detail.errors.map((e) => `${e.path} — ${e.message.en}`).join('; ')}`
    case 'invalid-transition':
      return fr
        ? `Action impossible : l'incident est ${STATE_NAMES[detail.from].fr}.`
        : `This action is not possible: the incident is ${STATE_NAMES[detail.from].en}.`
    case 'attachment-too-large':
      return fr
        ? `Fichier trop volumineux (${formatMb(detail.size)} Mo) : la limite est de ${formatMb(detail.limit)} Mo par pièce jointe. Conservez l'original à part et joignez une copie réduite ou un extrait.`
        : `File too large (${formatMb(detail.size)} MB): the limit is ${formatMb(detail.limit)} MB per attachment. Keep the original elsewhere and attach a smaller copy or an extract.`
    case 'quota-exceeded':
      return fr
        ? "Espace de stockage insuffisant (disque plein ou quota atteint) : la dernière modification n'a pas été enregistrée, tout ce qui l'était avant est intact. Libérez de l'espace disque puis réessayez."
        : 'Not enough storage space (disk full or quota reached): the last change was not saved; everything saved before is intact. Free some disk space and try again.'
    case 'storage-unavailable':
      return fr
        ? `Le stockage local est indisponible : ${detail.message}`
        : `Local storage is unavailable: ${detail.message}`
    case 'upgrade-failed':
      return fr
        ? `La mise à jour du registre a échoué et a été annulée ; vos données sont inchangées. (${detail.message})`
        : `Updating the register failed and was rolled back; your data is unchanged. (${detail.message})`
    case 'locked':
      return fr
        ? 'Le registre est verrouillé : saisissez la phrase secrète pour continuer.'
        : 'The register is locked: enter the passphrase to continue.'
    case 'conflict':
      return fr
        ? "Cet incident a été modifié dans une autre fenêtre ou un autre onglet depuis que vous avez commencé : votre version n'a pas été enregistrée par-dessus. Comparez les deux versions et choisissez celle à garder."
        : 'This incident was changed in another window or tab since you started: your version was not saved over it. Compare the two versions and choose which one to keep.'
    case 'damaged':
      return fr
        ? `Un enregistrement est endommagé (${detail.table}/${detail.id}) : il échoue au contrôle d'intégrité et n'est pas affiché. Les autres restent lisibles ; restaurez-le depuis une sauvegarde.`
        : `A record is damaged (${detail.table}/${detail.id}): it fails the integrity check and is not shown. The others stay readable; restore it from a backup.`
  }
}

/** A sentence for the user, in their language, for any error thrown by this layer. */
export function describeDbError(error: unknown, lang: Lang): string {
  if (error instanceof SentinelleDbError) return describeDetail(error.detail, lang)
  if (isQuotaError(error)) return describeDetail({ kind: 'quota-exceeded' }, lang)
  const message = error instanceof Error ? error.message : String(error)
  return lang === 'fr'
    ? `Erreur d'enregistrement local : ${message}`
    : `Local storage error: ${message}`
}

/** Message for a storage failure (quota, disk full, unavailable IndexedDB). */
export function describeStorageError(error: unknown, lang: Lang): string {
  return describeDbError(error, lang)
}

export { describeDetail as describeDbErrorDetail }
