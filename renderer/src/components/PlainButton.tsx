import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react'

import './plain-ui.css'

type Look = {
  /** Mantine's variants the app uses: filled (default), default (outlined), light, subtle. */
  variant?: 'filled' | 'default' | 'light' | 'subtle'
  size?: 'xs' | 'sm' | 'md'
  children: ReactNode
}

function Inner({ children, loading }: { children: ReactNode; loading?: boolean }) {
  return (
    <>
      {loading === true && <span className="plain-button-loader" aria-hidden="true" />}
      <span className="plain-button-inner">
        <span className="plain-button-label">{children}</span>
      </span>
    </>
  )
}

/**
 * A button drawn like Mantine's Button (./plain-ui.css) without rendering one: the first
 * screen's buttons (header, first-run screen, banners). `loading` disables it and shows Mantine's
 * spinner in place of the label, as Mantine's `loading` does.
 */
export function PlainButton({
  variant,
  size,
  loading,
  children,
  disabled,
  type = 'button',
  ...rest
}: Look & { loading?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      {...rest}
      type={type}
      className="plain-button"
      data-variant={variant}
      data-size={size}
      data-loading={loading === true ? true : undefined}
      disabled={disabled === true || loading === true}
    >
      <Inner loading={loading}>{children}</Inner>
    </button>
  )
}

/** A link drawn like a Mantine Button (the header's navigation). */
export function PlainButtonLink({
  variant,
  size,
  children,
  ...rest
}: Look & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a {...rest} className="plain-button" data-variant={variant} data-size={size}>
      <Inner>{children}</Inner>
    </a>
  )
}
