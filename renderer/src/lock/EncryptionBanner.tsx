/**
 * The offer to encrypt, on the register while it is not encrypted: a warning the user can act
 * on at any time; it blocks nothing (the first-run screen and the register stay usable).
 */
import { Suspense, lazy, useState } from 'react'

import { Alert, Button, Group, Text, rem } from '../components/plain'
import { useI18n } from '../i18n/I18nProvider'
import { useVaultStatus } from './use-vault'

// Fetched when first opened: the banner is on the first screen, the dialog is not.
const SetUpDialog = lazy(async () => ({ default: (await import('./SetUpDialog')).SetUpDialog }))

export function EncryptionBanner() {
  const { t } = useI18n()
  const status = useVaultStatus()
  const [open, setOpen] = useState(false)
  const [wanted, setWanted] = useState(false)
  return (
    <>
      {status === 'clear' && (
        // Plain elements with Mantine's markup (components/plain.tsx): the banner is on the
        // first screen (issue 12). One compact line: at 1024×640 the register must still show
        // five incidents.
        <Alert
          color="yellow"
          style={{ marginBottom: 'var(--mantine-spacing-xs)', paddingBlock: rem(6) }}
          data-testid="unencrypted-banner"
        >
          <Group justify="space-between" gap="sm" wrap="nowrap">
            {/* Mantine's yellow on pale yellow is 1.9:1; the text colour keeps WCAG AA. */}
            <Text size="sm" style={{ color: 'var(--mantine-color-text)' }}>
              <strong style={{ fontWeight: 700 }}>{t('security.banner.title')}</strong>
              {' · '}
              {t('security.banner.body')}
            </Text>
            <Button
              size="xs"
              onClick={() => {
                setWanted(true)
                setOpen(true)
              }}
              data-testid="setup-open"
            >
              {t('security.banner.action')}
            </Button>
          </Group>
        </Alert>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <SetUpDialog opened={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
