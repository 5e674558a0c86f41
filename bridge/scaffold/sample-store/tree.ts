import type { SampleCategory, Tri } from './catalogue';

export interface FlatCategory {
  readonly id: number;
  readonly parentId: number;
  readonly name: Tri;
  /** Ids from the root down to this category, itself included (OpenCart's category_path). */
  readonly path: readonly number[];
  readonly leaf?: SampleCategory;
}

/** Numbers the tree depth-first from `firstId` and records each category's path from the root. */
export function flattenCategories(roots: readonly SampleCategory[], firstId = 100): FlatCategory[] {
  const out: FlatCategory[] = [];
  let nextId = firstId;
  const visit = (category: SampleCategory, parentPath: readonly number[]): void => {
    const id = nextId++;
    const path = [...parentPath, id];
    out.push({
      id,
      parentId: parentPath.at(-1) ?? 0,
      name: category.name,
      path,
      ...(category.children ? {} : { leaf: category }),
    });
    for (const child of category.children ?? []) {
      visit(child, path);
    }
  };
  for (const root of roots) {
    visit(root, []);
  }
  return out;
}
