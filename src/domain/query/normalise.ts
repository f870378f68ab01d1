/** Lower-cases and strips diacritics so "Sørensen" matches "sorensen" and "Kyphoplasty" "kypho". */
export function normaliseText(text: string): string {
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
