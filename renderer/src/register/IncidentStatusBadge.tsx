import type { IncidentStatus } from '../db/types'
import { useI18n } from '../i18n/I18nProvider'
import { Badge } from '../components/plain'

/** Dark shades only: the light variants fail WCAG contrast at badge size. */
export function IncidentStatusBadge(props: { status: IncidentStatus }) {
  const { t } = useI18n()
  switch (props.status) {
    case 'draft':
      // Dashed outline: a draft must not look like a filed incident.
      return (
        <Badge
          variant="outline"
          color="dark.6"
          style={{ borderStyle: 'dashed', flexShrink: 0 }}
          data-status="draft"
        >
          {t('register.status.draft')}
        </Badge>
      )
    case 'open':
      return (
        <Badge variant="filled" color="indigo.8" style={{ flexShrink: 0 }} data-status="open">
          {t('register.status.open')}
        </Badge>
      )
    case 'closed':
      return (
        <Badge variant="filled" color="gray.7" style={{ flexShrink: 0 }} data-status="closed">
          {t('register.status.closed')}
        </Badge>
      )
  }
}
