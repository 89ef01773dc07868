// fake-indexeddb must be installed before Dexie is imported by any test.
import 'fake-indexeddb/auto'
