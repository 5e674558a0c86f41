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

/** A select of one of `choices`, or '' for all of them. */
function ChoiceSelect<T extends string>(props: {
  id: string;
  value: T | '';
  choices: readonly T[];
  label: (choice: T) => string;
  onChange: (choice: T | '') => void;
}) {
  const { t } = usePanel();
  return (
    <select
      id={props.id}
      class="form-control"
      value={props.value}
      onChange={(e) => props.onChange(props.choices.find((c) => c === e.currentTarget.value) ?? '')}
    >
      <option value="">{t('common.all')}</option>
      {props.choices.map((choice) => (
        <option value={choice} key={choice}>
          {props.label(choice)}
        </option>
      ))}
    </select>
  );
}

/** Search, state, dry-run verdict and category filters in OpenCart's filter well. */
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
          <ChoiceSelect
            id="filter-product-state"
            value={draft.state}
            choices={productStates}
            label={(state) => t(`state.${state}`)}
            onChange={(state) => setDraft({ ...draft, state })}
          />
        </FilterField>
        <FilterField width={2} id="filter-product-dry-run" label={t('products.lastDryRun')}>
          <ChoiceSelect
            id="filter-product-dry-run"
            value={draft.dryRun}
            choices={unitActions}
            label={(action) => action}
            onChange={(dryRun) => setDraft({ ...draft, dryRun })}
          />
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
