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
  const base = `${storeBase(storeUrl)}image/`;
  const limit = Math.max(1, Math.min(max, OZON_IMAGES_MAX));
  const urls: string[] = [];
  for (const path of paths) {
    const url = base + encodePath(path);
    if (!urls.includes(url)) {
      urls.push(url);
      if (urls.length === limit) {
        break;
      }
    }
  }
  return urls;
}

/** Characters a URL path segment may carry as they are. */
const SAFE_PATH = /^[A-Za-z0-9._~\-/]*$/;

/** Percent-encodes each segment of a stored image path ("catalog/Фото 1.jpg"); most paths need nothing. */
function encodePath(path: string): string {
  const trimmed = path.replace(/^\/+/, '');
  return SAFE_PATH.test(trimmed)
    ? trimmed
    : trimmed
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
