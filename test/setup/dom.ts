import 'fake-indexeddb/auto'

import { loadCatalogue } from '../../renderer/src/i18n/catalogues'

// The app loads each catalogue in two parts on demand (i18n/catalogues.ts: the first screen's
// strings, then the rest after the first frame); component tests render any screen, in either
// language, at once, so both catalogues are loaded whole before they run.
await Promise.all([loadCatalogue('fr'), loadCatalogue('en')])
