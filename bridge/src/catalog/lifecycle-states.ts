/**
 * Where a product (or one variant of it) stands on its way to Ozon, in the order a merchant follows them.
 * Kept free of imports: the panel imports this list too, and must not bundle server code.
 */
export const productLifecycleStates = [
  'not_mapped',
  'invalid',
  'queued',
  'sent',
  'moderation',
  'live',
  'failed',
  'archived',
  'disabled',
  'excluded',
] as const;
