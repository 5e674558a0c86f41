import type { ProductInfo } from '../../../ozon/client/methods/products';
import type { ImportItemError } from '../../../ozon/schemas/import';
import type { Problem } from '../validation/problem';

/** One per-item error of /v1/product/import/info, kept in Ozon's words. */
export function importErrorProblem(error: ImportItemError): Problem {
  const attributeId = error.attribute_id === undefined ? undefined : Number(error.attribute_id);
  const prefix = error.attribute_name ? `«${error.attribute_name}»: ` : '';
  return {
    code: error.code || 'ozon_error',
    field: error.field || (attributeId ? `attribute:${attributeId}` : 'ozon'),
    message: `Ozon: ${prefix}${error.message || error.description || error.code}`,
    blocks: 'data',
    origin: 'ozon',
    ...(attributeId ? { attributeId } : {}),
  };
}

/** Errors Ozon shows on a product card (/v3/product/info/list), blocking ones only. */
export function cardErrorProblems(info: ProductInfo): Problem[] {
  return info.errors
    .filter((e) => e.level === '' || e.level === 'ERROR_LEVEL_ERROR' || e.level === 'error')
    .map((e) => ({
      code: e.code || 'ozon_error',
      field: e.field || 'ozon',
      message: `Ozon: ${e.texts?.attribute_name ? `«${e.texts.attribute_name}»: ` : ''}${e.texts?.message || e.texts?.description || e.code}`,
      blocks: 'data' as const,
      origin: 'ozon' as const,
    }));
}
