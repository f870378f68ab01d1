import { type ComponentProps, type ComponentType, lazy } from 'react'

/**
 * React.lazy remembers a failed import forever; this one can be reset, so "Try again" after a
 * dropped connection really loads the chunk again.
 *
 * Chromium also remembers a failed module fetch by URL for the life of the page, so importing the
 * same chunk again fails at once without a request. The retry therefore imports the chunk named
 * in the error with a `?retry=N` query: a new module-map entry, the same file from the server.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own component constraint
export function lazyWithRetry<M, T extends ComponentType<any>>(
  load: () => Promise<M>,
  pick: (module: M) => T,
) {
  let attempt = 0
  const loadAgain = async (): Promise<{ default: T }> => {
    try {
      return { default: pick(await load()) }
    } catch (error) {
      const url = attempt > 0 ? failedChunkUrl(error) : null
      if (url === null) throw error
      const module = (await import(/* @vite-ignore */ `${url}?retry=${attempt}`)) as M
      return { default: pick(module) }
    }
  }
  let current = lazy(loadAgain)
  // Defined once per lazy view at module level, not inside a component: no hooks involved.
  // biome-ignore lint/correctness/noComponentHookFactories: a module-level factory, like React.lazy
  const Component = (props: ComponentProps<T>) => {
    const Loaded = current as ComponentType<ComponentProps<T>>
    return <Loaded {...props} />
  }
  return {
    Component,
    reset: () => {
      attempt += 1
      current = lazy(loadAgain)
    },
  }
}

/** The same-origin chunk a failed dynamic import names, e.g. ".../assets/charts-view-X.js". */
function failedChunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error)
  const match = /(https?:\/\/\S+?\.js)\b/.exec(message)
  if (!match?.[1]) return null
  try {
    const url = new URL(match[1])
    return url.origin === window.location.origin ? url.href : null
  } catch {
    return null
  }
}
