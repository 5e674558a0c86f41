/** One request the emulator received, as tests read it back. The Api-Key is never kept. */
export interface RecordedRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  status: number;
  /** The injected fault, if one changed the answer. */
  fault: string | undefined;
}

const SECRET_HEADERS = new Set(['api-key', 'authorization']);
const LIMIT = 200_000;

/** Keeps every request (up to a bound, oldest dropped first) with secrets redacted. */
export class RequestRecorder {
  private entries: RecordedRequest[] = [];

  record(at: number, method: string, path: string, headers: Headers, rawBody: string): RecordedRequest {
    const kept: Record<string, string> = {};
    headers.forEach((value, key) => {
      kept[key] = SECRET_HEADERS.has(key.toLowerCase()) ? '[redacted]' : value;
    });
    let body: unknown = rawBody;
    try {
      body = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      // keep the raw text: the request itself was malformed
    }
    const entry: RecordedRequest = { at, method, path, headers: kept, body, status: 0, fault: undefined };
    this.entries.push(entry);
    if (this.entries.length > LIMIT) {
      this.entries.splice(0, this.entries.length - LIMIT);
    }
    return entry;
  }

  list(filter?: { path?: string | undefined }): RecordedRequest[] {
    return filter?.path === undefined
      ? [...this.entries]
      : this.entries.filter((e) => e.path === filter.path);
  }

  clear(): void {
    this.entries = [];
  }
}
