/**
 * The documents behind the assessment's cards: the CNIL draft on the CNIL duty, the letter on
 * the duty to inform the persons, the claim declaration on each policy. Used by the incident page and the intake, so the first
 * declaration is one click away from wherever the user is.
 *
 *   <AssessmentPanel … renderAction={assessmentActions({ incident, policies, assessment, t })} />
 */
import type { ReactNode } from 'react'

import type { Assessment } from '@shared/assessment'
import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from '@shared/model'
import type { Incident, IncidentFile, Policy } from '@shared/model'

import type { AssessmentAction } from '../assessment/AssessmentPanel'
import type { MessageKey } from '../i18n/messages'
import { DocumentButton } from './DocumentButton'

export function assessmentActions(context: {
  incident: Incident
  /** The policies concerned (those of `incident.policyIds`). */
  policies: readonly Policy[]
  assessment: Assessment
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}): (action: AssessmentAction) => ReactNode {
  const { incident, policies, assessment, t } = context
  const file: IncidentFile = {
    format: INCIDENT_FILE_FORMAT,
    formatVersion: INCIDENT_FILE_VERSION,
    incident,
    policies: [...policies]
  }
  return (action) => {
    if (action.kind === 'notification') {
      return (
        <DocumentButton
          file={file}
          assessment={assessment}
          request={{ kind: 'notification' }}
          label={t('assessment.action.notification')}
        />
      )
    }
    if (action.kind === 'persons_letter') {
      // Art. 34(2): the letter is always edited before it is sent, so it opens as DOCX.
      return (
        <DocumentButton
          file={file}
          assessment={assessment}
          request={{ kind: 'letter', letter: 'persons', format: 'docx' }}
          label={t('assessment.action.persons')}
        />
      )
    }
    const policy = policies.find((p) => p.id === action.policyId)
    if (!policy) return null
    return (
      <DocumentButton
        file={file}
        assessment={assessment}
        request={{ kind: 'declaration', policyId: policy.id }}
        label={t('assessment.action.declaration', { insurer: policy.insurer })}
      />
    )
  }
}
