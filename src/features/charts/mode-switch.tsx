import type { ChartPanelProps } from './panel-props'

type Props = Pick<ChartPanelProps, 'charts' | 'setCharts'> & { noun: string }

/** Absolute counts or shares of the total, as a pair of radio buttons. */
export function ModeSwitch({ charts, setCharts, noun }: Props) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Scale</legend>
      {(['absolute', 'share'] as const).map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="mode"
            checked={charts.mode === mode}
            onChange={() => setCharts({ mode })}
          />
          {mode === 'absolute' ? `Number of ${noun}` : 'Share of total (%)'}
        </label>
      ))}
    </fieldset>
  )
}
