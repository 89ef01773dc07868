/**
 * The shell: header (app name, navigation, "new incident", language), and the page of the
 * current hash route (./navigation.ts):
 *
 *   #/                          RegisterPage (register/, REGISTER helper); it shows the
 *                               first-run screen itself when the register is empty
 *   #/incident/<id>             IncidentDetailPage (incident/, REGISTER helper)
 *   #/incident/<id>/edit[/step] IntakePage (intake/)
 *   #/policies                  PoliciesPage (policies/)
 *   #/bin                       BinPage (lock/): deleted incidents, restore and erasure
 *
 * An encrypted register that is locked shows only the UnlockScreen: no page is mounted, so no
 * decrypted value stays in React state. A register without passphrase shows the offer to
 * encrypt it above the register (it blocks nothing).
 */
import {
  AppShell,
  Alert,
  Button,
  Group,
  MantineProvider,
  SegmentedControl,
  Stack,
  Title
} from '@mantine/core'
import { Notifications, notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'

import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from '@shared/model'

import { BackupDialog } from './backup/BackupDialog'
import { HeaderBackupButton, RegisterBackupButton } from './backup/BackupReminder'
import { IncidentTransfer } from './backup/IncidentTransfer'
import { StorageNotice } from './components/StorageNotice'
import { systemTimeZone } from './components/zoned-time'
import { SentinelleDbError, createDraftIncident, describeDbError, getSetting } from './db'
import type { DbOpenResult, PersistResult } from './db'
import { I18nProvider, useI18n } from './i18n/I18nProvider'
import type { Language } from './i18n/language'
import { isLanguage } from './i18n/language'
import { DocumentActions } from './documents/DocumentActions'
import { RegisterExport } from './documents/RegisterExport'
import { IncidentPage } from './incident/IncidentPage'
import { IntakePage } from './intake/IntakePage'
import { navigate, routeToHash, useRoute } from './navigation'
import type { Route } from './navigation'
import { BinPage } from './lock/BinPage'
import { EncryptionBanner } from './lock/EncryptionBanner'
import { LockButton, useLockControls } from './lock/LockControls'
import { UnlockScreen } from './lock/UnlockScreen'
import { useVaultStatus } from './lock/use-vault'
import { PoliciesPage } from './policies/PoliciesPage'
import { RegisterPage } from './register/RegisterPage'
import { DeadlineWatch } from './reminders/DeadlineWatch'
import { cssVariablesResolver, themeFor } from './theme'

export type AppProps = {
  initialLanguage: Language
  onLanguageChange?: (language: Language) => void
  /** Result of openDatabase(); when not ok the app explains why and shows no page. */
  database?: DbOpenResult
  /** Result of requestPersistentStorage(); 'denied' is told to the user once. */
  persistence?: PersistResult
}

export function App(props: AppProps) {
  return (
    <I18nProvider initialLanguage={props.initialLanguage} onLanguageChange={props.onLanguageChange}>
      <ThemedShell database={props.database} persistence={props.persistence} />
    </I18nProvider>
  )
}

function ThemedShell(props: { database?: DbOpenResult; persistence?: PersistResult }) {
  const { t } = useI18n()
  const closeLabel = t('shell.close')
  const localizedTheme = useMemo(() => themeFor(closeLabel), [closeLabel])
  return (
    <MantineProvider theme={localizedTheme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <Shell database={props.database} persistence={props.persistence} />
    </MantineProvider>
  )
}

function Shell(props: { database?: DbOpenResult; persistence?: PersistResult }) {
  const { t, language } = useI18n()
  const route = useRoute()
  const dbError = props.database && !props.database.ok ? props.database.error : undefined
  const vaultStatus = useVaultStatus()
  const locked = vaultStatus === 'locked'
  const showPages = !dbError && !locked
  useLockControls(dbError ? 'locked' : vaultStatus)

  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            {showPages && <MainNav route={route} />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {showPages && <HeaderBackupButton />}
            {showPages && <NewIncidentButton />}
            {showPages && vaultStatus === 'unlocked' && <LockButton />}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {dbError ? (
          <Alert color="red" title={t('shell.db.error')} maw={720} role="alert">
            {describeDbError(new SentinelleDbError(dbError), language)}
          </Alert>
        ) : locked ? (
          <UnlockScreen />
        ) : (
          <>
            <StorageNotice persistence={props.persistence} />
            <DeadlineWatch />
            <BackupDialog />
            <RoutePage route={route} />
          </>
        )}
      </AppShell.Main>
    </AppShell>
  )
}

function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'register':
      return (
        <>
          <EncryptionBanner />
          <RegisterPage
            exportButton={
              <Stack gap="md">
                <RegisterExport headingLevel={3} />
                <RegisterBackupButton />
              </Stack>
            }
          />
        </>
      )
    case 'bin':
      return <BinPage />
    case 'incident':
      return (
        <IncidentPage
          id={route.id}
          renderDocuments={({ incident, assessment, policies }) => (
            <Stack gap="lg">
              {assessment ? (
                <DocumentActions
                  file={{
                    format: INCIDENT_FILE_FORMAT,
                    formatVersion: INCIDENT_FILE_VERSION,
                    incident,
                    policies: [...policies]
                  }}
                  assessment={assessment}
                  headingLevel={3}
                />
              ) : null}
              <IncidentTransfer incidentId={incident.id} reference={incident.reference} />
            </Stack>
          )}
        />
      )
    case 'edit':
      // Keyed by id: a different incident starts from its own stored draft.
      return <IntakePage key={route.id} id={route.id} step={route.step} />
    case 'policies':
      return <PoliciesPage />
  }
}

