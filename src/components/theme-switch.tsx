import { useId, useState } from 'react'
import { applyTheme, savedTheme, type ThemeChoice } from '../lib/theme'

export function ThemeSwitch() {
  const id = useId()
  const [choice, setChoice] = useState<ThemeChoice>(savedTheme)
  return (
    <span className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice
          setChoice(next)
          applyTheme(next)
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  )
}
