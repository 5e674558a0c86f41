import { describe, expect, it } from 'vitest';
import {
  defaultDocumentPaths,
  loadDocument,
  requestSchema,
} from '../../bridge/scaffold/ozon-emulator/validation/openapi-document';
import { validateRequestBody } from '../../bridge/scaffold/ozon-emulator/validation/openapi-validator';

const paths = defaultDocumentPaths();
const en = loadDocument(paths.en);
const ru = loadDocument(paths.ru);

describe.skipIf(en === undefined || ru === undefined)(
  "lenient validation against Ozon's OpenAPI document (skipped: documents not at ../shared/ozon)",
  () => {
    const check = (apiPath: string, body: unknown, doc = en) =>
      doc ? validateRequestBody(doc, apiPath, requestSchema(doc, apiPath), body) : undefined;

    it('accepts a stock pair without the removed quant_size and without product_id (known document defects)', () => {
      expect(
        check('/v2/products/stocks', { stocks: [{ offer_id: 'A', stock: 1, warehouse_id: 1 }] }),
      ).toBeUndefined();
    });

    it('still requires what the document requires', () => {
      expect(check('/v2/products/stocks', { stocks: [{ offer_id: 'A', stock: 1 }] })).toEqual({
        field: 'stocks[0].warehouse_id',
        message: 'value is required',
      });
      expect(check('/v1/product/import/info', {})).toMatchObject({ field: 'task_id' });
    });

    it('checks maxItems, maximum and types, reading int64 as an integer or a decimal string', () => {
      const prices = Array.from({ length: 1001 }, () => ({ offer_id: 'A', price: '1' }));
      expect(check('/v1/product/import/prices', { prices })?.message).toBe(
        'value must contain no more than 1000 item(s)',
      );
      expect(check('/v4/posting/fbs/list', { limit: 101, filter: { since: 'x', to: 'y' } })?.field).toBe(
        'limit',
      );
      expect(check('/v1/product/import/info', { task_id: '172549793' })).toBeUndefined();
      expect(check('/v1/product/import/info', { task_id: 'abc' })?.message).toBe(
        'value must be of type integer',
      );
    });

    it('checks enums and the Russian-only stocks-by-warehouse method', () => {
      expect(check('/v3/product/list', { filter: { visibility: 'NOPE' }, limit: 1 })?.field).toBe(
        'filter.visibility',
      );
      expect(check('/v2/product/info/stocks-by-warehouse/fbs', { limit: 1001 }, ru)?.field).toBe('limit');
      expect(
        check('/v2/product/info/stocks-by-warehouse/fbs', { limit: 10, sku: ['123'] }, ru),
      ).toBeUndefined();
    });
  },
);
