import { useEffect, useId, useState } from 'react'

type Props = { value: string; noun: string; onChange: (text: string) => void }

export function SearchBox({ value, noun, onChange }: Props) {
  const id = useId()
  const [text, setText] = useState(value)
  // Back/forward or "clear all" change the URL from outside: follow it.
  useEffect(() => setText(value), [value])
  return (
    <div className="search-box">
      <label htmlFor={id}>Search {noun}</label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        placeholder={
          noun === 'techniques' ? 'Name, alias or summary, e.g. kypho' : 'Title, author or journal'
        }
        onChange={(event) => {
          setText(event.target.value)
          onChange(event.target.value)
        }}
      />
    </div>
  )
}
