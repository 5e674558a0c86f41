import type { Problem } from '../../../contract/problems';

// The shape of a problem is the contract's (the panel shows them); the export's code keeps importing it from here.
export type { Problem };

/** A problem found before sending. */
export function preflight(
  code: string,
  field: string,
  message: string,
  blocks: Problem['blocks'] = 'data',
  attributeId?: number,
): Problem {
  return {
    code,
    field,
    message,
    blocks,
    origin: 'preflight',
    ...(attributeId === undefined ? {} : { attributeId }),
  };
}

/** True when nothing stops the product from being sent. */
export function sendable(problems: readonly Problem[]): boolean {
  return problems.every((p) => p.blocks === 'none');
}
