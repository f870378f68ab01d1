import { downloadFile } from '../../lib/download'

/** Standalone SVG text with computed styles inlined, so it renders the same outside the page. */
function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const { width, height } = svg.getBoundingClientRect()
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(Math.round(width)))
  clone.setAttribute('height', String(Math.round(height)))
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
    ]) {
      const value = style.getPropertyValue(property)
      if (value) target.style.setProperty(property, value)
    }
  })
  const background = getComputedStyle(document.body).backgroundColor
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  rect.setAttribute('width', '100%')
  rect.setAttribute('height', '100%')
  rect.setAttribute('fill', background || '#ffffff')
  clone.insertBefore(rect, clone.firstChild)
  return { text: new XMLSerializer().serializeToString(clone), width, height }
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadFile(fileName, standaloneSvg(svg).text, 'image/svg+xml')
}

/** Renders the SVG at twice its size onto a canvas: crisp enough for slides. */
export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
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
