import { useSyncExternalStore } from 'react'

/** Phones: the same breakpoint as the stylesheets' phone rules (src/styles/responsive.css). */
const PHONE = '(max-width: 767px)'

const subscribe = (onChange: () => void) => {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {}
  const query = window.matchMedia(PHONE)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

const snapshot = () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE).matches : false

/** True on a phone-width screen, kept current as the window turns or resizes. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false)
}
