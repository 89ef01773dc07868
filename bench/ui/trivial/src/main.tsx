/**
 * The baseline of `npm run bench:ui`: the smallest React 19 app built by Vite, served the same
 * way as the renderer. Its first screen is a heading and a paragraph; the bench waits for
 * [data-bench-ready] as it waits for the app's first screen.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

function TrivialApp() {
  return (
    <main data-bench-ready>
      <h1>Bonjour</h1>
      <p>Une application React 19 minimale, construite par Vite.</p>
    </main>
  )
}

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')
createRoot(container).render(
  <StrictMode>
    <TrivialApp />
  </StrictMode>
)
