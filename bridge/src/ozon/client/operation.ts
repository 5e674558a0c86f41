import type { z } from 'zod';
import type { OperationKind } from '../retry';

/**
 * What the transport needs to know about one Ozon operation: a registry entry (`ozonOperations`) with its name
 * and with the request and response schemas' own types kept.
 */
export interface OperationSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  /** Registry name, e.g. `stocksUpdate`; names the call in logs. */
  readonly name: string;
  readonly path: string;
  /** Ozon's operationId, the anchor of the method in Ozon's documentation. */
  readonly docOperationId: string;
  readonly request: Req;
  readonly response: Res;
  readonly kind: OperationKind;
}
