import type { HeldPrice } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { useResource } from '../../hooks/use-resource';
import { useSelection } from '../../hooks/use-selection';
import { signedPercent } from './OfferDetail';

/** The most held changes one decision covers on this page (the bridge takes up to 1,000 per request). */
const PAGE = 200;

const keyOf = (h: Pick<HeldPrice, 'productId' | 'variantKey'>): string => `${h.productId}:${h.variantKey}`;

/** Price changes held for approval (beyond the guardrail): pick some or all, then approve or reject them. */
export function HeldPrices({ version, onDecided }: { version: number; onDecided: () => void }) {
  const { api, t, fmt, config } = usePanel();
  const held = useResource((signal) => api.offers.held({ limit: PAGE }, { signal }), [version]);
  const { selected, toggle, clear } = useSelection<string>();
  const items = held.data?.items ?? [];
  const decide = useAction(async (decision: 'approve' | 'reject') => {
    const chosen = items.filter((h) => selected.has(keyOf(h)));
    const answer = await api.offers.decide({
      decision,
      items: chosen.map(({ productId, variantKey }) => ({ productId, variantKey })),
    });
    clear();
    // The page reads the list (and the figures) again.
    onDecided();
    return answer;
  });
  const all = items.map(keyOf);
  const none = selected.size === 0 || !config.canModify || decide.pending;
  return (
    <div id="meschain-held-prices" data-total={held.data?.total ?? ''}>
      <ErrorAlert error={held.error ?? decide.error} />
      {held.data && items.length === 0 ? <p class="text-muted">{t('offers.noneHeld')}</p> : null}
      {items.length > 0 ? (
        <div>
          <p>
            <button
              type="button"
              class="btn btn-success btn-sm"
              id="button-approve-held"
              disabled={none}
              onClick={() => decide.run('approve')}
            >
              <i class="fa fa-check" /> {t('offers.approve')}
            </button>{' '}
            <button
              type="button"
              class="btn btn-danger btn-sm"
              id="button-reject-held"
              disabled={none}
              onClick={() => decide.run('reject')}
            >
              <i class="fa fa-times" /> {t('offers.reject')}
            </button>{' '}
            <span class="text-muted small">
              {t('products.selected', { count: selected.size })} · {fmt.number(items.length)} /{' '}
              {fmt.number(held.data?.total ?? 0)}
            </span>
          </p>
          <div class="table-responsive">
            <table class="table table-bordered table-hover">
              <thead>
                <tr>
                  <td style={{ width: '1px' }}>
                    <input
                      type="checkbox"
                      id="input-held-all"
                      aria-label={t('products.selectAll')}
                      checked={all.every((k) => selected.has(k))}
                      onChange={(e) => toggle(all, e.currentTarget.checked)}
                    />
                  </td>
                  <td>{t('products.product')}</td>
                  <td>{t('products.offerId')}</td>
                  <td class="text-right">{t('offers.accepted')}</td>
                  <td class="text-right">{t('offers.heldPrice')}</td>
                  <td class="text-right">{t('offers.change')}</td>
                  <td>{t('offers.heldSince')}</td>
                </tr>
              </thead>
              <tbody>
                {items.map((h) => (
                  <tr key={keyOf(h)} class="meschain-held" data-key={keyOf(h)}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={h.offerId}
                        checked={selected.has(keyOf(h))}
                        onChange={(e) => toggle([keyOf(h)], e.currentTarget.checked)}
                      />
                    </td>
                    <td class="meschain-break">{h.name}</td>
                    <td class="meschain-break">{h.offerId}</td>
                    <td class="text-right">{h.accepted.price}</td>
                    <td class="text-right">{h.held.price}</td>
                    <td class={`text-right text-${h.changePercent < 0 ? 'danger' : 'success'}`}>
                      {signedPercent(h.changePercent)}
                    </td>
                    <td>{fmt.dateTime(h.heldAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}
