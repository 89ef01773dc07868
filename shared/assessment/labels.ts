/** Bilingual labels of the assessment's enumerations, for the UI, documents and exports. */
import { loc } from '../model/localized'
import type { Localized } from '../model/localized'
import type { ChecklistPhase, DeadlineStatus, DutyId, DutyStatus, Verdict } from './types'

export { SEVERITY_LABELS } from '../rules/gdpr'

export const VERDICT_LABELS: Record<Verdict, Localized> = {
  covered: loc('Probablement couvert', 'Likely covered'),
  uncertain: loc('Incertain', 'Uncertain'),
  excluded: loc('Probablement exclu', 'Likely excluded'),
  not_applicable: loc('Non concerné', 'Not engaged')
}

export const DUTY_LABELS: Record<DutyId, Localized> = {
  register: loc('Registre des violations', 'Breach register'),
  notify_authority: loc('Notification à la CNIL', 'Notify the supervisory authority'),
  inform_persons: loc('Information des personnes concernées', 'Inform the persons concerned')
}

export const DUTY_STATUS_LABELS: Record<DutyStatus, Localized> = {
  done: loc('Fait', 'Done'),
  pending: loc('À faire', 'To do'),
  overdue: loc('En retard', 'Overdue'),
  not_required: loc('Non requis', 'Not required')
}

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, Localized> = {
  done: loc('Fait', 'Done'),
  pending: loc('À faire', 'To do'),
  overdue: loc('En retard', 'Overdue')
}

export const CHECKLIST_PHASE_LABELS: Record<ChecklistPhase, Localized> = {
  contain: loc('Contenir', 'Contain'),
  preserve: loc('Préserver les preuves', 'Preserve evidence'),
  assess: loc('Évaluer', 'Assess'),
  notify: loc('Notifier et déclarer', 'Notify and declare'),
  inform: loc('Informer', 'Inform'),
  recover: loc('Rétablir', 'Recover'),
  learn: loc('Tirer les leçons', 'Learn')
}
