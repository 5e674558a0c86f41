import { useState } from 'preact/hooks';
import type { OpencartCategory } from '../../api/client';
import { PanelBox } from '../../components/PanelBox';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';

interface Props {
  readonly categories: readonly OpencartCategory[] | undefined;
  readonly loading: boolean;
  readonly selectedId: number | undefined;
  readonly onSelect: (categoryId: number) => void;
}

/** OpenCart's categories, indented by depth, each with the Ozon category its products go to. */
export function CategoryTree({ categories, loading, selectedId, onSelect }: Props) {
  const { t, fmt, router } = usePanel();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = (categories ?? []).filter((c) => needle === '' || c.path.toLowerCase().includes(needle));
  const mapped = (categories ?? []).filter((c) => c.mapping !== null).length;
  return (
    <PanelBox
      title={t('mapping.storeCategories')}
      icon="folder-open"
      body={false}
      actions={
        categories ? (
          <span class="badge" id="meschain-mapped-count">
            {t('mapping.mappedCount', { mapped, total: categories.length })}
          </span>
        ) : null
      }
    >
      <div class="panel-body">
        <input
          type="search"
          class="form-control"
          id="input-category-filter"
          placeholder={t('mapping.filterCategories')}
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      {loading && !categories ? (
        <div class="panel-body">
          <i class="fa fa-spinner fa-spin" /> {t('common.loading')}
        </div>
      ) : null}
      <div class="table-responsive meschain-tree">
        <table class="table table-bordered table-hover" id="meschain-category-table">
          <thead>
            <tr>
              <td>{t('mapping.category')}</td>
              <td class="text-right">{t('mapping.products')}</td>
              <td>{t('mapping.ozonCategory')}</td>
            </tr>
          </thead>
          <tbody>
            {shown.map((category) => (
              <tr
                key={category.categoryId}
                class={`meschain-pick${category.categoryId === selectedId ? ' info' : ''}`}
                data-category-id={category.categoryId}
                onClick={() => onSelect(category.categoryId)}
              >
                <td style={{ paddingLeft: `${8 + category.level * 18}px` }}>
                  <i class={`fa ${category.level === 0 ? 'fa-folder' : 'fa-folder-o'}`} />{' '}
                  <a
                    href={router.href('mapping', { category: String(category.categoryId) })}
                    onClick={(e) => e.preventDefault()}
                  >
                    {category.name}
                  </a>
                  {category.enabled ? null : <span class="text-muted"> ({t('common.disabled')})</span>}
                </td>
                <td class="text-right">{fmt.number(category.productsInTree)}</td>
                <td class="small">
                  {category.mapping ? (
                    <span title={category.mapping.path}>
                      <StatusLabel tone={category.mapping.inheritedFrom === null ? 'success' : 'default'}>
                        {category.mapping.inheritedFrom === null
                          ? t('mapping.mapped')
                          : t('mapping.inherited')}
                      </StatusLabel>{' '}
                      {category.mapping.name}
                    </span>
                  ) : (
                    <StatusLabel tone="warning">{t('mapping.notMapped')}</StatusLabel>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PanelBox>
  );
}
