import { z } from 'zod';

/** What `sync stocks` and `sync prices` take: whether only to compare. */
export const offerSyncParamsSchema = z.object({ dryRun: z.boolean().default(false) });
export type OfferSyncParams = z.input<typeof offerSyncParamsSchema>;
