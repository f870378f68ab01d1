import { downloadFile } from '../../lib/download'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The drawing(s) of a chart and the box they sit in. */
export type PlotImage = { svgs: SVGSVGElement[]; box: Element }

/** A hand-drawn chart's SVGs (several for small multiples), else the recharts surface. */
export function plotSvg(plot: HTMLElement): PlotImage | null {
  const drawn = [...plot.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
  if (drawn.length > 0)
    return { svgs: drawn, box: drawn.length === 1 ? (drawn[0] as Element) : plot }
  const surface = plot.querySelector<SVGSVGElement>('svg.recharts-surface')
  return surface ? { svgs: [surface], box: surface } : null
}

/** Standalone SVG text with computed styles inlined, so it renders the same outside the page. */
function standaloneSvg(image: PlotImage): { text: string; width: number; height: number } {
  const origin = image.box.getBoundingClientRect()
  const { width, height } = origin
  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(Math.round(width)))
  root.setAttribute('height', String(Math.round(height)))
  const background = getComputedStyle(document.body).backgroundColor
  const rect = document.createElementNS(SVG_NS, 'rect')
  rect.setAttribute('width', '100%')
  rect.setAttribute('height', '100%')
  rect.setAttribute('fill', background || '#ffffff')
  root.appendChild(rect)
  for (const svg of image.svgs) {
    const clone = styledClone(svg)
    const box = svg.getBoundingClientRect()
    clone.setAttribute('x', String(Math.round(box.left - origin.left)))
    clone.setAttribute('y', String(Math.round(box.top - origin.top)))
    clone.setAttribute('width', String(Math.round(box.width)))
    clone.setAttribute('height', String(Math.round(box.height)))
    root.appendChild(clone)
  }
  return { text: new XMLSerializer().serializeToString(root), width, height }
}

function styledClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const sourceNodes = svg.querySelectorAll('*')
  const cloneNodes = clone.querySelectorAll('*')
  sourceNodes.forEach((node, i) => {
    const target = cloneNodes[i]
    if (!(target instanceof SVGElement)) return
    const style = getComputedStyle(node)
    for (const property of [
      'fill',
      'stroke',
      'stroke-width',
      'font-family',
      'font-size',
      'font-weight',
      'opacity',
      'stroke-dasharray',
      'text-anchor',
    ]) {
      const value = style.getPropertyValue(property)
      if (value) target.style.setProperty(property, value)
    }
  })
  return clone
}

export function downloadSvg(svg: PlotImage, fileName: string): void {
  downloadFile(fileName, standaloneSvg(svg).text, 'image/svg+xml')
}

/** Renders the SVG at twice its size onto a canvas: crisp enough for slides. */
export async function downloadPng(svg: PlotImage, fileName: string): Promise<void> {
  const { text, width, height } = standaloneSvg(svg)
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('Canvas is not available')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('The PNG could not be created')
    downloadFile(fileName, blob, 'image/png')
  } finally {
    URL.revokeObjectURL(url)
  }
}
