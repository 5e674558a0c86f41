import type { OfferSummary } from '../../api/client';
import { usePanel } from '../../context';
import type { MessageKey } from '../../i18n/en';

type Row = readonly [MessageKey, number | null, number | null, string];

/** The figures, problems first: refusals, held prices, values waiting; then what Ozon accepted today. */
export function SummaryBox({ summary }: { summary: OfferSummary }) {
  const { t, fmt, router } = usePanel();
  const { stock, prices, blocked } = summary;
  const rows: readonly Row[] = [
    ['offers.errors', stock.errors, prices.errors, 'danger'],
    ['offers.held', null, prices.held, 'warning'],
    ['offers.pending', stock.pending, prices.pending, 'info'],
    ['offers.waitingForSale', stock.waitingForSale, null, 'info'],
    ['offers.acceptedToday', stock.acceptedToday, prices.acceptedToday, 'success'],
  ];
  const cell = (n: number | null, tone: string) => (
    <td class={`text-right${n ? ` text-${tone}` : ''}`}>
      {n === null ? '' : <strong>{fmt.number(n)}</strong>}
    </td>
  );
  return (
    <div id="meschain-offer-summary">
      {blocked ? (
        <div class="alert alert-warning" id="meschain-offers-blocked">
          <i class="fa fa-exclamation-triangle" /> {t('offers.blocked', { reason: blocked })}{' '}
          {/* Credentials are mended on the settings page; a missing warehouse right here, below. */}
          {blocked.includes('configured') ? (
            <a class="alert-link" href={router.href('settings')}>
              {t('error.goToSettings')}
            </a>
          ) : null}
        </div>
      ) : null}
      <table class="table table-condensed">
        <thead>
          <tr>
            <td />
            <td class="text-right">{t('offers.stock')}</td>
            <td class="text-right">{t('offers.prices')}</td>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, s, p, tone]) => (
            <tr key={key} data-figure={key}>
              <td>{t(key)}</td>
              {cell(s, tone)}
              {cell(p, tone)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
