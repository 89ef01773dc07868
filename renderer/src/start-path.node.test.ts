/**
 * Issue 12: nothing on the start path evaluates the database code. The modules main.tsx reaches
 * by static value imports (not `import type`, not `import()`) must not include Dexie, nor the
 * modules that build the app's database (db/app-db.ts, repository, schema, vault, search): they
 * are loaded after the first frame through db/start.ts → db/live.ts. Nor what the first screen
 * does not use (the draft journal, the working days, Mantine's hotkeys): each was in the start
 * chunk for a use that comes later.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx']

/** The file a relative or @shared specifier names; undefined for a package or a non-TS file. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@shared/')
    ? resolve(root, 'shared', specifier.slice('@shared/'.length))
    : specifier === '@shared'
      ? resolve(root, 'shared')
      : specifier.startsWith('.')
        ? resolve(dirname(from), specifier)
        : undefined
  if (base === undefined) return undefined
  if (/\.(tsx?)$/.test(base) && existsSync(base)) return base
  return EXTENSIONS.map((ext) => base + ext).find((file) => existsSync(file))
}

type ValueImport = { specifier: string; names: string[] }

/** The names an import or export statement takes for their values (empty: the whole module). */
function valueNames(named: ts.NamedImportBindings | ts.NamedExportBindings | undefined): string[] {
  if (named === undefined || !(ts.isNamedImports(named) || ts.isNamedExports(named))) return []
  return named.elements
    .filter((element) => !element.isTypeOnly)
    .map((element) => (element.propertyName ?? element.name).text)
}

/** The specifiers a module imports for their values (what running it evaluates). */
function valueImports(file: string): ValueImport[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const found: ValueImport[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      if (clause?.isTypeOnly) continue
      const named = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly)
      if (!onlyTypes)
        found.push({
          specifier: (statement.moduleSpecifier as ts.StringLiteral).text,
          names: valueNames(named)
        })
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue
      const named = statement.exportClause
      if (named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly)) continue
      found.push({
        specifier: (statement.moduleSpecifier as ts.StringLiteral).text,
        names: valueNames(named)
      })
    }
  }
  return found
}

/**
 * Every module and package the entry evaluates, with one import chain to each; and for a package
 * entry (`@mantine/hooks`), `<package>#<name>` for each name imported from it, since the build
 * follows a library's index only to the modules of the names imported (electron.vite.config.ts).
 */
function startGraph(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]])
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    for (const { specifier, names } of valueImports(file)) {
      const target = resolveLocal(file, specifier) ?? specifier
      if (target === specifier)
        for (const name of names)
          if (!chains.has(`${specifier}#${name}`))
            chains.set(`${specifier}#${name}`, [...chains.get(file)!, `${specifier}#${name}`])
      if (chains.has(target)) continue
      chains.set(target, [...chains.get(file)!, target])
      if (target.endsWith('.ts') || target.endsWith('.tsx')) pending.push(target)
    }
  }
  return chains
}

const relative = (file: string) => file.replace(`${root}/`, '')

describe('the start path', () => {
  const graph = startGraph(resolve(root, 'renderer/src/main.tsx'))

  it('reaches the first screen (the walk follows the imports)', () => {
    expect(graph.has(resolve(root, 'renderer/src/App.tsx'))).toBe(true)
    expect(graph.has(resolve(root, 'renderer/src/register/RegisterPage.tsx'))).toBe(true)
    expect(graph.has(resolve(root, 'renderer/src/db/start.ts'))).toBe(true)
    expect(graph.has('react-dom/client')).toBe(true)
  })

  it('evaluates neither Dexie nor the modules that build the database', () => {
    const database = [
      'dexie',
      'dexie-react-hooks',
      ...[
        'index.ts',
        'app-db.ts',
        'live.ts',
        'repository.ts',
        'schema.ts',
        'vault.ts',
        'search.ts',
        'register-store.ts',
        'hooks.ts'
      ].map((name) => resolve(root, 'renderer/src/db', name))
    ]
    const reached = database
      .filter((module) => graph.has(module))
      .map((module) => graph.get(module)!.map(relative).join(' → '))
    expect(reached).toEqual([])
  })
  it('evaluates nothing the first screen does not need', () => {
    const later = [
      // Its one start-path use cleared the journal of incidents erased at the open (LockControls).
      resolve(root, 'renderer/src/intake/draft-journal.ts'),
      // The holidays: only the zone conversions' day arithmetic (shared/time/date-key.ts) is used.
      resolve(root, 'shared/time/business-days.ts'),
      // The lock shortcut: mounted once the database is open (lock/LockShortcut.tsx).
      '@mantine/hooks#useHotkeys'
    ]
    const reached = later
      .filter((module) => graph.has(module))
      .map((module) => graph.get(module)!.map(relative).join(' → '))
    expect(reached).toEqual([])
  })

  it('sees the names a package is imported for', () => {
    expect(graph.has('@mantine/hooks#useMediaQuery')).toBe(true)
  })
})

describe('the register store', () => {
  // The restore bench's page bundles the store without React (and main's restore checks may
  // import it): React there came through the typing pause's hook (issue 12, session 12).
  it('evaluates no React', () => {
    const graph = startGraph(resolve(root, 'renderer/src/db/register-store.ts'))
    const react = [...graph.keys()].filter((module) => /^react(-dom)?(\/|#|$)/.test(module))
    expect(react.map((module) => graph.get(module)!.map(relative).join(' → '))).toEqual([])
  })
})
