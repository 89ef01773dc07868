export const CHECKLIST_PHASES = [
  'contain',
  'preserve',
  'assess',
  'notify',
  'inform',
  'recover',
  'learn'
] as const
export type ChecklistPhaseId = (typeof CHECKLIST_PHASES)[number]
