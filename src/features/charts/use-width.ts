import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The rendered width of an element, kept current. Hand-drawn charts lay text out in pixels, so
 * they must know their width rather than scale a fixed drawing (text would shrink at 375 px).
 */
export function useWidth<T extends HTMLElement>(fallback = 800) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(Math.max(280, Math.floor(element.getBoundingClientRect().width)))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
