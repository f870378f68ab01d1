import { downloadFile } from '../../lib/download'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The drawing(s) of a chart, the box they sit in, and HTML legend entries to redraw as SVG. */
export type PlotImage = { svgs: SVGSVGElement[]; box: Element; legend: LegendEntry[] }

/** One recharts legend entry: its 14-px icon and its text, as laid out on the page. */
type LegendEntry = { icon: SVGSVGElement; text: string; textBox: DOMRect; font: string }

const area = (svg: SVGSVGElement) => {
  const box = svg.getBoundingClientRect()
  return box.width * box.height
}

/**
 * A hand-drawn chart's SVGs (several for small multiples), else the recharts surface. recharts
 * gives its legend icons the same `recharts-surface` class as the plot, and the icons come first
 * in the DOM, so the plot is the largest surface outside the legend.
 */
export function plotSvg(plot: HTMLElement): PlotImage | null {
  const drawn = [...plot.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
  if (drawn.length > 0)
    return {
      svgs: drawn,
      box: drawn.length === 1 ? (drawn[0] as Element) : plot,
      legend: [],
    }
  const surface = [...plot.querySelectorAll<SVGSVGElement>('svg.recharts-surface')]
    .filter((svg) => !svg.closest('.recharts-legend-wrapper'))
    .reduce<SVGSVGElement | null>((a, b) => (a && area(a) >= area(b) ? a : b), null)
  if (!surface) return null
  // The legend is HTML beside the SVG: without it the areas' colours would have no names.
  const wrapper = surface.closest('.recharts-wrapper') ?? surface
  const legend = [...wrapper.querySelectorAll('.recharts-legend-item')].flatMap((item) => {
    const icon = item.querySelector<SVGSVGElement>('svg')
    const text = item.querySelector('.recharts-legend-item-text')
    return icon && text
      ? [
          {
            icon,
            text: text.textContent ?? '',
            textBox: text.getBoundingClientRect(),
            font: getComputedStyle(text).fontSize,
          },
        ]
      : []
  })
  return { svgs: [surface], box: wrapper, legend }
}

/** The figure's title above the image and its source line below, so a slide cites itself. */
export type ImageLabels = { title: string; source: string }

const HEADER = 32
const FOOT_LINE = 15

/** A line of text in the page's font and colour. */
function textLine(content: string, x: number, y: number, size: number, weight = 400) {
  const text = document.createElementNS(SVG_NS, 'text')
  text.setAttribute('x', String(x))
  text.setAttribute('y', String(y))
  text.setAttribute('fill', getComputedStyle(document.body).color || '#000000')
  text.setAttribute('font-family', getComputedStyle(document.body).fontFamily)
  text.setAttribute('font-size', String(size))
  text.setAttribute('font-weight', String(weight))
  text.textContent = content
  return text
}

/** Words broken into lines of about `chars` characters. */
function breakLines(text: string, chars: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + word.length + 1 <= chars)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** Standalone SVG text with computed styles inlined, so it renders the same outside the page. */
function standaloneSvg(
  image: PlotImage,
  labels?: ImageLabels,
): { text: string; width: number; height: number } {
  const origin = image.box.getBoundingClientRect()
  // Whole pixels, so the PNG is exactly twice the SVG's declared size.
  const width = Math.round(origin.width)
  const plotHeight = Math.round(origin.height)
  const foot = labels ? breakLines(labels.source, Math.floor(width / (12 * 0.55))) : []
  const top = labels ? HEADER : 0
  const height = top + plotHeight + (foot.length > 0 ? 10 + foot.length * FOOT_LINE : 0)
  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  const background = getComputedStyle(document.body).backgroundColor
  const rect = document.createElementNS(SVG_NS, 'rect')
  rect.setAttribute('width', '100%')
  rect.setAttribute('height', '100%')
  rect.setAttribute('fill', background || '#ffffff')
  root.appendChild(rect)
  if (labels) root.appendChild(textLine(labels.title, 0, 20, 16, 700))
  foot.forEach((line, i) => {
    root.appendChild(textLine(line, 0, top + plotHeight + 10 + (i + 1) * FOOT_LINE - 3, 12))
  })
  // The plot, shifted below the title.
  const body = document.createElementNS(SVG_NS, 'g')
  body.setAttribute('transform', `translate(0 ${top})`)
  root.appendChild(body)
  for (const svg of image.svgs) {
    const clone = styledClone(svg)
    const box = svg.getBoundingClientRect()
    clone.setAttribute('x', String(Math.round(box.left - origin.left)))
    clone.setAttribute('y', String(Math.round(box.top - origin.top)))
    clone.setAttribute('width', String(Math.round(box.width)))
    clone.setAttribute('height', String(Math.round(box.height)))
    body.appendChild(clone)
  }
  const color = getComputedStyle(document.body).color
  for (const entry of image.legend) {
    const icon = styledClone(entry.icon)
    const box = entry.icon.getBoundingClientRect()
    icon.setAttribute('x', String(Math.round(box.left - origin.left)))
    icon.setAttribute('y', String(Math.round(box.top - origin.top)))
    body.appendChild(icon)
    const text = document.createElementNS(SVG_NS, 'text')
    text.setAttribute('x', String(Math.round(entry.textBox.left - origin.left)))
    // Baseline about a fifth of the line height above the box's bottom edge.
    text.setAttribute('y', String(Math.round(entry.textBox.bottom - origin.top - 4)))
    text.setAttribute('fill', color || '#000000')
    text.setAttribute('font-family', getComputedStyle(document.body).fontFamily)
    text.setAttribute('font-size', entry.font)
    text.textContent = entry.text
    body.appendChild(text)
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
      'font-style',
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

export function downloadSvg(svg: PlotImage, fileName: string, labels?: ImageLabels): void {
  downloadFile(fileName, standaloneSvg(svg, labels).text, 'image/svg+xml')
}

/** Renders the SVG at twice its size onto a canvas: crisp enough for slides. */
export async function downloadPng(
  svg: PlotImage,
  fileName: string,
  labels?: ImageLabels,
): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, labels)
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
