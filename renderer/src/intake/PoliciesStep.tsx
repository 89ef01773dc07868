import { Anchor, Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'

import type { Policy } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { routeToHash } from '../navigation'
import { PolicyForm } from '../policies/PolicyForm'
import type { PolicyDraft } from '../policies/PolicyForm'
import { policyTitle } from '../policies/policy-title'
import { problemAt } from './field-errors'
import type { StepProps } from './step-props'

export function PoliciesStep(
  props: StepProps & {
    policies: readonly Policy[]
    onAddPolicy: (draft: PolicyDraft) => Promise<Policy>
  }
) {
  const { incident, onChange, problems, policies, onAddPolicy } = props
  const { t } = useI18n()
  const [adding, setAdding] = useState(false)
  // Policies ticked earlier and since deleted from the list still show, so they can be unticked.
  const missing = incident.policyIds.filter((id) => !policies.some((policy) => policy.id === id))

  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.policies.heading')}
      </Title>
      <Text size="sm">{t('intake.policies.help')}</Text>
      {policies.length === 0 && missing.length === 0 ? (
        <Text>{t('intake.policies.none')}</Text>
      ) : (
        <Checkbox.Group
          label={t('intake.policies.list')}
          value={incident.policyIds}
          onChange={(values) => onChange((current) => ({ ...current, policyIds: values }))}
          error={problemAt(problems, 'policyIds')}
        >
          <Stack mt="xs" gap="xs">
            {policies.map((policy) => (
              <Checkbox
                key={policy.id}
                value={policy.id}
                label={policyTitle(policy, t)}
                description={`${policy.insurer} · ${policy.policyNumber}`}
              />
            ))}
            {missing.map((id) => (
              <Checkbox key={id} value={id} label={id} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Group>
        <Button variant="light" onClick={() => setAdding(true)} data-testid="add-policy">
          {t('intake.policies.add')}
        </Button>
        <Anchor href={routeToHash({ name: 'policies' })} size="sm">
          {t('intake.policies.manage')}
        </Anchor>
      </Group>
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('policies.form.addTitle')}
        size="lg"
      >
        <PolicyForm
          onCancel={() => setAdding(false)}
          onSubmit={async (draft) => {
            const saved = await onAddPolicy(draft)
            onChange((current) => ({
              ...current,
              policyIds: current.policyIds.includes(saved.id)
                ? current.policyIds
                : [...current.policyIds, saved.id]
            }))
            setAdding(false)
          }}
        />
      </Modal>
    </Stack>
  )
}
