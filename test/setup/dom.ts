import 'fake-indexeddb/auto'

import { loadCatalogue } from '../../renderer/src/i18n/catalogues'

// The app loads the English catalogue on demand (main.tsx before an English start, or on the
// switch); component tests render in English at once, so it is loaded before they run.
await loadCatalogue('en')
