import type { ProductDetail } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { OfferDetail } from '../offers/OfferDetail';
import { stateTone } from './product-filter';

type Problem = ProductDetail['units'][number]['problems'][number];

function Problems({ problems, ozon }: { problems: readonly Problem[]; ozon: boolean }) {
  const { t } = usePanel();
  if (problems.length === 0) {
    return null;
  }
  return (
    <div class="meschain-problems">
      <strong>{ozon ? t('products.ozonProblems') : t('products.problems')}</strong>
      <ul>
        {problems.map((problem) => (
          <li
            key={`${problem.code}-${problem.field}`}
            class={problem.blocks === 'none' ? 'text-warning' : 'text-danger'}
          >
            <code>{problem.field}</code> {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The product's Ozon items: state, what an export would do, every problem, stock per warehouse and price (as the
 * store wants them, as sent, as Ozon accepted and reads them) and the exact payload (dry-run preview).
 */
export function ProductDetailRow({ productId, columns }: { productId: number; columns: number }) {
  const { api, t, fmt, router } = usePanel();
  const detail = useResource((signal) => api.products.detail(productId, { signal }), [productId]);
  // Up to 200 variants of one product: every one a product has in practice.
  const offers = useResource(
    (signal) => api.offers.list({ productIds: String(productId), limit: 200 }, { signal }),
    [productId],
  );
  return (
    <tr class="meschain-product-detail" data-product-id={productId}>
      <td colSpan={columns}>
        <ErrorAlert error={detail.error ?? offers.error} />
        {detail.loading && !detail.data ? <i class="fa fa-spinner fa-spin" /> : null}
        {detail.data ? (
          <div>
            <p>
              {t('products.ozonCategory')}:{' '}
              {detail.data.leaf ? (
                <strong>{detail.data.leaf.name}</strong>
              ) : (
                <a href={router.href('mapping')}>{t('mapping.notMapped')}</a>
              )}
            </p>
            {detail.data.units.map((unit) => (
              <div
                class="panel panel-default meschain-unit"
                key={unit.variantKey}
                data-offer-id={unit.offerId}
              >
                <div class="panel-heading">
                  <StatusLabel tone={stateTone[unit.state]}>{t(`state.${unit.state}`)}</StatusLabel>{' '}
                  <strong>{unit.offerId}</strong> · {unit.name} ·{' '}
                  {t('products.nextAction', { action: unit.nextAction })}
                  {unit.ozonSku ? ` · SKU ${unit.ozonSku}` : ''}
                  {unit.liveAt ? ` · ${t('products.liveSince', { date: fmt.dateTime(unit.liveAt) })}` : ''}
                </div>
                <div class="panel-body">
                  <Problems problems={unit.problems} ozon={false} />
                  <Problems problems={unit.ozonProblems} ozon />
                  {offers.data?.items
                    .filter((offer) => offer.variantKey === unit.variantKey)
                    .map((offer) => (
                      <details class="meschain-offers" key={offer.offerId} open>
                        <summary>{t('nav.offers')}</summary>
                        <OfferDetail offer={offer} />
                      </details>
                    ))}
                  {unit.payload ? (
                    <details class="meschain-payload">
                      <summary>{t('products.payload')}</summary>
                      <pre class="meschain-json">{JSON.stringify(unit.payload, null, 2)}</pre>
                    </details>
                  ) : (
                    <p class="text-muted">{t('products.noPayload')}</p>
                  )}
                </div>
              </div>
            ))}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
