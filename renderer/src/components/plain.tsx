/**
 * The register's first screen drawn with plain elements: the markup Mantine's components
 * (9.x) render, with their class names, CSS variables and data attributes, and their own
 * stylesheets, but none of their JavaScript (issue 12, the start path: each Mantine component
 * resolves its props, theme and styles at every render; the first screen had about a hundred).
 * Same look and the same native controls, so the same keyboard and ARIA behaviour.
 *
 * Mantine's class names are its internals: ./plain.test.tsx renders every element here next to
 * the Mantine component it stands for and fails when their markup differs (a Mantine upgrade).
 */
import { useId } from 'react'
import type { CSSProperties, ChangeEvent, HTMLAttributes, ReactNode } from 'react'

// In Mantine's own order (its styles.css): a later sheet may override an earlier one.
import '@mantine/core/styles/UnstyledButton.css'
import '@mantine/core/styles/VisuallyHidden.css'
import '@mantine/core/styles/Paper.css'
import '@mantine/core/styles/Group.css'
import '@mantine/core/styles/Loader.css'
import '@mantine/core/styles/Input.css'
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Alert.css'
import '@mantine/core/styles/Badge.css'
import '@mantine/core/styles/Button.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Chip.css'
import '@mantine/core/styles/Combobox.css'
import '@mantine/core/styles/List.css'
import '@mantine/core/styles/Stack.css'
import '@mantine/core/styles/Text.css'
import '@mantine/core/styles/Title.css'

type Spacing = 'xs' | 'sm' | 'md' | 'lg' | 'xl' | number

/** Mantine's `rem()`: pixels at the theme's scale. */
export function rem(px: number): string {
  return `calc(${px / 16}rem * var(--mantine-scale))`
}

function spacing(value: Spacing): string {
  return typeof value === 'number' ? rem(value) : `var(--mantine-spacing-${value})`
}

/** A style object with CSS custom properties. */
type Vars = CSSProperties & Record<`--${string}`, string>

type Common = {
  id?: string
  role?: string
  style?: CSSProperties
  children?: ReactNode
  'data-testid'?: string
} & Pick<
  HTMLAttributes<HTMLElement>,
  'aria-labelledby' | 'aria-label' | 'aria-busy' | 'aria-live' | 'aria-atomic'
>

/** Mantine's Stack. */
export function Stack(props: Common & { gap?: Spacing; component?: 'div' | 'section' }) {
  const { gap = 'md', component: Tag = 'div', style, ...rest } = props
  const vars: Vars = {
    '--stack-gap': spacing(gap),
    '--stack-align': 'stretch',
    '--stack-justify': 'flex-start',
    ...style
  }
  return <Tag {...rest} style={vars} className="m_6d731127 mantine-Stack-root" />
}

/** Mantine's Group. */
export function Group(
  props: Common & {
    gap?: Spacing
    align?: CSSProperties['alignItems']
    justify?: CSSProperties['justifyContent']
    wrap?: 'wrap' | 'nowrap'
  }
) {
  const { gap = 'md', align = 'center', justify = 'flex-start', wrap = 'wrap', ...rest } = props
  const { style, ...attributes } = rest
  const vars: Vars = {
    '--group-gap': spacing(gap),
    '--group-align': String(align),
    '--group-justify': String(justify),
    '--group-wrap': wrap,
    ...style
  }
  return <div {...attributes} style={vars} className="m_4081bf90 mantine-Group-root" />
}

/** Mantine's Title: an `h1` or `h2`, sized as its own order or as `size` (e.g. the header's h3). */
export function Title(props: {
  order: 1 | 2
  size?: 'h2' | 'h3'
  id?: string
  children: ReactNode
}) {
  const { order, size, ...rest } = props
  const look = size ?? `h${order}`
  const vars: Vars = {
    '--title-fw': `var(--mantine-${look}-font-weight)`,
    '--title-lh': `var(--mantine-${look}-line-height)`,
    '--title-fz': `var(--mantine-${look}-font-size)`
  }
  const Tag = order === 1 ? 'h1' : 'h2'
  return (
    <Tag
      {...rest}
      style={vars}
      className="m_8a5d1357 mantine-Title-root"
      data-order={String(order)}
      data-size={size}
    />
  )
}

