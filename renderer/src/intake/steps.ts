export const STEPS = [
  'incident',
  'timeline',
  'data',
  'cause',
  'consequences',
  'policies',
  'review'
] as const
export type StepKey = (typeof STEPS)[number]

export function stepIndex(step: string | undefined): number {
  const index = STEPS.indexOf(step as StepKey)
  return index < 0 ? 0 : index
}
