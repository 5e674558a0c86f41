import { type OzonOperationName, operationByPath, switchedOffAt } from '../../../src/ozon/schemas';
import { invalidArgument, OzonApiError, ozonTexts } from '../errors';
import type { Handler } from '../handlers/types';
import type { EmulatorRuntime } from '../runtime';
import { settleImportTasks } from '../state/import-tasks';
import { settlePostings } from '../state/postings';
import { requestSchema } from '../validation/openapi-document';
import { validateRequestBody } from '../validation/openapi-validator';
import { pgvMessage } from '../validation/pgv-message';

function parseBody(raw: string): unknown {
  if (raw.trim() === '') {
    return {};
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw invalidArgument(`proto: syntax error: ${error instanceof Error ? error.message : 'invalid JSON'}`);
  }
}

/**
 * Routes a request to its operation and runs it: 410 for switched-off versions (from their date on the
 * emulator's clock), 404 for unknown paths, 405 for a GET to a POST method, 400 for a body that fails our
 * request schema or (when at hand) Ozon's own document; then the handler on settled state.
 */
export function dispatch(
  runtime: EmulatorRuntime,
  method: string,
  path: string,
  raw: string,
  clientId: string,
  now: number,
): unknown {
  const off = switchedOffAt(path, now);
  if (off) {
    // Ozon does not document the gRPC code of this answer; 12 (UNIMPLEMENTED) is the closest meaning.
    throw new OzonApiError(410, 12, ozonTexts.obsolete);
  }
  const found = operationByPath(path);
  if (!found) {
    throw new OzonApiError(404, 5, ozonTexts.notFound);
  }
  if (method !== 'POST') {
    throw new OzonApiError(405, 12, 'Method Not Allowed');
  }
  const [name, operation] = found;
  const body = parseBody(raw);
  const parsed = operation.request.safeParse(body);
  if (!parsed.success) {
    throw invalidArgument(pgvMessage(operation.request, body, parsed.error));
  }
  const doc = runtime.documents[operation.docLanguage];
  if (doc) {
    const violation = validateRequestBody(doc, path, requestSchema(doc, path), body);
    if (violation) {
      throw invalidArgument(
        `Request validation error: invalid ${violation.field || 'request'}: ${violation.message}`,
      );
    }
  }
  settleImportTasks(runtime.state, now);
  settlePostings(runtime.state, now);
  // The table is keyed by operation name, so the handler matches the body validated above.
  const handler = runtime.handlers[name] as Handler<OzonOperationName>;
  return handler(parsed.data as never, {
    state: runtime.state,
    now,
    clientId,
    limiters: runtime.limiters,
  });
}
