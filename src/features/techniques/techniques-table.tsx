import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import type { Dataset, Technique } from '../../domain/dataset/schema'

const features = tableFeatures({})
const column = createColumnHelper<typeof features, Technique>()

type Props = { dataset: Dataset }

export function TechniquesTable({ dataset }: Props) {
  const areaName = new Map(dataset.areas.map((area) => [area.id, area.name]))
  const columns = column.columns([
    column.accessor('name', { header: 'Technique' }),
    column.accessor((row) => areaName.get(row.areaId) ?? row.areaId, {
      id: 'area',
      header: 'Area',
    }),
    column.accessor('subgroup', { header: 'Sub-group' }),
    column.accessor('invasiveness', { header: 'Invasiveness' }),
    column.accessor((row) => row.firstReported.year, { id: 'year', header: 'First reported' }),
  ])
  const table = useTable({ features, columns, data: dataset.techniques })
  const count = dataset.techniques.length

  return (
    <section aria-labelledby="techniques-title">
      <h2 id="techniques-title">Techniques</h2>
      <p role="status" className="count-line">
        {count} {count === 1 ? 'technique' : 'techniques'}
      </p>
      <div className="table-scroll">
        <table aria-labelledby="techniques-title">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
