import { useEffect, useState } from 'react'

/**
 * Starts the service worker once the first view is on screen, and offers the reload when a new
 * release is waiting. Not in `npm run dev`, which has no service worker.
 */
export function UpdatePrompt({ start }: { start: boolean }) {
  const [reload, setReload] = useState<(() => void) | null>(null)
  useEffect(() => {
    if (!start || import.meta.env.DEV || !('serviceWorker' in navigator)) return
    void import('../lib/service-worker').then(({ startServiceWorker }) =>
      startServiceWorker((next) => setReload(() => next)),
    )
  }, [start])
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
