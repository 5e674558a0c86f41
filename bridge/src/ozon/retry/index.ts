export type { KnownOutcome, RetryDecision, RetryInput } from './decide-retry';
export { decideRetry } from './decide-retry';
export type { AttemptFailure } from './failure';
export type { OperationKind } from './operation-kind';
export { isSafeToRepeat } from './operation-kind';
export type { RetryPolicy } from './policy';
export { backoffMs, defaultRetryPolicy } from './policy';
