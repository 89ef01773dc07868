/**
 * The Content-Security-Policy of the app, in one place: injected as a `<meta>` into the built
 * `index.html` (electron.vite.config.ts) and sent as a header by the `app://` protocol handler.
 * No remote origin, no inline script, no eval. Inline styles are allowed because the component
 * library sets CSS variables through `style` attributes; `blob:` serves attachment downloads
 * and the export worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** `frame-ancestors` is ignored (with a console error) in a meta tag, so it goes in the header only. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
