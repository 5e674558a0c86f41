import { usePanel } from '../../context';
import { type ProductFilter, paramsOf, productStates, stateTone } from './product-filter';

interface Props {
  readonly counts: Readonly<Record<string, number>>;
  readonly filter: ProductFilter;
}

const barClass: Readonly<Record<string, string>> = {
  success: 'progress-bar-success',
  danger: 'progress-bar-danger',
  warning: 'progress-bar-warning',
  info: 'progress-bar-info',
  primary: '',
  default: 'meschain-bar-default',
};

/** Items per state over the whole catalogue: a stacked bar, and chips that filter the list by state. */
export function StateBar({ counts, filter }: Props) {
  const { t, fmt, router } = usePanel();
  const total = productStates.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
  const present = productStates.filter((state) => (counts[state] ?? 0) > 0);
  return (
    <div id="meschain-state-bar">
      <div class="progress meschain-state-progress">
        {present.map((state) => (
          <div
            key={state}
            class={`progress-bar ${barClass[stateTone[state]] ?? ''}`}
            style={{ width: `${((counts[state] ?? 0) / Math.max(1, total)) * 100}%` }}
            title={`${t(`state.${state}`)}: ${counts[state] ?? 0}`}
          />
        ))}
      </div>
      <ul class="nav nav-pills meschain-state-chips">
        <li class={filter.state === '' ? 'active' : ''}>
          <a href={router.href('products', paramsOf({ ...filter, state: '', page: 1 }))}>
            {t('common.all')} <span class="badge">{fmt.number(total)}</span>
          </a>
        </li>
        {present.map((state) => (
          <li class={filter.state === state ? 'active' : ''} key={state} data-state={state}>
            <a href={router.href('products', paramsOf({ ...filter, state, page: 1 }))}>
              {t(`state.${state}`)} <span class="badge">{fmt.number(counts[state] ?? 0)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
