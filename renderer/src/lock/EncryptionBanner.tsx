/**
 * The offer to encrypt, on the register while it is not encrypted: a warning the user can act
 * on at any time; it blocks nothing (the first-run screen and the register stay usable).
 */
import { Suspense, lazy, useId, useState } from 'react'

import { PlainButton } from '../components/PlainButton'
import { useI18n } from '../i18n/I18nProvider'
import { useVaultStatus } from './use-vault'

// Fetched when first opened: the banner is on the first screen, the dialog is not.
const SetUpDialog = lazy(async () => ({ default: (await import('./SetUpDialog')).SetUpDialog }))

export function EncryptionBanner() {
  const { t } = useI18n()
  const status = useVaultStatus()
  const [open, setOpen] = useState(false)
  const [wanted, setWanted] = useState(false)
  const bodyId = useId()
  return (
    <>
      {status === 'clear' && (
        // Drawn like Mantine's yellow Alert (components/plain-ui.css): plain elements, since the
        // banner is on the first screen (issue 12). role="alert" and the description as before.
        <div
          className="plain-alert encryption-banner"
          data-color="yellow"
          role="alert"
          aria-describedby={bodyId}
          data-testid="unencrypted-banner"
        >
          <div className="plain-alert-wrapper">
            <div className="plain-alert-body">
              <div id={bodyId} className="plain-alert-message">
                <div className="encryption-banner-line">
                  {/* Mantine's yellow on pale yellow is 1.9:1; the text colour keeps WCAG AA. */}
                  <p className="plain-text-sm encryption-banner-text">
                    <strong>{t('security.banner.title')}</strong>
                    {' · '}
                    {t('security.banner.body')}
                  </p>
                  <PlainButton
                    size="xs"
                    onClick={() => {
                      setWanted(true)
                      setOpen(true)
                    }}
                    data-testid="setup-open"
                  >
                    {t('security.banner.action')}
                  </PlainButton>
                </div>
              </div>
            </div>
          </div>
        </div>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <SetUpDialog opened={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
