/**
 * The first screen's plain look-alikes (./plain-ui.css) copy values from Mantine's stylesheets, so
 * that they look like the Mantine components shown on the other screens. This test fails when a
 * Mantine upgrade changes one of the copied values: then update plain-ui.css (and check
 * bench/ui/look-diff.ts's screenshots).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const mantineCss = (file: string) =>
  readFileSync(resolve(root, 'node_modules/@mantine/core/styles', file), 'utf8')
const plainCss = readFileSync(resolve(import.meta.dirname, 'plain-ui.css'), 'utf8')

/** The declarations of the first rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css)
  if (match === null) throw new Error(`no rule ${selector}`)
  const map = new Map<string, string>()
  for (const declaration of match[2]!.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const name = declaration.slice(0, colon).trim()
    if (name.startsWith('/*') || name === '') continue
    map.set(
      name,
      declaration
        .slice(colon + 1)
        .replace(/\s+/g, ' ')
        .trim()
    )
  }
  return map
}

/** [Mantine file, Mantine selector, plain selector, [Mantine property, plain property][]] */
const COPIED: [string, string, string, [string, string][]][] = [
  [
    'Button.css',
    '.m_77c9d27d',
    '.plain-button',
    [
      ['--button-height-xs', '--button-height-xs'],
      ['--button-height-sm', '--button-height-sm'],
      ['--button-height-md', '--button-height-md'],
      ['--button-padding-x-sm', '--button-padding-x'],
      ['user-select', 'user-select'],
      ['font-weight', 'font-weight'],
      ['position', 'position'],
      ['line-height', 'line-height'],
      ['text-align', 'text-align'],
      ['overflow', 'overflow'],
      ['display', 'display'],
      ['vertical-align', 'vertical-align']
    ]
  ],
  [
    'Button.css',
    '.m_80f1301b',
    '.plain-button-inner',
    [
      ['display', 'display'],
      ['align-items', 'align-items'],
      ['height', 'height'],
      ['overflow', 'overflow']
    ]
  ],
  [
    'Button.css',
    '.m_811560b9',
    '.plain-button-label',
    [
      ['white-space', 'white-space'],
      ['height', 'height'],
      ['display', 'display'],
      ['text-box-trim', 'text-box-trim'],
      ['text-box-edge', 'text-box-edge']
    ]
  ],
  [
    'Alert.css',
    '.m_66836ed3',
    '.plain-alert',
    [
      ['position', 'position'],
      ['overflow', 'overflow'],
      ['--alert-bd', '--alert-bd']
    ]
  ],
  [
    'Alert.css',
    '.m_667c2793',
    '.plain-alert-body',
    [
      ['flex', 'flex'],
      ['display', 'display'],
      ['flex-direction', 'flex-direction'],
      ['gap', 'gap']
    ]
  ],
  [
    'Alert.css',
    '.m_7fa78076',
    '.plain-alert-message',
    [
      ['text-overflow', 'text-overflow'],
      ['overflow', 'overflow'],
      ['font-size', 'font-size']
    ]
  ],
  [
    'Title.css',
    '.m_8a5d1357',
    '.plain-title',
    [
      ['margin', 'margin'],
      ['font-family', 'font-family']
    ]
  ],
  [
    'List.css',
    '.m_abbac491',
    '.plain-list',
    [
      ['list-style-position', 'list-style-position'],
      ['margin', 'margin'],
      ['padding', 'padding']
    ]
  ],
  [
    'Input.css',
    '.m_6c018570',
    '.plain-select',
    [
      ['--input-height-md', '--input-height'],
      ['position', 'position']
    ]
  ],
  [
    'Input.css',
    '.m_8fb7ebe7',
    '.plain-select select',
    [
      ['appearance', 'appearance'],
      ['display', 'display'],
      ['width', 'width'],
      ['transition', 'transition'],
      ['min-height', 'min-height']
    ]
  ]
]

describe('the plain look-alikes of the first screen (plain-ui.css)', () => {
  for (const [file, mantineSelector, plainSelector, pairs] of COPIED) {
    it(`${plainSelector} keeps the values of Mantine's ${file} ${mantineSelector}`, () => {
      const theirs = declarations(mantineCss(file), mantineSelector)
      const ours = declarations(plainCss, plainSelector)
      for (const [their, our] of pairs) {
        const theirValue = theirs.get(their)
        expect(theirValue, `${file} ${mantineSelector} ${their}`).toBeDefined()
        expect(`${our}: ${ours.get(our)}`).toBe(`${our}: ${theirValue}`)
      }
    })
  }
})
