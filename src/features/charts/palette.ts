import type { AreaId } from '../../domain/dataset/schema'

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const AREA_COLOURS: Record<AreaId, string> = {
  surgery: '#0072B2',
  mit: '#E69F00',
  radiation: '#009E73',
  systemic: '#CC79A7',
}
