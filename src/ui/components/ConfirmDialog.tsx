import { Button, Group, Modal, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useT } from '../i18n/LocaleContext'

/** Asks before something that cannot be taken back; the safe choice has the focus. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  keepLabel,
  onConfirm,
  onClose
}: {
  opened: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  keepLabel?: string
  onConfirm: () => void
  onClose: () => void
}) {
  const t = useT()
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Text mb="md">{children}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {keepLabel ?? t.app.confirmKeep}
        </Button>
        <Button
          color="red"
          onClick={() => {
            onConfirm()
            onClose()
          }}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
