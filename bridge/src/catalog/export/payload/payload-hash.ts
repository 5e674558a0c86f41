import { createHash } from 'node:crypto';
import type { ImportItem } from '../../../ozon/schemas/import';

/**
 * The content hash of one import item. The item is built with a fixed key order and sorted attributes, so equal
 * payloads always serialise alike; a changed price, image or attribute changes the hash, a re-read does not.
 */
export function payloadHash(item: ImportItem): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('hex');
}
