import type { Clock } from '../../src/shared/clock';
import type { FaultInjector } from './control/faults';
import type { RequestRecorder } from './control/recorder';
import type { HandlerTable, MethodLimiters } from './handlers/types';
import type { SlidingWindow } from './limits/sliding-window';
import type { EmulatorState } from './state/types';
import type { OpenApiDocument } from './validation/openapi-document';

/** A Client-Id / Api-Key pair the emulator accepts. */
export interface OzonCredential {
  readonly clientId: string;
  readonly apiKey: string;
}

/** Everything a request passes through; `state` is replaced when the control API resets the account. */
export interface EmulatorRuntime {
  state: EmulatorState;
  readonly clock: Clock;
  readonly credentials: OzonCredential[];
  readonly faults: FaultInjector;
  readonly recorder: RequestRecorder;
  readonly limiters: MethodLimiters & { readonly perSecond: SlidingWindow };
  readonly documents: {
    readonly en?: OpenApiDocument | undefined;
    readonly ru?: OpenApiDocument | undefined;
  };
  readonly handlers: HandlerTable;
}
