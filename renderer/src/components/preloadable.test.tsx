import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'

import { preloadable } from './preloadable'

function Block(props: { label: string }) {
  return <p>{props.label}</p>
}

function inSuspense(node: React.ReactNode) {
  return <Suspense fallback={<p>loading</p>}>{node}</Suspense>
}

describe('preloadable (a lazy block fetched ahead)', () => {
  it('renders a block fetched ahead in the first commit, without a fallback', async () => {
    const { Component, preload } = preloadable(async () => ({ Block }), 'Block')
    preload()
    await Promise.resolve()
    await Promise.resolve()
    render(inSuspense(<Component label="export" />))
    // Synchronously after render: no fallback, the block itself (lazy() would suspend here).
    expect(screen.queryByText('loading')).toBeNull()
    expect(screen.getByText('export')).toBeTruthy()
  })

  it('suspends like lazy() when not fetched ahead, then shows the block', async () => {
    const { Component } = preloadable(async () => ({ Block }), 'Block')
    render(inSuspense(<Component label="export" />))
    expect(screen.getByText('loading')).toBeTruthy()
    expect(await screen.findByText('export')).toBeTruthy()
  })
})
