// Runs before the app's bundle has even downloaded: the first IndexedDB call of a browser process
// makes it open the origin's storage (about 0.2 s on an empty register, seconds on a large one),
// so asking now lets that happen while the code downloads and runs. The app's own open
// (renderer/src/db/schema.ts, openGuarded) then finds the storage ready. Lists names only.
try {
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    indexedDB.databases().catch(function () {})
  }
} catch {
  // Storage unavailable: the app's own open reports it.
}
