import { useEffect, useState } from 'react'
import { startServiceWorker } from '../lib/service-worker'

/**
 * Starts the service worker, and offers the reload when a new release is waiting. The app loads
 * this module on demand once the first view is on screen (it is not in `npm run dev`, which has
 * no service worker), so registration stays out of the first view's code.
 */
export function UpdatePrompt() {
  const [reload, setReload] = useState<(() => void) | null>(null)
  useEffect(() => {
    if ('serviceWorker' in navigator) startServiceWorker((next) => setReload(() => next))
  }, [])
  if (!reload) return null
  return (
    <div className="banner update-banner" role="status">
      <p>A new version is available — reload to use it.</p>
      <button type="button" className="button button-primary" onClick={reload}>
        Reload
      </button>
    </div>
  )
}
