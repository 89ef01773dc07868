import { useState } from 'react'

import { rebaseSampleTimes, sampleIncidents } from '@shared/model/samples'

import { PlainButton } from '../components/PlainButton'
import { PlainErrorAlert } from '../components/PlainErrorAlert'
import { describeDbError, useSetting } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { navigate } from '../navigation'
import { displayTimeZone } from '../register/use-display-time-zone'
import { loadSampleIncident, startNewIncident } from './start-incident'
import './first-run.css'

/** Mantine's ComboboxChevron (the NativeSelect's arrows). */
const CHEVRON_PATH =
  'M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z'

/**
 * Shown instead of the register while it is empty: what the app does in three lines, and two
 * ways to begin (log a real incident, or explore a sample one).
 */
export function FirstRunScreen() {
  const { t, language } = useI18n()
  // The zone is looked up when a button is used, not to draw the screen (no Intl call before
  // the first paint): the user's chosen zone, else the computer's.
  const chosenZone = useSetting('timeZone')
  const [busy, setBusy] = useState<'start' | 'sample' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sampleSlug, setSampleSlug] = useState(sampleIncidents[0]?.slug ?? '')

  const run = async (kind: 'start' | 'sample') => {
    setBusy(kind)
    setError(null)
    try {
      const chosen = sampleIncidents.find((sample) => sample.slug === sampleSlug)
      const id =
        kind === 'start'
          ? await startNewIncident(displayTimeZone(chosenZone))
          : await loadSampleIncident(
              chosen && rebaseSampleTimes(chosen.file, new Date().toISOString())
            )
      navigate(kind === 'start' ? { name: 'edit', id } : { name: 'incident', id })
    } catch (caught) {
      const message = describeDbError(caught, language)
      setError(t(kind === 'start' ? 'firstRun.startFailed' : 'firstRun.sampleFailed', { message }))
      setBusy(null)
    }
  }

  // Plain elements drawn like the Mantine components they replace (components/plain-ui.css):
  // this screen is the first one an empty register paints (issue 12).
  return (
    <section aria-labelledby="first-run-title" className="first-run" data-testid="first-run">
      <h2 className="plain-title" data-size="h2" id="first-run-title">
        {t('firstRun.title')}
      </h2>
      <div className="plain-paper first-run-lines">
        <ul className="plain-list">
          <li>{t('firstRun.line1')}</li>
          <li>{t('firstRun.line2')}</li>
          <li>{t('firstRun.line3')}</li>
        </ul>
      </div>
      <div className="first-run-actions">
        <PlainButton
          size="md"
          loading={busy === 'start'}
          disabled={busy !== null}
          onClick={() => void run('start')}
        >
          {t('firstRun.start')}
        </PlainButton>
        <div className="plain-select">
          <select
            aria-label={t('firstRun.sampleChoice')}
            value={sampleSlug}
            onChange={(event) => setSampleSlug(event.currentTarget.value)}
            disabled={busy !== null}
          >
            {sampleIncidents.map((sample) => (
              <option key={sample.slug} value={sample.slug}>
                {sample.title[language]}
              </option>
            ))}
          </select>
          <span className="plain-select-chevron" aria-hidden="true">
            <svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg">
              <path d={CHEVRON_PATH} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
            </svg>
          </span>
        </div>
        <PlainButton
          size="md"
          variant="default"
          loading={busy === 'sample'}
          disabled={busy !== null}
          onClick={() => void run('sample')}
          aria-describedby="first-run-sample-help"
        >
          {t('firstRun.sample')}
        </PlainButton>
      </div>
      <p className="plain-text-sm first-run-help" id="first-run-sample-help">
        {t('firstRun.sampleHelp')}
      </p>
      {error !== null ? (
        <PlainErrorAlert title={t('firstRun.title')}>{error}</PlainErrorAlert>
      ) : null}
    </section>
  )
}
