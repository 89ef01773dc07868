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
 *   #/settings                  SettingsPage (lock/): passphrase, idle lock, bin, device key
 *
 * An encrypted register that is locked shows only the UnlockScreen: no page is mounted, so no
 * decrypted value stays in React state. A register without passphrase shows the offer to
 * encrypt it above the register (it blocks nothing).
 */
import { MantineProvider } from '@mantine/core'
import { Activity, Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react'
import type { ComponentType, ReactNode } from 'react'

import { INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from '@shared/model/constants'

import { HeaderBackupButton, preloadBackupApi, RegisterBackupButton } from './backup/BackupReminder'
import { Alert, Button, ButtonLink, Loader, Title, rem } from './components/plain'
import { SegmentedRadios } from './components/SegmentedRadios'
import { useBackupDialogOpen } from './backup/dialog-state'
import { StorageNotice } from './components/StorageNotice'
// The database code is not on the start path: ./db/start.ts loads it after the first frame.
import {
  SentinelleDbError,
  createDraftIncident,
  describeDbError,
  getSetting,
  hasAppFirstScreen,
  firstScreenCommitted,
  keptFirstScreenHasRows
} from './db/start'
import type { DbOpenResult, PersistResult } from './db/start'
import { I18nProvider, useI18n } from './i18n/I18nProvider'
import type { Language } from './i18n/language'
import { navigate, routeToHash, useRoute } from './navigation'
import type { Route } from './navigation'
import { EncryptionBanner } from './lock/EncryptionBanner'
import { useLockControls } from './lock/LockControls'
import { useVaultStatus } from './lock/use-vault'
import { RegisterPage } from './register/RegisterPage'
import { displayTimeZone } from './register/use-display-time-zone'
import { preloadable } from './components/preloadable'
import { afterPaint, whenIdle } from './register/after-paint'
import { colorSchemeManager, cssVariablesResolver, themeFor } from './theme'
import './shell.css'

// Code split by screen: the register (the first screen) is in the main bundle; every other
// screen, and what the register shows only on demand, is fetched when it is first shown.
const named = <K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
) => lazy(async () => ({ default: (await load())[name] }))
const IncidentPage = named(() => import('./incident/IncidentPage'), 'IncidentPage')
const DocumentActions = named(() => import('./documents/DocumentActions'), 'DocumentActions')
const IntakePage = named(() => import('./intake/IntakePage'), 'IntakePage')
const PoliciesPage = named(() => import('./policies/PoliciesPage'), 'PoliciesPage')
const BinPage = named(() => import('./lock/BinPage'), 'BinPage')
const UnlockScreen = named(() => import('./lock/UnlockScreen'), 'UnlockScreen')
const SettingsPage = named(() => import('./lock/SettingsPage'), 'SettingsPage')
const { Component: RegisterExport, preload: preloadRegisterExport } = preloadable(
  () => import('./documents/RegisterExport'),
  'RegisterExport'
)
const BackupDialog = named(() => import('./backup/BackupDialog'), 'BackupDialog')
const LockButton = named(() => import('./lock/LockButton'), 'LockButton')
const LockShortcut = named(() => import('./lock/LockShortcut'), 'LockShortcut')
const IncidentTransfer = named(() => import('./backup/IncidentTransfer'), 'IncidentTransfer')
const AppNotifications = named(() => import('./components/AppNotifications'), 'AppNotifications')
// Mounted once the register is live, never on the first screen: its code (and the live list it
// watches) need not be evaluated before the first paint (issue 12).
const DeadlineWatch = named(() => import('./reminders/DeadlineWatch'), 'DeadlineWatch')

export type AppProps = {
  initialLanguage: Language
  onLanguageChange?: (language: Language) => void
  /** Result of openDatabase(); when not ok the app explains why and shows no page. */
  database?: DbOpenResult
  /** Result of requestPersistentStorage(); 'denied' is told to the user once. */
  persistence?: PersistResult
  /**
   * True while the database opens: the shell (header, language) is drawn at once and no page
   * is mounted until the open is done (it may fail, or the register may be locked).
   */
  opening?: boolean
  /** The language stored in the register, once read: it wins over `initialLanguage`. */
  storedLanguage?: Language
}

type ShellProps = Pick<AppProps, 'database' | 'persistence' | 'opening'>

export function App(props: AppProps) {
  // The work deferred past the first paint (the database code, its open) waits for this commit.
  useEffect(firstScreenCommitted, [])
  return (
    <I18nProvider initialLanguage={props.initialLanguage} onLanguageChange={props.onLanguageChange}>
      <AdoptStoredLanguage language={props.storedLanguage} />
      <ThemedShell
        database={props.database}
        persistence={props.persistence}
        opening={props.opening}
      />
    </I18nProvider>
  )
}

/** Switches to the stored language when it arrives and differs from the first guess. */
function AdoptStoredLanguage({ language }: { language?: Language }) {
  const { language: current, setLanguage } = useI18n()
  useEffect(() => {
    if (language !== undefined && language !== current) setLanguage(language)
    // Once per stored value: a later choice of the user is not overridden.
  }, [language]) // eslint-disable-line react-hooks/exhaustive-deps
  return null
}

function ThemedShell(props: ShellProps) {
  const { t } = useI18n()
  const closeLabel = t('shell.close')
  const localizedTheme = useMemo(() => themeFor(closeLabel), [closeLabel])
  return (
    // The theme's CSS variables are a static stylesheet (./theme-variables.css, imported by
    // main.tsx; a test checks it against what the provider would inject): computing them at
    // every start (every colour and shade, twice) was main-thread work before the first paint.
    <MantineProvider
      theme={localizedTheme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      withCssVariables={false}
      // No <style> of responsive classes in the first commit (a stylesheet added to the page
      // re-collects every rule before the first style pass): they serve only the Box props
      // hiddenFrom/visibleFrom, which no screen uses (first-screen-plain.test.tsx checks both).
      withGlobalClasses={false}
    >
      {/* Not while the database opens: that wait is on the first screen's path. */}
      {props.opening !== true && <LazyNotifications />}
      <Shell {...props} />
    </MantineProvider>
  )
}

/**
 * The notifications' container, fetched once the browser is idle after the first screen (mounted
 * once the database is open): nothing on that screen notifies, and a notification shown earlier
 * waits in Mantine's store until the container mounts.
 */
function LazyNotifications() {
  const [wanted, setWanted] = useState(false)
  useEffect(() => whenIdle(() => setWanted(true), { timeout: 1_000, fallbackMs: 200 }), [])
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <AppNotifications />
    </Suspense>
  )
}

/** While a screen's code is fetched (once per screen). */
function ScreenLoading() {
  return (
    <div className="screen-loading">
      <Loader />
    </div>
  )
}

function Screen({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
}

function Shell(props: ShellProps) {
  const { t, language } = useI18n()
  const route = useRoute()
  const dbError = props.database && !props.database.ok ? props.database.error : undefined
  const vaultStatus = useVaultStatus()
  const locked = vaultStatus === 'locked'
  const opening = props.opening === true
  const showPages = !opening && !dbError && !locked
  // While the unlock screen waits for the passphrase, fetch what the register page adds below its
  // list once unlocked (the export block, the backup reminder's code): fetched only at mount, they
  // landed under the list while the first search was typed (issue 12, keys-trace).
  useEffect(() => {
    if (!locked) return
    preloadRegisterExport()
    preloadBackupApi()
  }, [locked])
  // A clear register's first screen kept outside IndexedDB (db/first-screen.ts): the register
  // is shown while the database opens (seconds on a large register), then goes live.
  const [firstScreenKept] = useState(hasAppFirstScreen)
  // The kept register is on screen while the database opens: the export block it shows below
  // the list once live is fetched meanwhile, so that it lands with the live register, not under
  // the list a moment later while the user already types. After the first frame is painted and
  // then when the page is idle: an idle callback alone ran before the first paint and delayed it
  // (start-timeline, 7 interleaved starts: main-thread CPU +17 ms).
  // Not for an empty register (its first-run screen shows no export block).
  const [keptRows] = useState(() => firstScreenKept && keptFirstScreenHasRows())
  const keptRegister = opening && keptRows && route.name === 'register'
  useEffect(() => {
    if (!keptRegister) return
    let cancelIdle: (() => void) | undefined
    const cancelPaint = afterPaint(() => {
      cancelIdle = whenIdle(preloadRegisterExport, { timeout: 1000 })
    })
    return () => {
      cancelPaint()
      cancelIdle?.()
    }
  }, [keptRegister])
  // Until the open is done the vault's status is not known yet: treat it as locked.
  useLockControls(dbError || opening ? 'locked' : vaultStatus)

  return (
    <>
      {/* right-scroll-bar-position: the class the dialogs' scroll lock keeps from shifting. */}
      <header className="app-header right-scroll-bar-position">
        {/* Plain elements (issue 12: no Mantine component before the first paint), laid out
            as Mantine's Group h="100%" px="md" justify="space-between" drew them (shell.css). */}
        <div className="app-header-bar">
          <div className="app-header-start">
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            {showPages && <MainNav route={route} />}
          </div>
          <div className="app-header-end">
            {showPages && <HeaderBackupButton />}
            {showPages && <NewIncidentButton />}
            {showPages && vaultStatus === 'unlocked' && (
              <Suspense fallback={null}>
                <LockButton />
              </Suspense>
            )}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="app-main">
        {opening ? (
          firstScreenKept && route.name === 'register' ? (
            <Pages opening route={route} persistence={props.persistence} />
          ) : null
        ) : dbError ? (
          <Alert color="red" title={t('shell.db.error')} style={{ maxWidth: rem(720) }}>
            {describeDbError(new SentinelleDbError(dbError), language)}
          </Alert>
        ) : locked ? (
          <Screen>
            <UnlockScreen />
          </Screen>
        ) : (
          <Pages opening={false} route={route} persistence={props.persistence} />
        )}
      </main>
      {/* Once the database is open, before any unlock: not before the first paint. */}
      {!opening && !dbError && (
        <Suspense fallback={null}>
          <LockShortcut status={vaultStatus} />
        </Suspense>
      )}
    </>
  )
}

/**
 * The pages, the same element tree whether the database is still opening (a kept first screen
 * shown) or open: React then keeps the register page mounted when it goes live, so what the
 * user typed or focused meanwhile (the search field) stays as it was. What needs the open
 * database mounts only once it is open.
 */
function Pages(props: { opening: boolean; route: Route; persistence: PersistResult | undefined }) {
  const live = !props.opening
  const persistence = props.persistence
  // The same elements from route to route: not rendered again by a navigation (DeadlineWatch
  // reads the computer's zone when it renders, 6 ms of the back to the register at 100,000).
  const beside = useMemo(
    () => (
      <>
        {live && <StorageNotice persistence={persistence} />}
        {live && (
          <Suspense fallback={null}>
            <DeadlineWatch />
          </Suspense>
        )}
        {live && <LazyBackupDialog />}
      </>
    ),
    [live, persistence]
  )
  return (
    <>
      {beside}
      <Screen>
        <KeptRegister route={props.route} opening={props.opening} />
        {props.route.name !== 'register' && <RoutePage route={props.route} />}
      </Screen>
    </>
  )
}

/**
 * The register page, kept while an incident opened from it is shown: hidden (`Activity`), its
 * effects stopped (no store subscription, no timer, no observer), its rows and state kept, so
 * that back to the register shows them again without building the page anew (issue 12: back at
 * 100,000 under 100 ms). Any other page (an edit, the bin, a lock) lets it go.
 */
function KeptRegister({ route, opening }: { route: Route; opening: boolean }) {
  const shown = route.name === 'register'
  const [kept, setKept] = useState(shown)
  const keep = shown || (kept && route.name === 'incident')
  if (keep !== kept) setKept(keep)
  if (!keep) return null
  return (
    <Activity mode={shown ? 'visible' : 'hidden'}>
      <RegisterRoute opening={opening} />
    </Activity>
  )
}

function RegisterRoute({ opening }: { opening: boolean }) {
  return (
    <>
      {/* In the main bundle: above the list, it must not push the rows down once shown.
          Shown while opening too: only a clear register's first screen is kept, and the
          banner appearing when it goes live would move the first screen down. */}
      <EncryptionBanner />
      <RegisterPage
        exportButton={
          opening ? undefined : (
            <div className="app-stack" data-gap="md">
              <Suspense fallback={null}>
                <RegisterExport headingLevel={3} />
              </Suspense>
              <RegisterBackupButton />
            </div>
          )
        }
      />
    </>
  )
}

/** The backup dialog's code is fetched when it is first opened; then it stays mounted. */
function LazyBackupDialog() {
  const opened = useBackupDialogOpen()
  const wanted = useRef(false)
  if (opened) wanted.current = true
  if (!wanted.current) return null
  return (
    <Suspense fallback={null}>
      <BackupDialog />
    </Suspense>
  )
}

function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'register':
      // KeptRegister draws it.
      return null
    case 'bin':
      return <BinPage />
    case 'settings':
      return <SettingsPage />
    case 'incident':
      return (
        <IncidentPage
          id={route.id}
          renderDocuments={({ incident, assessment, policies }) => (
            <div className="app-stack" data-gap="lg">
              {assessment ? (
                <Suspense fallback={null}>
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
                </Suspense>
              ) : null}
              <Suspense fallback={null}>
                <IncidentTransfer incidentId={incident.id} reference={incident.reference} />
              </Suspense>
            </div>
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
      active: route.name !== 'policies' && route.name !== 'bin' && route.name !== 'settings'
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
    },
    {
      route: { name: 'settings' } as const,
      label: t('security.settings.nav'),
      active: route.name === 'settings'
    }
  ]
  return (
    <nav aria-label={t('shell.nav.label')}>
      <div className="app-nav">
        {links.map((link) => (
          <ButtonLink
            key={link.route.name}
            href={routeToHash(link.route)}
            variant={link.active ? 'light' : 'subtle'}
            aria-current={link.active ? 'page' : undefined}
            data-testid={`nav-${link.route.name}`}
          >
            {link.label}
          </ButtonLink>
        ))}
      </div>
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
          const timeZone = displayTimeZone(await getSetting('timeZone').catch(() => undefined))
          const id = await createDraftIncident({
            timeZone,
            ...(insured ? { patch: { insured } } : {})
          })
          navigate({ name: 'edit', id, step: 'incident' })
        } catch (error) {
          const message = t('shell.newIncident.error', {
            message: describeDbError(error, language)
          })
          // Not in the start bundle: fetched on this rare failure (the container is mounted).
          const { notifications } = await import('@mantine/notifications')
          notifications.show({ color: 'red', autoClose: false, message })
        } finally {
          setBusy(false)
        }
      }}
    >
      {t('shell.nav.newIncident')}
    </Button>
  )
}

/** Each language's name read in its own language by screen readers. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  return (
    <SegmentedRadios
      aria-label={t('language.label')}
      value={language}
      onChange={setLanguage}
      data={[
        { value: 'fr', label: t('language.fr'), lang: 'fr' },
        { value: 'en', label: t('language.en'), lang: 'en' }
      ]}
      data-testid="language-switch"
    />
  )
}
