import { useMemo, useSyncExternalStore } from 'react'

/** Phones: the same breakpoint as the stylesheets' phone rules (src/styles/responsive.css). */
const PHONE = '(max-width: 767px)'
/** Where sheets marked "until desktop" fold behind a button (src/styles/responsive-layout.css). */
export const UNTIL_DESKTOP = '(max-width: 1024px)'

const subscribe = (media: string) => (onChange: () => void) => {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {}
  const query = window.matchMedia(media)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

const snapshot = (media: string) => () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(media).matches : false

/** True while the media query matches, kept current as the window turns or resizes. */
export function useMedia(media: string): boolean {
  // Stable per query, so React does not resubscribe on every render.
  const [sub, get] = useMemo(() => [subscribe(media), snapshot(media)] as const, [media])
  return useSyncExternalStore(sub, get, () => false)
}

/** True on a phone-width screen. */
export function usePhone(): boolean {
  return useMedia(PHONE)
}
