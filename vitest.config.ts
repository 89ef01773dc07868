import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }
// CI machines are shared 2-core boxes: at a load average of ~20 a few CLI, search and DOM tests
// took over vitest's default 5 s. A budget sized for the slowest honest run, not a retry.
const testTimeout = 30_000

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          testTimeout,
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.node.test.ts',
            'test/unit/**/*.test.ts',
            'test/pdf/**/*.test.ts',
            'test/cli/**/*.test.ts'
          ],
          setupFiles: ['test/setup/node.ts']
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          testTimeout,
          include: ['renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts']
        }
      }
    ]
  }
})
