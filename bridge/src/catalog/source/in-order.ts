/**
 * Sorts `list` in place unless it is already in order, and returns it. Rows mostly arrive in order (by key from
 * MySQL, by id from the cache), and Array.prototype.sort allocates its work space even for two elements: on a
 * 100,000-product export the sorts of tiny, already sorted lists were a tenth of all garbage.
 */
export function inOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) {
      return list.sort(compare);
    }
  }
  return list;
}
