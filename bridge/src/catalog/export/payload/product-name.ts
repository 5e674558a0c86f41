import { decodeOpencartText } from '../../source-text/opencart-text';

/** Ozon's maximum name length. */
export const OZON_NAME_MAX = 500;

/** An entity, a tag, whitespace other than a space, or spaces doubled or at an end. */
const NEEDS_WORK = /[&<]|[^\S ]| {2}|^ | $/;

/** Plain text on one line: OpenCart's escaping undone, tags and repeated whitespace (including &nbsp;) removed. */
export function plainText(stored: string): string {
  // Most names and values need nothing: no entity, no tag, no whitespace but single inner spaces.
  if (!NEEDS_WORK.test(stored)) {
    return stored;
  }
  return decodeOpencartText(stored)
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * The Ozon name of a product or of one of its variants. A variant carries its option value ("Футболка Nike,
 * M"), because Ozon shows each variant's own name in the cart and in the seller's lists.
 */
export function productName(storedName: string, variantLabel?: string): string {
  const base = plainText(storedName);
  return variantLabel ? `${base}, ${plainText(variantLabel)}` : base;
}
