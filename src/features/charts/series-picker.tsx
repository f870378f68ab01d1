import { VerificationBadge } from '../../components/verification-badge'
import { unitGroups } from '../../domain/charts/series'
import { countryOf } from '../../domain/charts/shift'
import type { Series } from '../../domain/dataset/schema'

type Props = {
  available: ReadonlyArray<Series>
  ticked: ReadonlyArray<string>
  /** The full list of ticked ids; an empty list means none (not "the defaults"). */
  onChange: (ids: string[]) => void
}

/** Checkboxes per unit; every series can be ticked and unticked, down to none. */
export function SeriesPicker({ available, ticked, onChange }: Props) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...ticked, id] : ticked.filter((s) => s !== id))
  return (
    <fieldset className="series-picker">
      <legend>
        Series ({ticked.length} of {available.length} ticked for the techniques in view)
      </legend>
      {[...unitGroups(available).entries()].map(([unit, list]) => (
        <div key={unit} className="series-group">
          <p className="note">Unit: {unit}</p>
          {list.map((s) => (
            <div key={s.id} className="series-option">
              <label>
                <input
                  type="checkbox"
                  checked={ticked.includes(s.id)}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />
                {s.title}
                {/* Most titles name the place already; the geography is added only when not. */}
                {s.title.includes(countryOf(s.geography)) ? null : (
                  <span className="muted"> ({s.geography})</span>
                )}
              </label>
              {s.verification !== 'primary' ? (
                <VerificationBadge status={s.verification} source={s.verificationSource} />
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  )
}
