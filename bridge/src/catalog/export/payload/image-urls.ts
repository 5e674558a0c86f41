/** Ozon takes at most 30 images per product (the first is the main one when no primary_image is sent). */
export const OZON_IMAGES_MAX = 30;

/** The store's public base URL with exactly one trailing slash. */
export function storeBase(storeUrl: string): string {
  return `${storeUrl.replace(/\/+$/, '')}/`;
}

/**
 * Public URLs of a product's images, as Ozon downloads them: the store URL + OpenCart's `image/` folder + the
 * stored path, each path segment percent-encoded (merchants upload "Фото 1.jpg"), the main image first, duplicates
 * removed, cut to Ozon's maximum.
 */
export function imageUrls(
  paths: readonly string[],
  storeUrl: string,
  max: number = OZON_IMAGES_MAX,
): string[] {
  const base = storeBase(storeUrl);
  const urls = paths.map(
    (p) =>
      `${base}image/${p
        .replace(/^\/+/, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/')}`,
  );
  return [...new Set(urls)].slice(0, Math.max(1, Math.min(max, OZON_IMAGES_MAX)));
}