/** Mantine's Alert, light, red or yellow, with an optional title. */
export function Alert(props: {
  color: 'red' | 'yellow'
  title?: string
  style?: CSSProperties
  children: ReactNode
  'data-testid'?: string
}) {
  const { color, title, style, children, ...rest } = props
  const id = useId()
  const vars: Vars = {
    '--alert-bg': `var(--mantine-color-${color}-light)`,
    '--alert-color': `var(--mantine-color-${color}-light-color)`,
    '--alert-bd': `${rem(1)} solid transparent`,
    ...style
  }
  return (
    <div
      {...rest}
      style={vars}
      className="m_66836ed3 mantine-Alert-root"
      id={id}
      role="alert"
      aria-describedby={`${id}-body`}
      aria-labelledby={title !== undefined ? `${id}-title` : undefined}
    >
      <div className="m_a5d60502 mantine-Alert-wrapper">
        <div className="m_667c2793 mantine-Alert-body">
          {title !== undefined ? (
            <div className="m_6a03f287 mantine-Alert-title">
              <span id={`${id}-title`} className="m_698f4f23 mantine-Alert-label">
                {title}
              </span>
            </div>
          ) : null}
          <div id={`${id}-body`} className="m_7fa78076 mantine-Alert-message">
            {children}
          </div>
        </div>
      </div>
    </div>
  )
}

/** Mantine's Paper with a border (`withBorder`), its radius and padding from the theme. */
export function Paper(props: { radius: Spacing; p: Spacing; children: ReactNode }) {
  const vars: Vars = {
    '--paper-radius':
      typeof props.radius === 'number'
        ? rem(props.radius)
        : `var(--mantine-radius-${props.radius})`,
    padding: spacing(props.p)
  }
  return (
    <div style={vars} className="m_1b7284a3 mantine-Paper-root" data-with-border="true">
      {props.children}
    </div>
  )
}

/** Mantine's List (a `ul`, size md) of plain items. */
export function List(props: { spacing: Spacing; items: readonly ReactNode[] }) {
  const vars: Vars = {
    '--list-fz': 'var(--mantine-font-size-md)',
    '--list-lh': 'var(--mantine-line-height-md)',
    '--list-spacing': spacing(props.spacing)
  }
  return (
    <ul style={vars} className="m_abbac491 mantine-List-root" data-size="md">
      {props.items.map((item, index) => (
        <li key={index} className="m_abb6bec2 mantine-List-item">
          <div className="m_75cd9f71 mantine-List-itemWrapper">
            <span className="mantine-List-itemLabel">{item}</span>
          </div>
        </li>
      ))}
    </ul>
  )
}

/** Mantine's Text (a `p`, or an `h3`), with the few style props the register uses. */
export function Text(
  props: Common & {
    component?: 'p' | 'h3'
    size?: 'xs' | 'sm'
    fw?: number
    /** A theme colour, e.g. 'gray.7'. */
    c?: string
    /** Max width in pixels. */
    maw?: number
    m?: 0
  }
) {
  const { component: Tag = 'p', size, fw, c, maw, m, style, ...rest } = props
  const vars: Vars = {
    ...(size ? { '--text-fz': `var(--mantine-font-size-${size})` } : {}),
    ...(size ? { '--text-lh': `var(--mantine-line-height-${size})` } : {}),
    ...(m === 0 ? { margin: '0rem' } : {}),
    ...(fw !== undefined ? { fontWeight: fw } : {}),
    ...style,
    ...(c ? { color: `var(--mantine-color-${c.replace('.', '-')})` } : {}),
    ...(maw !== undefined ? { maxWidth: rem(maw) } : {})
  }
  return (
    <Tag
      {...rest}
      style={vars}
      className="mantine-focus-auto m_b6d8b162 mantine-Text-root"
      data-size={size}
    />
  )
}

/** Mantine's VisuallyHidden. */
export function VisuallyHidden(props: { id?: string; children: ReactNode }) {
  return <span {...props} className="m_515a97f8 mantine-VisuallyHidden-root" />
}

/** Mantine's Loader, size sm (its default oval). */
export function Loader() {
  const vars: Vars = { '--loader-size': 'var(--loader-size-sm)' }
  return <span style={vars} className="m_b34414df m_5ae2e3c mantine-Loader-root" data-size="sm" />
}

