import { Button, Group, Modal, Text } from '@mantine/core'

/** A destructive action asks first; the safe choice has the focus. */
export function ConfirmDialog(props: {
  opened: boolean
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const { opened, title, body, confirmLabel, cancelLabel, onConfirm, onCancel } = props
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered returnFocus>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {body}
      </Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </Button>
        <Button color="red.8" onClick={onConfirm} data-testid="confirm-action">
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
