import { expect, it } from 'vitest'
import { firstViewScripts, workerScripts } from './check-bundle'

it('finds the entry script and preloaded modules of the first view', () => {
  const html = `<script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
    <link rel="stylesheet" href="/assets/index.css">`
  expect(firstViewScripts(html)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js'])
})

it('counts the dataset worker the entry script starts', () => {
  expect(
    workerScripts('new Worker(new URL("/assets/dataset-worker-AbC_1.js", import.meta.url))'),
  ).toEqual(['/assets/dataset-worker-AbC_1.js'])
})
