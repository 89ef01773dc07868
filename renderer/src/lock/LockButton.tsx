/**
 * The header's Lock button. Its own module, loaded once the register is unlocked: its tooltip
 * brings the floating-positioning code, which the first screen does not need.
 */
import { Button, Tooltip } from '@mantine/core'

import { useI18n } from '../i18n/I18nProvider'
import { lockNow } from './LockControls'

export function LockButton() {
  const { t } = useI18n()
  return (
    <Tooltip label={t('security.lock.hint')}>
      <Button variant="default" onClick={lockNow} data-testid="lock-now">
        {t('security.lock.button')}
      </Button>
    </Tooltip>
  )
}
