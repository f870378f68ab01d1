import { useId } from 'react'

type Props = { value: string; noun: string; onChange: (text: string) => void }

/**
 * Controlled by the URL: each keystroke writes the query (one history entry for the whole typing)
 * and the URL's value comes straight back, so Back, "clear all" and shared links need no syncing.
 */
export function SearchBox({ value, noun, onChange }: Props) {
  const id = useId()
  return (
    <div className="search-box">
      <label htmlFor={id}>Search {noun}</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        // Short enough to be read whole in the 250 px filter column (e2e/explore.spec.ts).
        placeholder={
          noun === 'techniques' ? 'Name, alias or summary' : 'Title, author, journal or technique'
        }
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
