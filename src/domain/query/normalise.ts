/** Lower-cases and strips diacritics so "Sørensen" matches "sorensen" and "Kyphoplasty" "kypho". */
export function normaliseText(text: string): string {
  // Fast path: plain ASCII needs no decomposition (most of the text, and all synthetic rows).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "any ASCII", controls included
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

/** Splits a query into normalised terms; every term must match (AND). */
export function searchTerms(query: string): string[] {
  return normaliseText(query)
    .split(/\s+/)
    .filter((term) => term.length > 0)
}