/** Mantine's Badge, `outline` or `filled`, coloured with a theme shade (e.g. 'indigo.8'). */
export function Badge(props: {
  variant: 'outline' | 'filled'
  color: string
  style?: CSSProperties
  children: ReactNode
  'data-status'?: string
}) {
  const { variant, color, style, children, ...rest } = props
  const shade = `var(--mantine-color-${color.replace('.', '-')})`
  const border = `${rem(1)} solid ${variant === 'outline' ? shade : 'transparent'}`
  const vars: Vars = {
    '--badge-bg': variant === 'outline' ? 'transparent' : shade,
    '--badge-color': variant === 'outline' ? shade : 'var(--mantine-color-white)',
    '--badge-bd': border,
    ...style
  }
  return (
    <div {...rest} style={vars} className="m_347db0ec mantine-Badge-root" data-variant={variant}>
      <span className="m_5add502a mantine-Badge-label">{children}</span>
    </div>
  )
}

type ButtonCommon = {
  /** Mantine's `filled` when absent (its default: no `data-variant`). */
  variant?: 'default' | 'light' | 'subtle'
  size?: 'xs' | 'sm' | 'md' | 'compact-sm'
  style?: CSSProperties
  children: ReactNode
  'data-testid'?: string
} & Pick<HTMLAttributes<HTMLElement>, 'aria-label' | 'aria-current' | 'aria-describedby'>

/** The CSS variables Mantine's Button sets for a variant and a size. */
function buttonVars(variant: ButtonCommon['variant'], size: ButtonCommon['size']): Vars {
  const border = (color: string) => `${rem(1)} solid ${color}`
  const sized: Vars =
    size === undefined || size === 'sm'
      ? {}
      : {
          '--button-height': `var(--button-height-${size})`,
          '--button-padding-x': `var(--button-padding-x-${size})`,
          '--button-fz': `var(--mantine-font-size-${size.replace('compact-', '')})`
        }
  const colours: Record<NonNullable<ButtonCommon['variant']> | 'filled', Vars> = {
    filled: { '--button-color': 'var(--mantine-color-white)' },
    default: {
      '--button-bg': 'var(--mantine-color-default)',
      '--button-hover': 'var(--mantine-color-default-hover)',
      '--button-color': 'var(--mantine-color-default-color)',
      '--button-bd': border('var(--mantine-color-default-border)')
    },
    light: {
      '--button-bg': 'var(--mantine-color-indigo-light)',
      '--button-hover': 'var(--mantine-color-indigo-light-hover)',
      '--button-color': 'var(--mantine-color-indigo-light-color)',
      '--button-bd': border('transparent')
    },
    subtle: {
      '--button-bg': 'transparent',
      '--button-hover': 'var(--mantine-color-indigo-light-hover)',
      '--button-color': 'var(--mantine-color-indigo-light-color)',
      '--button-bd': border('transparent')
    }
  }
  return { ...sized, ...colours[variant ?? 'filled'] }
}

const BUTTON_CLASSES = 'm_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root'

/** Mantine's Button's inside: its label, and its Loader over it while `loading`. */
function ButtonInner(props: { loading: boolean; children: ReactNode }) {
  const loaderVars: Vars = {
    '--loader-size': 'calc(var(--button-height) / 1.8)',
    '--loader-color': 'var(--button-color)'
  }
  // The state Mantine's Transition leaves the loader in once mounted.
  const mounted: CSSProperties = {
    transitionProperty: 'transform, opacity',
    transitionDuration: '150ms',
    transitionTimingFunction: 'ease',
    transformOrigin: 'center',
    opacity: 1,
    transform: `translate(-50%, calc(-50% + ${rem(1)}))`
  }
  return (
    <>
      {props.loading ? (
        <span style={mounted} className="m_a25b86ee mantine-Button-loader" aria-hidden="true">
          <span style={loaderVars} className="m_b34414df m_5ae2e3c mantine-Loader-root" />
        </span>
      ) : null}
      <span className="m_80f1301b mantine-Button-inner">
        <span
          className="m_811560b9 mantine-Button-label"
          data-loading={props.loading ? 'true' : undefined}
        >
          {props.children}
        </span>
      </span>
    </>
  )
}

