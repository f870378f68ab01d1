type Props = {
  page: number
  pageCount: number
  total: number
  pageSize: number
  onPage: (page: number) => void
}

export function Pagination({ page, pageCount, total, pageSize, onPage }: Props) {
  if (pageCount <= 1) return null
  const first = (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)
  return (
    <nav className="pagination" aria-label="Pages">
      <button
        type="button"
        className="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous page
      </button>
      <span>
        Rows {first}–{last} of {total} · page {page} of {pageCount}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        Next page
      </button>
    </nav>
  )
}
