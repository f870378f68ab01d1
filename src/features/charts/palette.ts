import type { AreaId } from '../../domain/dataset/schema'

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const AREA_COLOURS: Record<AreaId, string> = {
  surgery: '#0072B2',
  mit: '#E69F00',
  radiation: '#009E73',
  systemic: '#CC79A7',
}

export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
]
export const SERIES_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'wye',
] as const
