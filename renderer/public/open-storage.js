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
// The same for the page's first Intl call, which loads the locale and time-zone data (30 to
// 90 ms measured in Chromium, once per page): the first screen needs it (the time zone dates are
// shown in, numbers and dates in the user's language), so it is loaded now, on a main thread
// that is otherwise idle while the bundle downloads, instead of in the first render.
try {
  var formatter = new Intl.DateTimeFormat(navigator.language, {
    dateStyle: 'short',
    timeStyle: 'short'
  })
  formatter.format(0)
  formatter.resolvedOptions()
  ;(0.5).toLocaleString(navigator.language)
} catch {
  // No Intl: the app falls back on its own (components/zoned-time.ts).
}
