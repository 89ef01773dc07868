import type { Incident } from '@shared/model'

import type { FieldProblem } from './field-errors'
import type { IncidentUpdate } from './incident-updates'

export type StepProps = {
  incident: Incident
  onChange: (update: IncidentUpdate) => void
  problems: readonly FieldProblem[]
}
