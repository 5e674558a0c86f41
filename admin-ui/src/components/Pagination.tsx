import { usePanel } from '../context';

interface Props {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** The link of a page (a hash route, so Back and reload keep the page). */
  readonly hrefOf: (page: number) => string;
}

/** OpenCart's list footer: page links on the left, "Showing a to b of n (p Pages)" on the right. */
export function Pagination({ page, pageSize, total, hrefOf }: Props) {
  const { t, fmt } = usePanel();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.max(1, Math.min(page - 4, pages - 9));
  const numbers = Array.from({ length: Math.min(10, pages) }, (_, i) => first + i);
  const link = (target: number, label: string, active = false) => (
    <li class={active ? 'active' : ''} key={label}>
      <a href={hrefOf(target)}>{label}</a>
    </li>
  );
  return (
    <div class="row meschain-pagination">
      <div class="col-sm-6 text-left">
        {pages > 1 ? (
          <ul class="pagination">
            {page > 1 ? link(1, '|<') : null}
            {page > 1 ? link(page - 1, '<') : null}
            {numbers.map((n) => link(n, String(n), n === page))}
            {page < pages ? link(page + 1, '>') : null}
            {page < pages ? link(pages, '>|') : null}
          </ul>
        ) : null}
      </div>
      <div class="col-sm-6 text-right meschain-pagination-text">
        {t('common.showing', {
          from: fmt.number(total === 0 ? 0 : (page - 1) * pageSize + 1),
          to: fmt.number(Math.min(total, page * pageSize)),
          total: fmt.number(total),
          pages: fmt.number(pages),
        })}
      </div>
    </div>
  );
}
