import { useState } from 'preact/hooks';
import type { LeafRef } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';

export interface DictionaryValue {
  readonly id: number;
  readonly value: string;
}

interface Props {
  readonly leaf: LeafRef;
  readonly attributeId: number;
  readonly value: DictionaryValue | undefined;
  readonly onChange: (value: DictionaryValue | undefined) => void;
  readonly id: string;
}

/**
 * Picks one value of an attribute's Ozon dictionary: the bridge pages through its cached copy, or asks Ozon
 * when the dictionary is too large to cache whole (colours, brands).
 */
export function DictionaryPicker({ leaf, attributeId, value, onChange, id }: Props) {
  const { api, t, fmt } = usePanel();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const values = useResource(
    (signal) =>
      api.mapping.values(leaf, { attributeId, perPage: 12, ...(query ? { q: query } : {}) }, { signal }),
    [leaf.descriptionCategoryId, leaf.typeId, attributeId, query],
  );
  return (
    <div class="meschain-dictionary-picker" id={id}>
      <p>
        {value ? (
          <span class="label label-primary meschain-picked">
            {value.value} <span class="small">#{value.id}</span>
          </span>
        ) : (
          <span class="text-muted">{t('mapping.noValuePicked')}</span>
        )}{' '}
        {value ? (
          <button type="button" class="btn btn-default btn-xs" onClick={() => onChange(undefined)}>
            <i class="fa fa-times" />
          </button>
        ) : null}
      </p>
      <div class="input-group">
        <input
          type="search"
          class="form-control input-sm meschain-dictionary-search"
          placeholder={t('mapping.searchValues')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setQuery(draft.trim());
            }
          }}
        />
        <span class="input-group-btn">
          <button type="button" class="btn btn-default btn-sm" onClick={() => setQuery(draft.trim())}>
            <i class="fa fa-search" />
          </button>
        </span>
      </div>
      <ErrorAlert error={values.error} />
      {values.data ? (
        <div class="list-group meschain-dictionary-values" style={{ marginTop: '6px' }}>
          {values.data.items.map((item) => (
            <button
              type="button"
              key={item.id}
              class={`list-group-item${value?.id === item.id ? ' active' : ''}`}
              onClick={() => onChange({ id: item.id, value: item.value })}
            >
              {item.value}
              {item.info ? <small class="text-muted"> · {item.info}</small> : null}
            </button>
          ))}
          <div class="list-group-item small text-muted">
            {t('mapping.valuesShown', {
              shown: values.data.items.length,
              total: fmt.number(values.data.total),
            })}
            {values.data.dictionary.searchedOnline ? ` · ${t('mapping.searchedOnline')}` : ''}
          </div>
        </div>
      ) : null}
    </div>
  );
}
