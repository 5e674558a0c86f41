import { z } from 'zod';

/**
 * gRPC status codes Ozon puts in `code` (its gateway maps them to HTTP statuses: 3→400, 5→404, 7→403, 8→429,
 * 13→500). Some answers spell the code as its name instead ("RESOURCE_EXHAUSTED" in the documented 429 example).
 */
export const grpcCodes = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

export type GrpcCodeName = keyof typeof grpcCodes;

/** One `details[]` entry: protobuf `Any` (`typeUrl` + base64 `value`). */
export const ozonErrorDetail = z.looseObject({
  typeUrl: z.string().optional(),
  '@type': z.string().optional(),
  value: z.unknown().optional(),
});

/**
 * Ozon's error body `{code, message, details[]}` (doc schema `rpcStatus`). Tolerant: `code` may be a number or a
 * string, `details` may be missing or null.
 */
export const ozonErrorResponse = z.looseObject({
  code: z.union([z.int(), z.string()]),
  message: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  details: z
    .array(ozonErrorDetail)
    .nullish()
    .transform((v) => v ?? []),
});
export type OzonErrorResponse = z.infer<typeof ozonErrorResponse>;

/**
 * The legacy shape `{error:{code,message,data}}` some older endpoints still answer with; parsed into the
 * current envelope so callers see one shape.
 */
export const legacyOzonErrorResponse = z
  .object({
    error: z.looseObject({
      code: z.union([z.int(), z.string()]),
      message: z.string().nullish(),
      data: z.array(z.unknown()).nullish(),
    }),
  })
  .transform(({ error }) => ({ code: error.code, message: error.message ?? '', details: [] }));

/** Either error shape, normalised to `{code, message, details}`. */
export const anyOzonErrorResponse = z.union([ozonErrorResponse, legacyOzonErrorResponse]);

/** The numeric gRPC code of an error, whichever way it was spelled; undefined for unknown names. */
export function numericErrorCode(code: number | string): number | undefined {
  if (typeof code === 'number') {
    return code;
  }
  if (/^\d+$/.test(code)) {
    return Number(code);
  }
  return code in grpcCodes ? grpcCodes[code as GrpcCodeName] : undefined;
}

/** Per-item error inside a 200 answer (stocks, prices): `{code, message}`. */
export const itemError = z.looseObject({
  code: z.string(),
  message: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
});
export type ItemError = z.infer<typeof itemError>;
