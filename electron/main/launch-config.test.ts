import { describe, expect, it } from 'vitest'

import { debugSwitches, launchConfig } from './launch-config'

const devEnv = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
  SENTINELLE_USER_DATA_DIR: '/tmp/profile'
}

describe('launchConfig', () => {
  it('honours the development switches when unpackaged', () => {
    expect(launchConfig({ isPackaged: false, env: devEnv, argv: ['electron', '.'] })).toEqual({
      rendererUrl: 'http://localhost:5173',
      userDataDir: '/tmp/profile',
      refusal: undefined,
      warnings: []
    })
  })

  it('ignores them, with a warning each, when packaged', () => {
    const config = launchConfig({ isPackaged: true, env: devEnv, argv: ['sentinelle'] })
    expect(config.rendererUrl).toBeUndefined()
    expect(config.userDataDir).toBeUndefined()
    expect(config.refusal).toBeUndefined()
    expect(config.warnings).toEqual([
      'ELECTRON_RENDERER_URL ignored: development only',
      'SENTINELLE_USER_DATA_DIR ignored: development only'
    ])
  })

  it('treats an empty value as unset', () => {
    const env = { ELECTRON_RENDERER_URL: '', SENTINELLE_USER_DATA_DIR: '' }
    for (const isPackaged of [false, true]) {
      expect(launchConfig({ isPackaged, env, argv: [] })).toMatchObject({
        rendererUrl: undefined,
        userDataDir: undefined,
        warnings: []
      })
    }
  })

  it('takes a dev server on this computer only, and an absolute profile path only', () => {
    for (const url of ['https://evil.example', 'file:///etc/passwd', 'not a url', 'app://x']) {
      const config = launchConfig({
        isPackaged: false,
        env: { ELECTRON_RENDERER_URL: url },
        argv: []
      })
      expect(config.rendererUrl, url).toBeUndefined()
      expect(config.warnings, url).toHaveLength(1)
    }
    for (const url of ['http://127.0.0.1:5173/', 'http://[::1]:5173', 'https://localhost:5173']) {
      expect(
        launchConfig({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url }, argv: [] })
          .rendererUrl
      ).toBe(url)
    }
    const relative = launchConfig({
      isPackaged: false,
      env: { SENTINELLE_USER_DATA_DIR: 'profile' },
      argv: []
    })
    expect(relative.userDataDir).toBeUndefined()
    expect(relative.warnings).toHaveLength(1)
  })

  it('refuses a packaged app started with a debugging switch, in French and English', () => {
    const config = launchConfig({
      isPackaged: true,
      env: {},
      argv: ['sentinelle', '--remote-debugging-port=9222']
    })
    expect(config.refusal).toMatch(/débogage.*--remote-debugging-port=9222/)
    expect(config.refusal).toMatch(/debugging option.*--remote-debugging-port=9222/)
  })

  it('does not read the executable path as a switch', () => {
    expect(
      launchConfig({ isPackaged: true, env: {}, argv: ['/inspect/sentinelle'] }).refusal
    ).toBeUndefined()
  })
})

describe('debugSwitches', () => {
  it('finds the Chromium and Node debugging switches in any spelling Chromium accepts', () => {
    const argv = [
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '--REMOTE-DEBUGGING-PORT=1',
      '-remote-debugging-address=0.0.0.0',
      '/remote-debugging-port=9222',
      '--inspect',
      '--inspect=0.0.0.0:9229',
      '--inspect-brk',
      '--inspect-port=9229',
      '--debug-port=9229'
    ]
    expect(debugSwitches(argv)).toEqual(argv)
  })

  it('leaves other arguments and switches alone, and stops at --', () => {
    expect(
      debugSwitches([
        '.',
        '--no-sandbox',
        '--lang=fr',
        'inspect',
        '/home/me/inspect.sentinelle',
        '--inspector-is-not-a-flag-we-know',
        '--',
        '--inspect'
      ])
    ).toEqual([])
  })
})
