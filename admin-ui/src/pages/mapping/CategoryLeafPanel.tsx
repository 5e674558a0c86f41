import type { OpencartCategory } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { LeafSearch } from './LeafSearch';

interface Props {
  readonly category: OpencartCategory;
  readonly treeCached: boolean;
  readonly onChanged: () => void;
}

/** The chosen store category: its Ozon category (own or inherited), a search to change it, a button to clear it. */
export function CategoryLeafPanel({ category, treeCached, onChanged }: Props) {
  const { api, t, config } = usePanel();
  const map = useAction(async (leaf: { descriptionCategoryId: number; typeId: number }) => {
    const answer = await api.mapping.setCategory(category.categoryId, leaf);
    onChanged();
    return answer;
  });
  const clear = useAction(async () => {
    const answer = await api.mapping.clearCategory(category.categoryId);
    onChanged();
    return answer;
  });
  const mapping = category.mapping;
  return (
    <PanelBox title={category.path} icon="folder-open-o" id="meschain-category-leaf">
      <ErrorAlert error={map.error ?? clear.error} />
      <dl class="dl-horizontal">
        <dt>{t('mapping.ozonCategory')}</dt>
        <dd id="meschain-current-leaf">
          {mapping ? (
            <span>
              <strong>{mapping.name}</strong>
              <br />
              <span class="small text-muted">{mapping.path}</span>
              {mapping.known ? null : <div class="text-danger small">{t('mapping.leafUnknown')}</div>}
              {mapping.inheritedFrom !== null ? (
                <div class="small text-muted">{t('mapping.inheritedNote')}</div>
              ) : null}
            </span>
          ) : (
            <span class="text-warning">{t('mapping.notMappedNote')}</span>
          )}
        </dd>
      </dl>
      {mapping && mapping.inheritedFrom === null ? (
        <p class="text-right">
          <button
            type="button"
            class="btn btn-danger btn-sm"
            id="button-clear-mapping"
            disabled={!config.canModify || clear.pending}
            onClick={() => clear.run()}
          >
            <i class="fa fa-times" /> {t('mapping.clear')}
          </button>
        </p>
      ) : null}
      {treeCached ? (
        <LeafSearch disabled={!config.canModify || map.pending} onPick={(leaf) => map.run(leaf)} />
      ) : (
        <p class="text-muted">{t('mapping.catalogueEmpty')}</p>
      )}
    </PanelBox>
  );
}
