import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ProductRow } from '../../api/client';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { ProductDetailRow } from './ProductDetailRow';
import { actionTone, stateTone } from './product-filter';

const COLUMNS = 7;

interface Props {
  readonly rows: readonly ProductRow[];
  readonly selected: ReadonlySet<number>;
  readonly onSelect: (productIds: readonly number[], on: boolean) => void;
  /** The hash route these rows answer (lets tests and scripts tell a fresh list from the previous one). */
  readonly query: string;
}

/** One row per Ozon item; the checkbox selects the OpenCart product, the eye opens its detail and payload. */
export function ProductTable({ rows, selected, onSelect, query }: Props) {
  const { t, fmt } = usePanel();
  const [open, setOpen] = useState<number | undefined>(undefined);
  const ids = [...new Set(rows.map((r) => r.productId))];
  const allOn = ids.length > 0 && ids.every((id) => selected.has(id));
  return (
    <div class="table-responsive">
      <table class="table table-bordered table-hover" id="meschain-product-table" data-query={query}>
        <thead>
          <tr>
            <td style={{ width: '1px' }} class="text-center">
              <input
                type="checkbox"
                aria-label={t('products.selectAll')}
                checked={allOn}
                onChange={(e) => onSelect(ids, e.currentTarget.checked)}
              />
            </td>
            <td>{t('products.product')}</td>
            <td>{t('products.offerId')}</td>
            <td>{t('products.state')}</td>
            <td>{t('products.reason')}</td>
            <td class="text-right">{t('products.stock')}</td>
            <td class="text-right" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS} class="text-center">
                {t('common.noResults')}
              </td>
            </tr>
          ) : null}
          {rows.map((row, index) => {
            const firstOfProduct = index === 0 || rows[index - 1]?.productId !== row.productId;
            const lastOfProduct = rows[index + 1]?.productId !== row.productId;
            return (
              <Fragment key={`${row.productId}-${row.variantKey}`}>
                <tr
                  class="meschain-product-row"
                  data-product-id={row.productId}
                  data-state={row.state}
                  data-excluded={row.excluded ? '1' : '0'}
                  data-dry-run={row.dryRun?.action}
                >
                  <td class="text-center">
                    {firstOfProduct ? (
                      <input
                        type="checkbox"
                        aria-label={row.name}
                        checked={selected.has(row.productId)}
                        onChange={(e) => onSelect([row.productId], e.currentTarget.checked)}
                      />
                    ) : null}
                  </td>
                  <td class="meschain-break">
                    {row.name}
                    <div class="small text-muted">
                      #{row.productId} · {row.model}
                      {row.variantKey ? ` · ${row.variantKey}` : ''}
                      {row.enabled ? '' : ` · ${t('common.disabled')}`}
                    </div>
                  </td>
                  <td class="small meschain-break">{row.offerId}</td>
                  <td class="text-nowrap">
                    {/* Never exported: what the last dry run found says more than "not checked yet". */}
                    {row.dryRun && row.state === 'not_analysed' ? null : (
                      <StatusLabel tone={stateTone[row.state]}>{t(`state.${row.state}`)}</StatusLabel>
                    )}
                    {row.dryRun ? (
                      <div class="small" title={fmt.dateTime(row.dryRun.checkedAt)}>
                        <StatusLabel tone={actionTone(row.dryRun.action)}>
                          {t('products.dryRunVerdict', { action: row.dryRun.action })}
                        </StatusLabel>
                      </div>
                    ) : null}
                    {row.excluded && row.state !== 'excluded' ? (
                      <div>
                        <StatusLabel tone="default">{t('state.excluded')}</StatusLabel>
                      </div>
                    ) : null}
                    {row.ozonSku ? <div class="small text-muted">SKU {row.ozonSku}</div> : null}
                  </td>
                  <td class="small text-danger meschain-reason meschain-break">
                    {row.reason}
                    {row.problemCount > 1 ? (
                      <span class="text-muted">
                        {' '}
                        {t('products.moreProblems', { count: row.problemCount - 1 })}
                      </span>
                    ) : null}
                  </td>
                  <td class="text-right">{fmt.number(row.stock)}</td>
                  <td class="text-right">
                    {lastOfProduct ? (
                      <button
                        type="button"
                        class="btn btn-default btn-xs meschain-preview"
                        title={t('products.preview')}
                        onClick={() => setOpen(open === row.productId ? undefined : row.productId)}
                      >
                        <i class={`fa ${open === row.productId ? 'fa-chevron-up' : 'fa-eye'}`} />{' '}
                        {t('products.preview')}
                      </button>
                    ) : null}
                  </td>
                </tr>
                {lastOfProduct && open === row.productId ? (
                  <ProductDetailRow productId={row.productId} columns={COLUMNS} />
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
