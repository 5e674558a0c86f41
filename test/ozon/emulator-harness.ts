import {
  createManualClock,
  createOzonEmulator,
  defaultCredentials,
  type ManualClock,
  type OzonEmulator,
  type OzonEmulatorOptions,
} from '../../bridge/scaffold/ozon-emulator';
import { type OzonOperationName, type OzonResponse, ozonOperations } from '../../bridge/src/ozon/schemas';

/** An answer as tests look at it. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface Harness {
  emulator: OzonEmulator;
  clock: ManualClock;
  /** Raw call: any path, any body, any headers. */
  call(path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** Calls an operation, requires HTTP 200 and parses the answer with the operation's response schema. */
  ok<N extends OzonOperationName>(name: N, body: unknown): Promise<OzonResponse<N>>;
}

export const authHeaders: Record<string, string> = {
  'Client-Id': defaultCredentials[0]?.clientId ?? '',
  'Api-Key': defaultCredentials[0]?.apiKey ?? '',
  'Content-Type': 'application/json',
};

/** An emulator on a manual clock (starting at `startIso` if given), called in-process the way a client would. */
export function createHarness(options: OzonEmulatorOptions = {}, startIso?: string): Harness {
  const clock = createManualClock(startIso === undefined ? undefined : Date.parse(startIso));
  const emulator = createOzonEmulator({ clock, ...options });
  const harness: Harness = {
    emulator,
    clock,
    async ok(name, body) {
      const operation = ozonOperations[name];
      const answer = await harness.call(operation.path, body);
      if (answer.status !== 200) {
        throw new Error(`${operation.path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      return operation.response.parse(answer.body) as OzonResponse<typeof name>;
    },
    async call(path, body = {}, headers = authHeaders) {
      const response = await emulator.fetch(`http://emulator.test${path}`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text === '' ? undefined : JSON.parse(text),
      };
    },
  };
  return harness;
}

export const FBS_WAREHOUSE = 1020005003107121;
export const RFBS_WAREHOUSE = 1020005003107122;
export const DISABLED_WAREHOUSE = 1020005003107124;