function MainNav({ route }: { route: Route }) {
  const { t } = useI18n()
  const links = [
    {
      route: { name: 'register' } as const,
      label: t('shell.nav.register'),
      active: route.name !== 'policies' && route.name !== 'bin'
    },
    {
      route: { name: 'policies' } as const,
      label: t('shell.nav.policies'),
      active: route.name === 'policies'
    },
    {
      route: { name: 'bin' } as const,
      label: t('security.bin.nav'),
      active: route.name === 'bin'
    }
  ]
  return (
    <nav aria-label={t('shell.nav.label')}>
      <Group gap={4} wrap="nowrap">
        {links.map((link) => (
          <Button
            key={link.route.name}
            component="a"
            href={routeToHash(link.route)}
            variant={link.active ? 'light' : 'subtle'}
            aria-current={link.active ? 'page' : undefined}
            data-testid={`nav-${link.route.name}`}
          >
            {link.label}
          </Button>
        ))}
      </Group>
    </nav>
  )
}

/** Creates a draft at once (so autosave has a row to write to) and opens its intake. */
export function NewIncidentButton() {
  const { t, language } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      loading={busy}
      data-testid="new-incident"
      onClick={async () => {
        setBusy(true)
        try {
          const insured = await getSetting('defaultInsured').catch(() => undefined)
          // The zone the user chose for display, else the computer's: the intake's times are typed in it.
          const timeZone = (await getSetting('timeZone').catch(() => undefined)) ?? systemTimeZone()
          const id = await createDraftIncident({
            timeZone,
            ...(insured ? { patch: { insured } } : {})
          })
          navigate({ name: 'edit', id, step: 'incident' })
        } catch (error) {
          notifications.show({
            color: 'red',
            autoClose: false,
            message: t('shell.newIncident.error', { message: describeDbError(error, language) })
          })
        } finally {
          setBusy(false)
        }
      }}
    >
      {t('shell.nav.newIncident')}
    </Button>
  )
}

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value)
      }}
      data={[
        { value: 'fr', label: t('language.fr') },
        { value: 'en', label: t('language.en') }
      ]}
    />
  )
}
