import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadBuiltIn } from './app/built-in-dataset'
import { applyTheme, savedTheme } from './lib/theme'
import './styles.css'
import './styles/responsive.css'

// Applied before the first render so a chosen theme never flashes the other one.
applyTheme(savedTheme())
// Start fetching and validating the dataset before React's first render.
void loadBuiltIn()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
