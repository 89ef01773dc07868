/**
 * ./plain.tsx draws Mantine's markup without Mantine's components: each of its elements must
 * render what the Mantine component it stands for renders (classes, CSS variables, data
 * attributes, structure), else the register's look changed. Fails on a Mantine upgrade that
 * changes them: then update plain.tsx to the new markup.
 */
import * as M from '@mantine/core'
import { cleanup } from '@testing-library/react'
import type { ComponentProps, ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import { renderWithProviders } from './render-with-providers'
import * as P from './plain'

afterEach(cleanup)

/** Generated ids (Mantine's `mantine-…`, React's `_r_…_`), numbered by first appearance. */
const GENERATED_ID = /mantine-[a-z0-9]{6,}|_r_[0-9a-z]+_/g

/** The markup as a canonical text: attributes and style declarations sorted, ids numbered. */
function canonical(ui: ReactElement): string {
  const { container, unmount } = renderWithProviders(<div data-root="">{ui}</div>)
  const root = container.querySelector('[data-root]')!
  const ids = new Map<string, string>()
  const value = (text: string) =>
    text.replace(GENERATED_ID, (id) => {
      if (!ids.has(id)) ids.set(id, `ID${ids.size + 1}`)
      return ids.get(id)!
    })
  const walk = (node: Node, depth: number): string => {
    const pad = '  '.repeat(depth)
    if (node.nodeType === Node.TEXT_NODE) return `${pad}${JSON.stringify(node.textContent)}`
    if (!(node instanceof Element)) return ''
    const attributes = [...node.attributes]
      .map((a) => {
        if (a.name === 'style' && node instanceof HTMLElement) {
          const style = node.style
          const declarations = [...Array(style.length).keys()]
            .map((i) => style.item(i))
            .map((name) => `${name}: ${style.getPropertyValue(name)}`)
            .sort()
          return `style="${declarations.join('; ')}"`
        }
        if (a.name === 'style') return `style="${a.value}"`
        // React writes an empty class attribute for `className=""`, Mantine's Box the same.
        return `${a.name}="${value(a.value)}"`
      })
      .filter((a) => a !== 'class=""' && a !== 'style=""')
      .sort()
    const children = [...node.childNodes].map((child) => walk(child, depth + 1)).filter(Boolean)
    return [`${pad}<${node.tagName.toLowerCase()} ${attributes.join(' ')}>`, ...children].join('\n')
  }
  const text = [...root.childNodes].map((child) => walk(child, 0)).join('\n')
  unmount()
  return text
}

function same(plain: ReactElement, mantine: ReactElement) {
  expect(canonical(plain)).toBe(canonical(mantine))
}

const noop = () => {}

describe('plain elements render the markup of the Mantine components they stand for', () => {
  it('Stack, Group, Title, Text, VisuallyHidden, Loader', () => {
    same(
      <P.Stack component="section" aria-labelledby="t" aria-busy gap="md">
        <P.Stack gap={4}>x</P.Stack>
      </P.Stack>,
      <M.Stack component="section" aria-labelledby="t" aria-busy gap="md">
        <M.Stack gap={4}>x</M.Stack>
      </M.Stack>
    )
    same(
      <P.Group justify="space-between" align="baseline" gap="sm" wrap="nowrap" role="status">
        x
      </P.Group>,
      <M.Group justify="space-between" align="baseline" gap="sm" wrap="nowrap" role="status">
        x
      </M.Group>
    )
    same(
      <P.Group gap={6} role="group" aria-labelledby="l" style={{ minHeight: P.rem(36) }}>
        x
      </P.Group>,
      <M.Group gap={6} role="group" aria-labelledby="l" mih={36}>
        x
      </M.Group>
    )
    same(
      <P.Title order={2} id="register-title">
        T
      </P.Title>,
      <M.Title order={2} id="register-title">
        T
      </M.Title>
    )
    same(
      <P.Title order={1} size="h3">
        S
      </P.Title>,
      <M.Title order={1} size="h3">
        S
      </M.Title>
    )
    // The Text props the register uses, each drawn by both.
    const texts: ComponentProps<typeof P.Text>[] = [
      { fw: 600, role: 'status', 'aria-live': 'polite', 'aria-atomic': true, children: 'c' },
      { size: 'sm', c: 'gray.7', maw: 720, children: 'i' },
      { size: 'xs', c: 'gray.7', id: 'k', children: 'k' },
      { component: 'h3', fw: 600, size: 'sm', id: 'h', m: 0, children: 'h' },
      { size: 'sm', fw: 500, id: 's', style: { overflowWrap: 'anywhere' }, children: 's' },
      { children: 'plain' }
    ]
    for (const text of texts) same(<P.Text {...text} />, <M.Text {...text} />)
    same(
      <P.VisuallyHidden id="v">h</P.VisuallyHidden>,
      <M.VisuallyHidden id="v">h</M.VisuallyHidden>
    )
    same(<P.Loader />, <M.Loader size="sm" />)
  })

  it('Badge', () => {
    same(
      <>
        <P.Badge variant="outline" color="dark.6" style={{ borderStyle: 'dashed' }} data-status="d">
          d
        </P.Badge>
        <P.Badge variant="filled" color="indigo.8" style={{ flexShrink: 0 }}>
          o
        </P.Badge>
      </>,
      <>
        <M.Badge variant="outline" color="dark.6" style={{ borderStyle: 'dashed' }} data-status="d">
          d
        </M.Badge>
        <M.Badge variant="filled" color="indigo.8" style={{ flexShrink: 0 }}>
          o
        </M.Badge>
      </>
    )
  })

  it('Button: default, light, subtle compact', () => {
    for (const variant of ['default', 'light'] as const)
      same(
        <P.Button
          variant={variant}
          onClick={noop}
          aria-expanded
          aria-controls="p"
          style={{ flexShrink: 0 }}
        >
          F
        </P.Button>,
        <M.Button
          variant={variant}
          onClick={noop}
          aria-expanded
          aria-controls="p"
          style={{ flexShrink: 0 }}
        >
          F
        </M.Button>
      )
    same(
      <P.Button variant="subtle" size="compact-sm" onClick={noop}>
        R
      </P.Button>,
      <M.Button variant="subtle" size="compact-sm" onClick={noop}>
        R
      </M.Button>
    )
  })

  it('TextInput and NativeSelect, with and without a visible label', () => {
    const data = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' }
    ]
    const inputs: ComponentProps<typeof P.TextInput>[] = [
      {
        label: 'L',
        type: 'search',
        placeholder: 'p',
        value: 'x',
        onChange: noop,
        'data-testid': 's'
      },
      {
        'aria-label': 'L',
        type: 'search',
        value: '',
        onChange: noop,
        style: { flex: '1 1 280px' }
      },
      { label: 'D', type: 'date', value: '', max: '2026-01-01', onChange: noop, 'data-testid': 'd' }
    ]
    for (const input of inputs) same(<P.TextInput {...input} />, <M.TextInput {...input} />)
    for (const named of [{ label: 'L' }, { 'aria-label': 'L' }])
      same(
        <P.NativeSelect {...named} value="b" onChange={noop} data={data} data-testid="n" />,
        <M.NativeSelect {...named} value="b" onChange={noop} data={data} data-testid="n" />
      )
  })

  it('Chip, checked and not', () => {
    for (const checked of [false, true])
      same(
        <P.Chip value="open" checked={checked} onChange={noop} data-testid="c">
          Open
        </P.Chip>,
        <M.Chip value="open" checked={checked} onChange={noop} size="sm" data-testid="c">
          Open
        </M.Chip>
      )
  })

  it('Checkbox, checked and not', () => {
    for (const checked of [false, true])
      same(
        <P.Checkbox
          label="L"
          checked={checked}
          onChange={noop}
          style={{ marginBottom: P.rem(8) }}
          data-testid="c"
        />,
        <M.Checkbox label="L" checked={checked} onChange={noop} mb={8} data-testid="c" />
      )
  })

  it('Button: filled, sizes xs and md, loading, disabled, and as a link', () => {
    same(
      <P.Button size="xs" onClick={noop} data-testid="b">
        x
      </P.Button>,
      <M.Button size="xs" onClick={noop} data-testid="b">
        x
      </M.Button>
    )
    for (const [loading, disabled] of [
      [false, false],
      [true, true],
      [false, true]
    ] as const)
      for (const variant of [undefined, 'default'] as const)
        same(
          <P.Button
            size="md"
            variant={variant}
            loading={loading}
            disabled={disabled}
            onClick={noop}
            aria-describedby="h"
          >
            m
          </P.Button>,
          <M.Button
            size="md"
            variant={variant}
            loading={loading}
            disabled={disabled}
            onClick={noop}
            aria-describedby="h"
          >
            m
          </M.Button>
        )
    same(
      <P.Button variant="subtle" onClick={noop} aria-label="a" data-due="true">
        s
      </P.Button>,
      <M.Button variant="subtle" onClick={noop} aria-label="a" data-due="true">
        s
      </M.Button>
    )
    for (const variant of ['light', 'subtle'] as const)
      same(
        <P.ButtonLink href="#/x" variant={variant} aria-current="page" data-testid="l">
          l
        </P.ButtonLink>,
        <M.Button component="a" href="#/x" variant={variant} aria-current="page" data-testid="l">
          l
        </M.Button>
      )
  })

  it('Alert with and without a title, Paper, List, NativeSelect md', () => {
    same(
      <P.Alert color="red" title="T" style={{ maxWidth: P.rem(720) }}>
        m
      </P.Alert>,
      <M.Alert color="red" title="T" maw={720} role="alert">
        m
      </M.Alert>
    )
    same(
      <P.Alert
        color="yellow"
        style={{ marginBottom: 'var(--mantine-spacing-xs)', paddingBlock: P.rem(6) }}
        data-testid="b"
      >
        m
      </P.Alert>,
      <M.Alert color="yellow" py={6} mb="xs" data-testid="b">
        m
      </M.Alert>
    )
    same(
      <P.Paper radius="md" p="lg">
        <P.List spacing="sm" items={['a', 'b']} />
      </P.Paper>,
      <M.Paper withBorder p="lg" radius="md">
        <M.List spacing="sm" size="md">
          <M.List.Item>a</M.List.Item>
          <M.List.Item>b</M.List.Item>
        </M.List>
      </M.Paper>
    )
    const data = [{ value: 'a', label: 'A' }]
    for (const disabled of [false, true])
      same(
        <P.NativeSelect
          size="md"
          aria-label="c"
          value="a"
          onChange={noop}
          disabled={disabled}
          data={data}
        />,
        <M.NativeSelect
          size="md"
          aria-label="c"
          value="a"
          onChange={noop}
          disabled={disabled}
          data={data}
        />
      )
  })
})
