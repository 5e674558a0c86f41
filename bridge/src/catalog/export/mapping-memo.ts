import type { ResolvedLeaf, ResolvedMapping, ValueResolution } from '../mapping/resolved-mapping';

/**
 * The resolved mapping with dictionary resolutions remembered for the run. A catalogue repeats the same few
 * colours, sizes, countries and brands on thousands of products; matching each text again (normalising it,
 * looking it up) was a fifth of the export's CPU time. Free-text attributes are not remembered (every
 * description is different, and resolving them is cheap).
 */
export function memoizeMapping(mapping: ResolvedMapping): ResolvedMapping {
  const leaves = new Map<ResolvedLeaf, ResolvedLeaf>();
  const memo = (leaf: ResolvedLeaf): ResolvedLeaf => {
    let wrapped = leaves.get(leaf);
    if (!wrapped) {
      const cache = new Map<string, ValueResolution>();
      wrapped = {
        ...leaf,
        resolveValues(attributeId, texts) {
          if ((leaf.attribute(attributeId)?.dictionaryId ?? 0) === 0) {
            return leaf.resolveValues(attributeId, texts);
          }
          const key = `${attributeId}\u0000${texts.join('\u0001')}`;
          let resolution = cache.get(key);
          if (!resolution) {
            resolution = leaf.resolveValues(attributeId, texts);
            cache.set(key, resolution);
          }
          return resolution;
        },
      };
      leaves.set(leaf, wrapped);
    }
    return wrapped;
  };
  return {
    ...mapping,
    leaf(ref) {
      const leaf = mapping.leaf(ref);
      return leaf ? memo(leaf) : undefined;
    },
  };
}
