import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { AttributeMapping } from './AttributeMapping';
import { CatalogueCache } from './CatalogueCache';
import { CategoryLeafPanel } from './CategoryLeafPanel';
import { CategoryTree } from './CategoryTree';
import { MappingSuggestions } from './MappingSuggestions';

/**
 * What the mapping still lacks, proposed at once; OpenCart's category tree with each category's Ozon category, a
 * search over Ozon's tree to change it, and the attribute mapping of the chosen Ozon category. The chosen category is kept in the URL (#/mapping?category=).
 */
export function MappingPage() {
  const { api, router } = usePanel();
  const categories = useResource((signal) => api.mapping.categories({ signal }), []);
  const cache = useResource((signal) => api.mapping.cacheStatus({ signal }), []);
  const suggestions = useResource((signal) => api.mapping.suggestions({ signal }), []);
  const mappingChanged = (): void => {
    categories.reload();
    suggestions.reload();
  };
  const selectedId = Number(router.route.value.params.category ?? '') || undefined;
  const selected = categories.data?.items.find((c) => c.categoryId === selectedId);
  const select = (categoryId: number): void => router.replaceParams({ category: String(categoryId) });
  const leaf = selected?.mapping ?? null;
  return (
    <div id="meschain-mapping">
      <ErrorAlert error={categories.error ?? cache.error ?? suggestions.error} />
      <CatalogueCache
        status={cache.data}
        onRefreshed={() => {
          cache.reload();
          mappingChanged();
        }}
      />
      <MappingSuggestions
        suggestions={suggestions.data}
        refreshing={suggestions.loading}
        onChanged={() => {
          cache.reload();
          mappingChanged();
        }}
      />
      <div class="row">
        <div class="col-md-5">
          <CategoryTree
            categories={categories.data?.items}
            loading={categories.loading}
            selectedId={selectedId}
            onSelect={select}
          />
        </div>
        <div class="col-md-7">
          {selected ? (
            <CategoryLeafPanel
              category={selected}
              onChanged={mappingChanged}
              treeCached={(cache.data?.leaves ?? 0) > 0}
            />
          ) : null}
          {selected && leaf ? (
            <AttributeMapping
              key={`${leaf.descriptionCategoryId}-${leaf.typeId}`}
              leaf={{ descriptionCategoryId: leaf.descriptionCategoryId, typeId: leaf.typeId }}
              onCacheChanged={cache.reload}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
