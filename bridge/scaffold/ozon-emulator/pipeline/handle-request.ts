import { OzonApiError, ozonTexts } from '../errors';
import type { EmulatorRuntime } from '../runtime';
import { dispatch } from './dispatch';
import { authenticate, faultBeforeProcessing, takeGlobalSlot } from './gate';
import { DROP_HEADER, errorResponse, json } from './respond';

/**
 * One Ozon request, end to end: record it, apply injected faults, authenticate, take a global rate-limit slot,
 * dispatch, and render the answer (with `ratelimit-remaining`, as Ozon sends on every answer).
 */
export async function handleOzonRequest(runtime: EmulatorRuntime, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const raw = await request.text();
  const entry = runtime.recorder.record(runtime.clock.now(), request.method, path, request.headers, raw);
  const fired = runtime.faults.pick(path);
  entry.fault = fired.map((f) => f.kind).join(',') || undefined;
  const slow = fired.find((f) => f.kind === 'slow');
  if (slow) {
    await runtime.clock.sleep(slow.delayMs ?? 5_000);
  }
  const now = runtime.clock.now();
  let headers: Record<string, string> = {};
  let response: Response;
  try {
    const injected = faultBeforeProcessing(fired);
    if (injected) {
      throw injected;
    }
    const clientId = authenticate(runtime, request.headers);
    headers = { 'ratelimit-remaining': String(takeGlobalSlot(runtime, clientId, now)) };
    const result = dispatch(runtime, request.method, path, raw, clientId, now);
    response = json(200, result, headers);
    if (fired.some((f) => f.kind === 'malformed')) {
      const text = JSON.stringify(result);
      response = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
        status: 200,
        headers: { 'content-type': 'application/json', ...headers },
      });
    }
    if (fired.some((f) => f.kind === 'drop')) {
      response = new Response(null, { status: 502, headers: { [DROP_HEADER]: '1' } });
    }
  } catch (error) {
    const ozonError =
      error instanceof OzonApiError
        ? error
        : new OzonApiError(500, 13, `${ozonTexts.internal}: ${String(error)}`);
    response = errorResponse(ozonError, runtime.faults.stringCodes, headers);
  }
  entry.status = response.headers.has(DROP_HEADER) ? 0 : response.status;
  return response;
}
