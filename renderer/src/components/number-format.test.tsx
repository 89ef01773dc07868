import { NumberInput } from '@mantine/core'
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'

import type { Language } from '../i18n/language'
import { eurosToCents, numberInputValue, numberSeparators } from './number-format'
import { renderWithProviders } from './render-with-providers'

function Amount(props: { language: Language; onValue: (value: number | string) => void }) {
  const [value, setValue] = useState<number | string>('')
  return (
    <NumberInput
      label="Montant"
      value={value}
      onChange={(next) => {
        setValue(next)
        props.onValue(next)
      }}
      decimalScale={2}
      min={0}
      {...numberSeparators(props.language)}
    />
  )
}

async function typeAmount(language: Language, keys: string) {
  let last: number | string = ''
  renderWithProviders(<Amount language={language} onValue={(v) => (last = v)} />, language)
  await userEvent.type(screen.getByLabelText('Montant'), keys)
  return { value: last, shown: (screen.getByLabelText('Montant') as HTMLInputElement).value }
}

describe('numberSeparators in a NumberInput, typed key by key', () => {
  afterEach(cleanup)

  it('English: the comma groups thousands and is never a decimal point', async () => {
    expect(await typeAmount('en', '1,500.5')).toEqual({ value: 1500.5, shown: '1,500.5' })
  })

  it('French: the comma and the point both type the decimal mark', async () => {
    expect(await typeAmount('fr', '1500,5')).toEqual({ value: 1500.5, shown: '1 500,5' })
    cleanup()
    expect(await typeAmount('fr', '1500.5')).toEqual({ value: 1500.5, shown: '1 500,5' })
    cleanup()
    // With a trailing zero Mantine hands back a string, not a number: read it, not drop it.
    const typed = await typeAmount('fr', '1500,50')
    expect(typed).toEqual({ value: '1500.50', shown: '1 500,50' })
    expect(eurosToCents(numberInputValue(typed.value))).toBe(150050)
  })
})

describe('numberInputValue and eurosToCents', () => {
  it('read what Mantine hands back, and round to whole cents', () => {
    expect(numberInputValue(12)).toBe(12)
    expect(numberInputValue('1500.50')).toBe(1500.5)
    expect(numberInputValue('')).toBe('')
    expect(numberInputValue('-')).toBe('')
    expect(eurosToCents('')).toBeUndefined()
    expect(eurosToCents(0.29)).toBe(29)
    expect(eurosToCents(1500.5)).toBe(150050)
  })
})
