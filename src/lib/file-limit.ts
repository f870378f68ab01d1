/**
 * The largest file "Open dataset…" reads. Measured by `npm run bench`: a 125 MB file of 100,000
 * techniques and 10,000 studies leaves about 190 MB of JavaScript heap on the page, and the worker
 * that parses it briefly holds the bytes, the text and the parsed records (several times the file)
 * before it ends. 200 MB keeps the page near 300 MB and the worker near a gigabyte, which desktop
 * browsers hold and phones may not; beyond that a columnar engine (see README) is the way.
 */
export const MAX_FILE_MB = 200
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
