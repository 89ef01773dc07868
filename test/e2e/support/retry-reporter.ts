/**
 * Prints, at the very end of a run, every test that needed a retry (Playwright calls them
 * "flaky": they failed, then passed), so that the `retries` safety net on CI never hides a
 * race: each one listed here is a bug to fix, not a pass. Also prints the slowest tests against
 * their time budget, to size budgets from measurements.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Terminal colour codes, which Playwright puts in error messages. */
const ANSI_COLOUR = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g')

type Run = { test: TestCase; result: TestResult }

export default class RetryReporter implements Reporter {
  private readonly runs: Run[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({ test, result })
  }

  onEnd(_result: FullResult): void {
    const title = (test: TestCase) =>
      `${test.location.file.replace(/^.*\/test\//, 'test/')}:${test.location.line} › ${test.title}`
    const retried = new Map<TestCase, TestResult[]>()
    for (const run of this.runs) {
      if (run.result.retry > 0) retried.set(run.test, [])
    }
    for (const run of this.runs) retried.get(run.test)?.push(run.result)

    const lines: string[] = ['']
    if (retried.size === 0) {
      lines.push('Retries: no test needed one.')
    } else {
      lines.push(`Retries: ${retried.size} test(s) needed a retry. Each is a race to fix:`)
      for (const [test, results] of retried) {
        const outcome = results.map((r) => r.status).join(' → ')
        lines.push(`  RETRIED ${title(test)} (${outcome})`)
        const firstError = results
          .find((r) => r.error)
          ?.error?.message?.replace(ANSI_COLOUR, '')
          .split('\n')[0]
        if (firstError) lines.push(`          first failure: ${firstError}`)
      }
    }

    const slowest = this.runs
      .filter((run) => run.result.status !== 'skipped')
      .sort((a, b) => b.result.duration - a.result.duration)
      .slice(0, 5)
    lines.push('Slowest tests (duration / budget):')
    for (const { test, result } of slowest) {
      const budget = test.timeout > 0 ? `${Math.round(test.timeout / 1000)} s` : 'none'
      lines.push(`  ${(result.duration / 1000).toFixed(1)} s / ${budget}  ${title(test)}`)
    }
    console.log(lines.join('\n'))
  }

  printsToStdio(): boolean {
    return true
  }
}