/** Mantine's Button: filled, default, light or subtle; sizes xs, sm, md, compact-sm; loading. */
export function Button(
  props: ButtonCommon & {
    onClick: () => void
    loading?: boolean
    disabled?: boolean
    'aria-expanded'?: boolean
    'aria-controls'?: string
    'data-due'?: 'true'
  }
) {
  const { variant, size, style, children, loading = false, disabled = false, ...rest } = props
  const inactive = loading || disabled
  return (
    <button
      {...rest}
      style={{ ...buttonVars(variant, size), ...style }}
      className={`mantine-focus-auto ${inactive ? '' : 'mantine-active '}${BUTTON_CLASSES}`}
      data-variant={variant}
      data-size={size === 'sm' ? undefined : size}
      data-disabled={inactive ? 'true' : undefined}
      data-loading={loading ? 'true' : undefined}
      disabled={inactive}
      type="button"
    >
      <ButtonInner loading={loading}>{children}</ButtonInner>
    </button>
  )
}

/** Mantine's Button drawn as a link (`component="a"`): the header's navigation. */
export function ButtonLink(props: ButtonCommon & { href: string }) {
  const { variant, size, style, children, ...rest } = props
  return (
    <a
      {...rest}
      style={{ ...buttonVars(variant, size), ...style }}
      className={`mantine-focus-auto mantine-active ${BUTTON_CLASSES}`}
      data-variant={variant}
      data-size={size === 'sm' ? undefined : size}
    >
      <ButtonInner loading={false}>{children}</ButtonInner>
    </a>
  )
}

type FieldProps = {
  /** The visible label; without it, `aria-label` names the control. */
  label?: string
  'aria-label'?: string
  style?: CSSProperties
  'data-testid'?: string
}

/** Mantine's InputWrapper and Input around `control` (TextInput, NativeSelect). */
function Field(props: {
  kind: 'TextInput' | 'NativeSelect'
  id: string
  label: string | undefined
  style: CSSProperties | undefined
  size?: 'sm' | 'md'
  disabled?: boolean
  children: ReactNode
}) {
  const { kind, id, label, style, size = 'sm', disabled = false, children } = props
  const select = kind === 'NativeSelect'
  const wrapperVars: Vars = {
    '--input-height': `var(--input-height-${size})`,
    '--input-fz': `var(--mantine-font-size-${size})`,
    ...(select ? { '--input-right-section-pointer-events': 'none' } : {})
  }
  const labelVars: Vars = { '--input-label-size': `var(--mantine-font-size-${size})` }
  return (
    <div
      style={style}
      className={`m_46b77525 mantine-InputWrapper-root mantine-${kind}-root`}
      data-size={size}
    >
      {label !== undefined ? (
        <label
          style={labelVars}
          className={`m_8fdc1311 mantine-InputWrapper-label mantine-${kind}-label`}
          data-size={size}
          htmlFor={id}
          id={`${id}-label`}
        >
          {label}
        </label>
      ) : null}
      <div
        style={wrapperVars}
        className={`m_6c018570 mantine-Input-wrapper mantine-${kind}-wrapper`}
        data-variant="default"
        data-size={size}
        data-disabled={disabled ? 'true' : undefined}
        data-pointer={select ? 'true' : undefined}
        data-with-right-section={select ? 'true' : undefined}
      >
        {children}
      </div>
    </div>
  )
}

/** Mantine's TextInput (size sm). */
export function TextInput(
  props: FieldProps & {
    type: 'search' | 'date'
    value: string
    onChange: (event: ChangeEvent<HTMLInputElement>) => void
    onFocus?: () => void
    onKeyDown?: () => void
    placeholder?: string
    min?: string
    max?: string
  }
) {
  const { label, style, ...input } = props
  const id = useId()
  return (
    <Field kind="TextInput" id={id} label={label} style={style}>
      <input
        {...input}
        className="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input"
        data-variant="default"
        id={id}
      />
    </Field>
  )
}

