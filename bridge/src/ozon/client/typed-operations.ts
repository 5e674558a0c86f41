import { type OzonOperationName, ozonOperations } from '../schemas';
import type { OperationSpec } from './operation';

type NamedOperations = {
  readonly [K in OzonOperationName]: (typeof ozonOperations)[K] & { readonly name: K };
};

/** The schema registry with each entry's own name attached, for call records and errors. */
export const ops = Object.fromEntries(
  Object.entries(ozonOperations).map(([name, operation]) => [name, { ...operation, name }]),
) as NamedOperations;

// Compile-time check that every registry entry fits what the transport needs.
const _fits: Readonly<Record<OzonOperationName, OperationSpec>> = ops;
void _fits;
