/** Tests of the first screen: an empty clear register's kept first screen (db/first-screen.ts), as a previous start left it. */
export function keepEmptyFirstScreen(): void {
  localStorage.setItem(
    'sentinelle.first-screen.sentinelle',
    JSON.stringify({
      format: 1,
      queryKey: '',
      counts: { atRev: 0, draft: 0, open: 0, closed: 0, deleted: 0 },
      page: { items: [], total: 0 }
    })
  )
}
