/**
 * "Why?": the law behind one item of the assessment, closed by default. A real button with
 * aria-expanded controlling a labelled region, so keyboard and screen-reader users open it
 * like anyone else; the button's accessible name names the item ("Why? Notify the CNIL").
 */
import { Box, UnstyledButton } from '@mantine/core'
import { useId, useState } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '../i18n/I18nProvider'

export function WhyDisclosure(props: { about: string; children: ReactNode; testId?: string }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const regionId = useId()
  return (
    <Box mt={4}>
      <UnstyledButton
        // The visible "Why?" first, then the item: label-in-name holds for voice control.
        aria-label={`${t('assessment.why')} ${props.about}`}
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
        data-testid={props.testId ?? 'why'}
        fz="sm"
        fw={600}
        c="blue.9"
        style={{ textDecoration: 'underline' }}
      >
        <span aria-hidden>{open ? '▾ ' : '▸ '}</span>
        {t('assessment.why')}
      </UnstyledButton>
      <Box
        id={regionId}
        role="region"
        aria-label={t('assessment.why.region', { about: props.about })}
        hidden={!open}
        mt={4}
        pl="sm"
        style={{ borderLeft: '2px solid var(--mantine-color-gray-4)' }}
      >
        {open ? props.children : null}
      </Box>
    </Box>
  )
}
