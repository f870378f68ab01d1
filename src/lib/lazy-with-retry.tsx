import { type ComponentProps, type ComponentType, lazy } from 'react'

/**
 * React.lazy remembers a failed import forever; this one can be reset, so "Try again" after a
 * dropped connection really loads the chunk again.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own component constraint
export function lazyWithRetry<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let current = lazy(load)
  // Defined once per lazy view at module level, not inside a component: no hooks involved.
  // biome-ignore lint/correctness/noComponentHookFactories: a module-level factory, like React.lazy
  const Component = (props: ComponentProps<T>) => {
    const Loaded = current as ComponentType<ComponentProps<T>>
    return <Loaded {...props} />
  }
  return {
    Component,
    reset: () => {
      current = lazy(load)
    },
  }
}
