import { anyOzonErrorResponse } from '../schemas/errors';

export interface ParsedErrorBody {
  readonly code?: number | string | undefined;
  readonly message?: string | undefined;
}

/** Longest piece of a non-JSON error body kept as the message (gateways answer HTML pages). */
const MAX_TEXT = 200;

/**
 * Reads an error answer whatever its shape: Ozon's `{code, message, details}` (code a number or a name), the legacy
 * `{error:{code, message}}`, a bare `{message}`, or plain text from a gateway. Never throws.
 */
export function parseErrorBody(text: string): ParsedErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    return trimmed === '' ? {} : { message: trimmed.slice(0, MAX_TEXT) };
  }
  const parsed = anyOzonErrorResponse.safeParse(json);
  if (parsed.success) {
    return { code: parsed.data.code, message: parsed.data.message };
  }
  if (typeof json === 'object' && json !== null && 'message' in json && typeof json.message === 'string') {
    return { message: json.message };
  }
  return { message: text.trim().slice(0, MAX_TEXT) };
}
