import type { MouseEvent, ReactNode } from 'react'
import type { ViewState } from '../domain/view/view-state'
import { useViewNavigation } from '../lib/url-view'

type Props = {
  to: ViewState
  children: ReactNode
  className?: string
  'aria-label'?: string
  'aria-current'?: 'page'
}

/** A real link (open in new tab, copy address) that navigates in place on a plain click. */
export function ViewLink({ to, children, className, ...rest }: Props) {
  const { hrefFor, navigate } = useViewNavigation()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    navigate(to, 'push')
    window.scrollTo({ top: 0 })
  }
  return (
    <a
      href={hrefFor(to)}
      onClick={onClick}
      className={className}
      aria-label={rest['aria-label']}
      aria-current={rest['aria-current']}
    >
      {children}
    </a>
  )
}
