import { type GrpcCodeName, grpcCodes } from '../../../src/ozon/schemas';
import type { OzonApiError } from '../errors';

const codeNames = new Map<number, GrpcCodeName>(
  (Object.entries(grpcCodes) as [GrpcCodeName, number][]).map(([name, code]) => [code, name]),
);

/** Marks an answer whose connection must be dropped instead of sent. */
export const DROP_HEADER = 'x-ozon-emulator-drop';

/** A JSON answer with Ozon's headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Ozon's error envelope; with `stringCodes` the gRPC code is spelled as its name. */
export function errorResponse(
  error: OzonApiError,
  stringCodes: boolean,
  headers: Record<string, string> = {},
): Response {
  const body = error.body();
  if (stringCodes && typeof body.code === 'number') {
    body.code = codeNames.get(body.code) ?? String(body.code);
  }
  return json(error.status, body, { ...headers, ...error.headers });
}
