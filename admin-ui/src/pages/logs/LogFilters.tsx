import { useState } from 'preact/hooks';
import { FilterField } from '../../components/FilterField';
import { usePanel } from '../../context';
import { type LogFilter, logKinds, logLevels } from './log-filter';

interface Props {
  readonly value: LogFilter;
  readonly onApply: (filter: LogFilter) => void;
}

/** OpenCart's filter well: fields in a row, a Filter button on the right. */
export function LogFilters({ value, onApply }: Props) {
  const { t } = usePanel();
  const [draft, setDraft] = useState(value);
  const set = <K extends keyof LogFilter>(key: K, v: LogFilter[K]): void =>
    setDraft((d) => ({ ...d, [key]: v }));
  const submit = (event: Event): void => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = (): void => {
    const empty: LogFilter = { level: '', kind: '', from: '', to: '', text: '' };
    setDraft(empty);
    onApply(empty);
  };
  return (
    <form class="well meschain-filter" id="meschain-log-filter" onSubmit={submit}>
      <div class="row">
        <FilterField width={2} id="filter-level" label={t('logs.level')}>
          <select
            id="filter-level"
            class="form-control"
            value={draft.level}
            onChange={(e) => set('level', logLevels.find((l) => l === e.currentTarget.value) ?? '')}
          >
            <option value="">{t('common.all')}</option>
            {logLevels.map((level) => (
              <option value={level} key={level}>
                {t(`logs.level.${level}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField width={2} id="filter-kind" label={t('logs.kind')}>
          <select
            id="filter-kind"
            class="form-control"
            value={draft.kind}
            onChange={(e) => set('kind', logKinds.find((k) => k === e.currentTarget.value) ?? '')}
          >
            <option value="">{t('common.all')}</option>
            {logKinds.map((kind) => (
              <option value={kind} key={kind}>
                {t(`logs.kind.${kind}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField width={2} id="filter-from" label={t('logs.from')}>
          <input
            type="datetime-local"
            id="filter-from"
            class="form-control"
            value={draft.from}
            onInput={(e) => set('from', e.currentTarget.value)}
          />
        </FilterField>
        <FilterField width={2} id="filter-to" label={t('logs.to')}>
          <input
            type="datetime-local"
            id="filter-to"
            class="form-control"
            value={draft.to}
            onInput={(e) => set('to', e.currentTarget.value)}
          />
        </FilterField>
        <FilterField width={4} id="filter-text" label={t('logs.text')}>
          <input
            type="text"
            id="filter-text"
            class="form-control"
            placeholder={t('logs.textPlaceholder')}
            value={draft.text}
            onInput={(e) => set('text', e.currentTarget.value)}
          />
        </FilterField>
      </div>
      <div class="text-right">
        <button type="button" class="btn btn-default" onClick={reset}>
          <i class="fa fa-eraser" /> {t('common.reset')}
        </button>{' '}
        <button type="submit" class="btn btn-primary" id="button-filter-logs">
          <i class="fa fa-filter" /> {t('common.filter')}
        </button>
      </div>
    </form>
  );
}
