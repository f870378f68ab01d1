import { type ReactNode, useRef, useState } from 'react'
import { formatCell } from '../../components/data-table'
import { Sheet } from '../../components/sheet'
import { type ChartTable, chartCsv } from '../../domain/charts/chart-tables'
import { downloadFile } from '../../lib/download'
import { HowComputed } from './how-computed'
import { downloadPng, downloadSvg, plotSvg } from './image-export'

type Props = {
  id: string
  title: string
  /** The finding in plain words. */
  caption: ReactNode
  source: ReactNode
  /** The source line under a downloaded image, when `source` is too long or rich for it. */
  imageSource?: string
  table: ChartTable
  asTable: boolean
  onToggleTable: (asTable: boolean) => void
  fileStem: string
  controls?: ReactNode
  /** "How this is computed": what is counted, what is left out and why. */
  method?: ReactNode
  children: ReactNode
}

/** A chart as a figure: caption, source line, "show as table", PNG/SVG/CSV downloads. */
export function ChartFigure({
  id,
  title,
  caption,
  source,
  imageSource,
  table,
  asTable,
  onToggleTable,
  fileStem,
  controls,
  method,
  children,
}: Props) {
  const plot = useRef<HTMLDivElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // Small multiples draw one SVG per panel; they are downloaded as one image.
  const svg = () => (plot.current ? plotSvg(plot.current) : null)
  const day = new Date().toISOString().slice(0, 10)
  const name = (ext: string) => `spinal-metastases-${fileStem}_${day}.${ext}`

  const image = async (kind: 'png' | 'svg') => {
    const element = svg()
    if (!element) {
      setProblem('Switch back to the chart to download it as an image.')
      return
    }
    setProblem(null)
    // The title and source line as the page shows them (the source may be rich text).
    const figure = plot.current?.closest('figure')
    const labels = {
      title,
      source: imageSource ?? figure?.querySelector('.chart-source')?.textContent ?? '',
    }
    try {
      if (kind === 'svg') downloadSvg(element, name('svg'), labels)
      else await downloadPng(element, name('png'), labels)
    } catch (error) {
      setProblem(
        `The image could not be created: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {/* On phones the actions and controls open from one button, so the plot comes first. */}
        <Sheet id={`${id}-options`} label="Chart options" title="Chart options" until="tablet">
          <div className="chart-actions">
            <label className="toggle">
              <input
                type="checkbox"
                checked={asTable}
                onChange={(e) => onToggleTable(e.target.checked)}
              />
              Show as table
            </label>
            <button
              type="button"
              className="button"
              onClick={() => image('png')}
              disabled={asTable}
            >
              Download PNG
            </button>
            <button
              type="button"
              className="button"
              onClick={() => image('svg')}
              disabled={asTable}
            >
              Download SVG
            </button>
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(name('csv'), chartCsv(table), 'text/csv;charset=utf-8')}
            >
              Download data as CSV
            </button>
          </div>
          {controls ? <div className="chart-controls">{controls}</div> : null}
        </Sheet>
      </div>
      {problem ? (
        <p role="alert" className="note">
          {problem}
        </p>
      ) : null}
      <div ref={plot} className="chart-plot">
        {asTable ? <ChartDataTable title={title} table={table} /> : children}
      </div>
      <figcaption>
        <div className="chart-caption">{caption}</div>
        <div className="chart-source">{source}</div>
        {method ? <HowComputed>{method}</HowComputed> : null}
      </figcaption>
    </figure>
  )
}

function ChartDataTable({ title, table }: { title: string; table: ChartTable }) {
  return (
    // A scrollable region must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls, so it takes focus
    <section className="table-scroll" tabIndex={0} aria-label={`${title}: data table`}>
      <table>
        <caption className="visually-hidden">{title}: the plotted numbers</caption>
        <thead>
          <tr>
            {table.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional chart data
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <th key={c} scope="row">
                    {formatCell(cell)}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                    {formatCell(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
