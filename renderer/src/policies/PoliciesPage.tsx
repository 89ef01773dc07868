import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'

import type { Policy } from '@shared/model'

import { deletePolicy, describeDbError, savePolicy, usePolicies } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { PolicyForm } from './PolicyForm'
import type { PolicyDraft } from './PolicyForm'
import { policyTitle } from './policy-title'

/** The user's insurance policies, entered once and offered in every incident's intake. */
export function PoliciesPage() {
  const { t, language } = useI18n()
  const policies = usePolicies()
  const [editing, setEditing] = useState<Policy | 'new' | undefined>()
  const [removing, setRemoving] = useState<Policy | undefined>()

  const submit = async (draft: PolicyDraft) => {
    try {
      await savePolicy(draft)
      notifications.show({ color: 'green', message: t('policies.saved') })
      setEditing(undefined)
    } catch (error) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: t('policies.error', { message: describeDbError(error, language) })
      })
    }
  }

  const remove = async (policy: Policy) => {
    try {
      await deletePolicy(policy.id)
      notifications.show({ message: t('policies.removed') })
    } catch (error) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: describeDbError(error, language)
      })
    } finally {
      setRemoving(undefined)
    }
  }

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between">
        <Title order={2} size="h2">
          {t('policies.title')}
        </Title>
        <Button onClick={() => setEditing('new')} data-testid="policies-add">
          {t('policies.add')}
        </Button>
      </Group>
      <Text>{t('policies.intro')}</Text>

      {policies === undefined ? (
        <Text>{t('shell.loading')}</Text>
      ) : policies.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{t('policies.empty')}</Text>
        </Paper>
      ) : (
        <Table striped withTableBorder highlightOnHover data-testid="policies-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('policies.column.kind')}</Table.Th>
              <Table.Th scope="col">{t('policies.column.insurer')}</Table.Th>
              <Table.Th scope="col">{t('policies.column.number')}</Table.Th>
              <Table.Th scope="col">{t('policies.column.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.map((policy) => (
              <Table.Tr key={policy.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {policyTitle(policy, t)}
                  </Text>
                  <Text size="xs">{t(`policies.kind.${policy.kind}`)}</Text>
                </Table.Td>
                <Table.Td>{policy.insurer}</Table.Td>
                <Table.Td>{policy.policyNumber}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(policy)}
                      aria-label={`${t('policies.edit')} — ${policyTitle(policy, t)}`}
                    >
                      {t('policies.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRemoving(policy)}
                      aria-label={`${t('policies.remove')} — ${policyTitle(policy, t)}`}
                    >
                      {t('policies.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing === 'new' ? t('policies.form.addTitle') : t('policies.form.editTitle')}
        size="lg"
      >
        {editing !== undefined && (
          <PolicyForm
            key={editing === 'new' ? 'new' : editing.id}
            policy={editing === 'new' ? undefined : editing}
            onSubmit={submit}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Modal>

      <Modal
        opened={removing !== undefined}
        onClose={() => setRemoving(undefined)}
        title={t('policies.remove.confirm.title')}
      >
        {removing && (
          <Stack>
            <Text>{t('policies.remove.confirm.body', { name: policyTitle(removing, t) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(undefined)}>
                {t('policies.cancel')}
              </Button>
              <Button color="red.9" onClick={() => void remove(removing)}>
                {t('policies.remove.confirm.ok')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
