import { useState } from 'preact/hooks';
import type { LeafRef } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';

interface Props {
  readonly disabled: boolean;
  /** The leaf chosen, and its name and path to show. */
  readonly onPick: (leaf: LeafRef, shown: { name: string; path: string }) => void;
}

/** Searches Ozon's category tree (the bridge's cached copy) and offers each hit to map to. */
export function LeafSearch({ disabled, onPick }: Props) {
  const { api, t } = usePanel();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const results = useResource(
    (signal) =>
      query === ''
        ? Promise.resolve(undefined)
        : api.mapping.searchLeaves({ q: query, perPage: 15 }, { signal }),
    [query],
  );
  return (
    <div id="meschain-leaf-search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(draft.trim());
        }}
      >
        <div class="input-group">
          <input
            type="search"
            class="form-control"
            id="input-leaf-search"
            placeholder={t('mapping.searchOzon')}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <span class="input-group-btn">
            <button type="submit" class="btn btn-default" id="button-leaf-search">
              <i class={`fa ${results.loading && query !== '' ? 'fa-spinner fa-spin' : 'fa-search'}`} />{' '}
              {t('common.search')}
            </button>
          </span>
        </div>
      </form>
      <ErrorAlert error={results.error} />
      {results.data ? (
        results.data.items.length === 0 ? (
          <p class="text-muted" style={{ marginTop: '10px' }}>
            {t('common.noResults')}
          </p>
        ) : (
          <div class="list-group" style={{ marginTop: '10px' }} id="meschain-leaf-results">
            {results.data.items.map((leaf) => (
              <div
                class="list-group-item clearfix meschain-leaf"
                key={`${leaf.descriptionCategoryId}-${leaf.typeId}`}
              >
                <button
                  type="button"
                  class="btn btn-primary btn-xs pull-right"
                  disabled={disabled || leaf.disabled}
                  onClick={() =>
                    onPick(
                      { descriptionCategoryId: leaf.descriptionCategoryId, typeId: leaf.typeId },
                      { name: leaf.name, path: leaf.path },
                    )
                  }
                >
                  <i class="fa fa-link" /> {t('mapping.mapHere')}
                </button>
                <strong>{leaf.name}</strong>
                <div class="small text-muted">{leaf.path}</div>
              </div>
            ))}
            {results.data.total > results.data.items.length ? (
              <div class="list-group-item small text-muted">
                {t('mapping.moreResults', { count: results.data.total - results.data.items.length })}
              </div>
            ) : null}
          </div>
        )
      ) : null}
    </div>
  );
}
