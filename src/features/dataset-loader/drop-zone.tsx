import { useEffect, useState } from 'react'

/** Accepts a file dropped anywhere on the page; shows an overlay while one is dragged over. */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [active, setActive] = useState(false)
  useEffect(() => {
    let depth = 0
    const hasFile = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files')
    const enter = (event: DragEvent) => {
      if (!hasFile(event)) return
      depth += 1
      setActive(true)
    }
    const leave = (event: DragEvent) => {
      if (!hasFile(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setActive(false)
    }
    const over = (event: DragEvent) => {
      if (hasFile(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (!hasFile(event)) return
      event.preventDefault()
      depth = 0
      setActive(false)
      const file = event.dataTransfer?.files[0]
      if (file) onFile(file)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [onFile])
  if (!active) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop the file to open it (JSON or CSV, checked in your browser)</p>
    </div>
  )
}
