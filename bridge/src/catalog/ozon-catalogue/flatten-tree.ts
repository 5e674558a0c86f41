import type { OwnTables } from '../../db/own/index';
import type { CategoryNode } from '../../ozon/client/methods/categories';

export type OzonCategoryRow = OwnTables['ozonCategories']['$inferInsert'];

const PATH_SEPARATOR = ' / ';

function nodeKey(categoryId: number, typeId: number): string {
  return `${categoryId}:${typeId}`;
}

interface FlatNode {
  readonly categoryId: number;
  readonly typeId: number;
  readonly parentCategoryId: number;
  readonly name: string;
  readonly path: string;
  readonly depth: number;
  readonly disabled: boolean;
}

/** Walks one language's tree; a type node belongs to its nearest ancestor description category. */
function walk(roots: readonly CategoryNode[]): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (node: CategoryNode, parentId: number, parentPath: string, depth: number, off: boolean) => {
    const isType = node.type_id !== undefined && node.type_id !== '0';
    const name = isType ? node.type_name : node.category_name;
    const path = parentPath === '' ? name : `${parentPath}${PATH_SEPARATOR}${name}`;
    const disabled = off || node.disabled;
    const categoryId = isType ? parentId : Number(node.description_category_id ?? 0);
    if (categoryId > 0) {
      out.push({
        categoryId,
        typeId: isType ? Number(node.type_id) : 0,
        parentCategoryId: isType ? 0 : parentId,
        name,
        path,
        depth,
        disabled,
      });
    }
    for (const child of node.children) {
      visit(child, categoryId > 0 ? categoryId : parentId, path, depth + 1, disabled);
    }
  };
  for (const root of roots) {
    visit(root, 0, '', 0, false);
  }
  return out;
}

/**
 * Flattens Ozon's tree into cache rows: Russian names always, English ones where the English tree has the same
 * node. A node under a disabled one is disabled too (Ozon refuses new products anywhere below it).
 */
export function flattenTree(
  russian: readonly CategoryNode[],
  english: readonly CategoryNode[],
  fetchedAt: Date,
): OzonCategoryRow[] {
  const en = new Map(walk(english).map((n) => [nodeKey(n.categoryId, n.typeId), n]));
  const rows = new Map<string, OzonCategoryRow>();
  for (const node of walk(russian)) {
    const key = nodeKey(node.categoryId, node.typeId);
    const other = en.get(key);
    rows.set(key, {
      descriptionCategoryId: node.categoryId,
      typeId: node.typeId,
      parentCategoryId: node.parentCategoryId,
      nameRu: node.name.slice(0, 255),
      nameEn: (other?.name ?? '').slice(0, 255),
      pathRu: node.path.slice(0, 1000),
      pathEn: (other?.path ?? '').slice(0, 1000),
      depth: node.depth,
      isLeaf: node.typeId > 0,
      disabled: node.disabled,
      fetchedAt,
    });
  }
  return [...rows.values()];
}
