import { z } from 'zod';

/** Every error code the bridge answers with; the panel and the PHP proxy switch on these. */
export const errorCodeSchema = z.enum([
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'OZON_ERROR',
  'OZON_NOT_CONFIGURED',
  'BRIDGE_UNAVAILABLE',
  'SHUTTING_DOWN',
  /** The bridge runs but cannot reach the store's database (503); it reconnects on its own. */
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one error envelope every error answer uses. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    requestId: z.string(),
    /** Per-field problems for VALIDATION_FAILED, keyed by dotted path. */
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