/** Mantine's NativeSelect (size sm), its chevron included. */
export function NativeSelect(
  props: FieldProps & {
    value: string
    onChange: (event: ChangeEvent<HTMLSelectElement>) => void
    data: readonly { value: string; label: string }[]
    size?: 'sm' | 'md'
    disabled?: boolean
  }
) {
  const { label, style, data, size = 'sm', ...select } = props
  const id = useId()
  const chevronVars: Vars = { '--combobox-chevron-size': `var(--combobox-chevron-size-${size})` }
  return (
    <Field
      kind="NativeSelect"
      id={id}
      label={label}
      style={style}
      size={size}
      disabled={select.disabled}
    >
      <select
        {...select}
        data-disabled={select.disabled === true ? 'true' : undefined}
        className="m_8fb7ebe7 mantine-Input-input mantine-NativeSelect-input"
        data-variant="default"
        id={id}
      >
        {data.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <div
        data-position="right"
        className="m_82577fc2 mantine-Input-section mantine-NativeSelect-section"
      >
        <svg
          style={chevronVars}
          className="m_2943220b mantine-ComboboxChevron-chevron"
          data-size={size}
          data-combobox-chevron="true"
          viewBox="0 0 15 15"
          fill="none"
          xmlns="http://www.w3.org/2000/svg"
        >
          <path
            d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
            fill="currentColor"
            fillRule="evenodd"
            clipRule="evenodd"
          />
        </svg>
      </div>
    </Field>
  )
}

/** Mantine's check mark (Checkbox, Chip). */
function CheckIcon(props: { className: string }) {
  return (
    <svg
      viewBox="0 0 10 7"
      fill="none"
      xmlns="http://www.w3.org/2000/svg"
      aria-hidden="true"
      className={props.className}
    >
      <path
        d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
        fill="currentColor"
        fillRule="evenodd"
        clipRule="evenodd"
      />
    </svg>
  )
}

/** Mantine's Chip (size sm): a checkbox drawn as a pill, with a check mark when on. */
export function Chip(props: {
  value: string
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  'data-testid'?: string
}) {
  const { value, checked, onChange, children } = props
  const id = useId()
  const vars: Vars = {
    '--chip-fz': 'var(--mantine-font-size-sm)',
    '--chip-size': 'var(--chip-size-sm)',
    '--chip-checked-padding': 'var(--chip-checked-padding-sm)',
    '--chip-padding': 'var(--chip-padding-sm)',
    '--chip-icon-size': 'var(--chip-icon-size-sm)',
    '--chip-spacing': 'var(--chip-spacing-sm)'
  }
  return (
    <div style={vars} className="m_f59ffda3 mantine-Chip-root" data-size="sm">
      <input
        className="m_bde07329 mantine-Chip-input"
        id={id}
        data-testid={props['data-testid']}
        type="checkbox"
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label
        className="m_fa109255 m_be049a53 mantine-Chip-label"
        data-checked={checked ? 'true' : undefined}
        htmlFor={id}
      >
        {checked ? (
          <span className="m_9ac86df9 mantine-Chip-iconWrapper">
            <CheckIcon className="m_d6d72580 mantine-Chip-checkIcon" />
          </span>
        ) : null}
        <span>{children}</span>
      </label>
    </div>
  )
}

/** Mantine's Checkbox (filled, label on the right). */
export function Checkbox(props: {
  label: string
  checked: boolean
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
  style?: CSSProperties
  'data-testid'?: string
}) {
  const { label, checked, onChange, style } = props
  const id = useId()
  const vars: Vars = {
    '--checkbox-radius': 'var(--mantine-radius-sm)',
    '--checkbox-color': 'var(--mantine-color-indigo-filled)',
    ...style
  }
  return (
    <div
      style={vars}
      className="m_bf2d988c mantine-Checkbox-root m_5f75b09e mantine-Checkbox-root"
      data-variant="filled"
      data-label-position="right"
      data-checked={checked ? 'true' : undefined}
    >
      <div className="m_5f6e695e mantine-Checkbox-body">
        <div className="m_26062bec mantine-Checkbox-inner" data-label-position="right">
          <input
            className="mantine-focus-auto m_26063560 mantine-Checkbox-input"
            data-with-error-styles="true"
            id={id}
            data-testid={props['data-testid']}
            type="checkbox"
            checked={checked}
            onChange={onChange}
          />
          <CheckIcon className="m_bf295423 mantine-Checkbox-icon" />
        </div>
        <div className="m_d3ea56bb mantine-Checkbox-labelWrapper">
          <label className="m_8ee546b8 mantine-Checkbox-label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  )
}
