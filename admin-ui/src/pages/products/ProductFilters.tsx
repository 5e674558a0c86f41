import { useState } from 'preact/hooks';
import { unitActions } from '../../../../bridge/src/contract/values';
import { FilterField } from '../../components/FilterField';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { type ProductFilter, productStates } from './product-filter';

interface Props {
  readonly value: ProductFilter;
  readonly onApply: (filter: ProductFilter) => void;
}

/** Search, state and category filters in OpenCart's filter well. */
export function ProductFilters({ value, onApply }: Props) {
  const { api, t } = usePanel();
  const [draft, setDraft] = useState(value);
  const categories = useResource((signal) => api.mapping.categories({ signal }), []);
  const submit = (event: Event): void => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };
  return (
    <form class="well meschain-filter" id="meschain-product-filter" onSubmit={submit}>
      <div class="row">
        <FilterField width={4} id="filter-product-q" label={t('common.search')}>
          <input
            type="search"
            id="filter-product-q"
            class="form-control"
            placeholder={t('products.searchPlaceholder')}
            value={draft.q}
            onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
          />
        </FilterField>
        <FilterField width={3} id="filter-product-state" label={t('products.state')}>
          <select
            id="filter-product-state"
            class="form-control"
            value={draft.state}
            onChange={(e) =>
              setDraft({ ...draft, state: productStates.find((s) => s === e.currentTarget.value) ?? '' })
            }
          >
            <option value="">{t('common.all')}</option>
            {productStates.map((state) => (
              <option value={state} key={state}>
                {t(`state.${state}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField width={2} id="filter-product-dry-run" label={t('products.lastDryRun')}>
          <select
            id="filter-product-dry-run"
            class="form-control"
            value={draft.dryRun}
            onChange={(e) =>
              setDraft({ ...draft, dryRun: unitActions.find((a) => a === e.currentTarget.value) ?? '' })
            }
          >
            <option value="">{t('common.all')}</option>
            {unitActions.map((action) => (
              <option value={action} key={action}>
                {action}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField width={3} id="filter-product-category" label={t('mapping.category')}>
          <select
            id="filter-product-category"
            class="form-control"
            value={draft.category}
            onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value })}
          >
            <option value="">{t('common.all')}</option>
            {(categories.data?.items ?? []).map((c) => (
              <option value={String(c.categoryId)} key={c.categoryId}>
                {c.path}
              </option>
            ))}
          </select>
        </FilterField>
      </div>
      <div class="text-right">
        <button type="submit" class="btn btn-primary" id="button-filter-products">
          <i class="fa fa-filter" /> {t('common.filter')}
        </button>
      </div>
    </form>
  );
}
