import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core'

import { DataRoleKindSchema } from '@shared/model'
import type { DataRole } from '@shared/model'

import { numberSeparators } from '../components/number-format'
import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import { optionalText, withOptional } from './incident-updates'
import type { StepProps } from './step-props'

/**
 * Whose data are they? A professional is the controller of its own files but often the
 * processor of a client's (RGPD art. 28): then its duty is to inform the client (art. 33(2)),
 * within the contract's deadline (art. 28(3)(f)). Absent = controller.
 */
export function RoleQuestion({ incident, onChange, problems }: StepProps) {
  const { t, language } = useI18n()
  const role: DataRole = incident.role ?? { kind: 'controller' }
  const setRole = (patch: (r: DataRole) => DataRole) =>
    onChange((current) => ({ ...current, role: patch(current.role ?? { kind: 'controller' }) }))
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('intake.incident.role.label')}
        description={t('intake.incident.role.help')}
        value={role.kind}
        data={DataRoleKindSchema.options.map((kind) => ({
          value: kind,
          label: t(`intake.role.${kind}`)
        }))}
        onChange={(event) => {
          const parsed = DataRoleKindSchema.safeParse(event.currentTarget.value)
          if (parsed.success) setRole((r) => ({ ...r, kind: parsed.data }))
        }}
        error={problemAt(problems, 'role.kind')}
        data-testid="field-role"
      />
      {role.kind !== 'controller' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('intake.incident.role.controllerName.label')}
            value={role.controllerName ?? ''}
            onChange={(event) => {
              const name = optionalText(event.currentTarget.value)
              setRole((r) => withOptional(r, 'controllerName', name))
            }}
            error={problemAt(problems, 'role.controllerName')}
          />
          {role.kind === 'processor' && (
            <NumberInput
              label={`${t('intake.incident.role.contractNoticeHours.label')} (${t('intake.optional')})`}
              description={t('intake.incident.role.contractNoticeHours.help')}
              value={role.contractNoticeHours ?? ''}
              onChange={(value) => {
                const n =
                  typeof value === 'number' && Number.isFinite(value)
                    ? Math.round(value)
                    : undefined
                setRole((r) => withOptional(r, 'contractNoticeHours', n))
              }}
              min={0}
              max={8760}
              allowDecimal={false}
              allowNegative={false}
              {...numberSeparators(language)}
              error={problemAt(problems, 'role.contractNoticeHours')}
            />
          )}
        </SimpleGrid>
      )}
    </Stack>
  )
}
