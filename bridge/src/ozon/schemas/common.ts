import { z } from 'zod';

/**
 * Building blocks shared by every Ozon schema.
 *
 * Requests are strict: they describe what we send and what the emulator accepts, and every object carries the
 * protobuf message name Ozon validates it with (`protoMessage` metadata), so that the emulator can word a
 * validation failure exactly as Ozon's protoc-gen-validate layer does ("invalid ProductsStocksRequest.Stocks[0]: ...").
 *
 * Responses are tolerant: unknown fields pass, `null` is read as "absent", 64-bit ids become strings, and
 * money is coerced to the type the method documents.
 */

/** Metadata key holding the protobuf message name of a request object. */
export const PROTO_MESSAGE = 'protoMessage';

/** A strict request object named after the protobuf message Ozon validates it with. */
export function protoMessage<T extends z.core.$ZodLooseShape>(name: string, shape: T) {
  return z.strictObject(shape).meta({ [PROTO_MESSAGE]: name });
}

const INT64_TEXT = /^-?\d{1,19}$/;
const UINT64_TEXT = /^\d{1,19}$/;

/**
 * An int64 in a request: protobuf's JSON mapping accepts a JSON integer or a decimal string, and Ozon's own
 * examples send both (`"task_id": "172549793"`).
 */
export const int64 = z.union([z.int(), z.string().regex(INT64_TEXT)]);

/** A 64-bit identifier that must be set (Ozon's validators say "value must be greater than 0"). */
export const positiveId = z.union([z.int().min(1), z.string().regex(/^[1-9]\d{0,18}$/)]);

/** Ids sent as a list of decimal strings (Ozon declares `product_id: string[]` with format int64). */
export const idList = z.array(z.union([z.string().regex(UINT64_TEXT), z.int().min(0)]));

/** ISO-8601 date-time with a zone, the only date form Ozon accepts. */
export const dateTime = z.iso.datetime({ offset: true });

/** Product visibility filter shared by list, attributes, stocks and prices reads. */
export const visibilityValues = [
  'ALL',
  'VISIBLE',
  'INVISIBLE',
  'EMPTY_STOCK',
  'NOT_MODERATED',
  'MODERATED',
  'DISABLED',
  'STATE_FAILED',
  'READY_TO_SUPPLY',
  'VALIDATION_STATE_PENDING',
  'VALIDATION_STATE_FAIL',
  'VALIDATION_STATE_SUCCESS',
  'TO_SUPPLY',
  'IN_SALE',
  'REMOVED_FROM_SALE',
  'OVERPRICED',
  'CRITICALLY_OVERPRICED',
  'EMPTY_BARCODE',
  'BARCODE_EXISTS',
  'QUARANTINE',
  'ARCHIVED',
  'OVERPRICED_WITH_STOCK',
  'PARTIAL_APPROVED',
  'AUTO_ARCHIVED',
  'MANUAL_ARCHIVED',
  'SEASONAL_AUTO_ARCHIVED',
  'VISIBLE_WITH_FBO_STOCK',
] as const;
export const visibility = z.enum(visibilityValues);

/** Language of category and dictionary names. */
export const language = z.enum(['DEFAULT', 'RU', 'EN', 'TR', 'ZH_HANS']);

/** VAT rates and price currencies Ozon accepts, shared with the panel (see the contract values). */
export { currencyCodes, vatRates } from '../../contract/values';
export const dimensionUnits = ['mm', 'cm', 'in'] as const;
export const weightUnits = ['g', 'kg', 'lb'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Tolerant response pieces

/** A 64-bit id in a response: number or string on the wire, always a string for us. */
export const idOut = z.union([z.number(), z.string()]).transform((v) => String(v));

/** An optional response field: absent and `null` both read as `undefined`. */
export function opt<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => v ?? undefined);
}

/** A response list that may be missing or `null`; reads as an empty array. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
}

/** Money documented as a string ("1530.0000"); a number is accepted and rendered as a string. */
export const moneyText = z.union([z.string(), z.number()]).transform((v) => String(v));

/** Money documented as a number (v5 prices); a numeric string is accepted. */
export const moneyNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform((v) => Number(v));

/** An integer count that some answers send as a string ("1"). */
export const countOut = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform((v) => Number(v));

/** Free text that may come back `null`. */
export const textOut = z
  .string()
  .nullish()
  .transform((v) => v ?? '');

/** A boolean that may come back `null` or missing. */
export const flagOut = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);
