import type { ReactNode } from 'react'

type Option = { label: ReactNode; detail?: ReactNode }

type Props = {
  /** Unique per page: radios sharing it form one group (arrow keys move within it). */
  name: string
  legend: ReactNode
  options: ReadonlyArray<Option>
  value: number | null
  onChange: (index: number) => void
  hint?: ReactNode
}

/**
 * One item of a calculator: native radios in a fieldset, so the browser gives the expected
 * keyboard behaviour (Tab into the group, arrows between options) and the legend labels it.
 */
export function RadioGroup({ name, legend, options, value, onChange, hint }: Props) {
  return (
    <fieldset className="score-item">
      <legend>{legend}</legend>
      {hint ? <p className="score-hint">{hint}</p> : null}
      {options.map((option, index) => {
        const id = `${name}-${index}`
        return (
          <div className="score-option" key={id}>
            <input
              type="radio"
              id={id}
              name={name}
              checked={value === index}
              onChange={() => onChange(index)}
            />
            <label htmlFor={id}>
              {option.label}
              {option.detail ? <span className="score-points"> {option.detail}</span> : null}
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}
