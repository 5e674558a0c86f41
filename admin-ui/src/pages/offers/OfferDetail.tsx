import type { OfferView } from '../../api/client';
import { usePanel } from '../../context';

type Price = OfferView['price']['wanted'];

/** "1490 (old 1990)"; a dash for no price. */
function priceText(price: Price, old: string): string {
  if (!price) {
    return '—';
  }
  return price.oldPrice === '0' ? price.price : `${price.price} (${old} ${price.oldPrice})`;
}

const count = (n: number | null): string => (n === null ? '—' : String(n));

/** A price change as the merchant reads it: "+50 %", "-40 %". */
export const signedPercent = (n: number): string => `${n > 0 ? '+' : ''}${n} %`;

/**
 * One offer's stock per warehouse and its price: as the store wants it, as sent, as Ozon accepted it, Ozon's last
 * read, and why a value waits or what Ozon refused. Every text (the store's, Ozon's) renders as text.
 */
export function OfferDetail({ offer }: { offer: OfferView }) {
  const { t, fmt } = usePanel();
  const { price } = offer;
  const when = (iso: string | null) => (iso ? fmt.dateTime(iso) : '');
  return (
    <div class="meschain-offer" data-offer-id={offer.offerId}>
      <table class="table table-condensed table-bordered meschain-offer-table">
        <thead>
          <tr>
            <td>{t('offers.warehouse')}</td>
            <td class="text-right">{t('offers.wanted')}</td>
            <td class="text-right">{t('offers.sent')}</td>
            <td class="text-right">{t('offers.accepted')}</td>
            <td class="text-right">{t('offers.ozonRead')}</td>
            <td>{t('offers.status')}</td>
          </tr>
        </thead>
        <tbody>
          {offer.stocks.map((s) => (
            <tr key={s.warehouseId} data-warehouse-id={s.warehouseId} class={s.error ? 'danger' : ''}>
              <td>{s.warehouseName || s.warehouseId}</td>
              <td class="text-right">{s.wanted}</td>
              <td class="text-right">{count(s.sent)}</td>
              <td class="text-right" title={when(s.acceptedAt)}>
                {count(s.accepted)}
              </td>
              <td class="text-right">
                {count(s.ozonPresent)} / {count(s.ozonReserved)}
              </td>
              <td class="small meschain-break">
                {s.error ? `${s.error.code}: ${s.error.message}` : (s.waitsFor ?? '')}
              </td>
            </tr>
          ))}
          <tr class={price.error ? 'danger' : price.held ? 'warning' : ''} data-price="1">
            <td>
              <strong>{t('offers.price')}</strong>
            </td>
            <td class="text-right">{priceText(price.wanted, t('offers.old'))}</td>
            <td class="text-right">{priceText(price.sent, t('offers.old'))}</td>
            <td class="text-right" title={when(price.acceptedAt)}>
              {priceText(price.accepted, t('offers.old'))}
            </td>
            <td class="text-right">{priceText(price.ozon, t('offers.old'))}</td>
            <td class="small meschain-break">
              {price.held
                ? t('offers.heldNote', {
                    price: price.held.price,
                    change: signedPercent(price.held.changePercent),
                  })
                : price.dueAt
                  ? t('offers.due', { time: fmt.dateTime(price.dueAt) })
                  : ''}{' '}
              {price.error ? `${price.error.code}: ${price.error.message}` : (price.note ?? '')}
            </td>
          </tr>
        </tbody>
      </table>
      {offer.storeQuantity === null ? null : (
        <p class="small text-muted">{t('offers.storeQuantity', { quantity: offer.storeQuantity })}</p>
      )}
    </div>
  );
}
