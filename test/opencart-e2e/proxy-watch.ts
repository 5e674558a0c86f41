import type { Page, Response } from 'playwright-core';

/** What PHP prints into a page when display_errors is on (OpenCart's default): any of it breaks a JSON answer. */
const PHP_MESSAGE = /<b>(Notice|Warning|Deprecated|Fatal error)<\/b>|\b(PHP )?(Notice|Warning|Deprecated): /;

export interface ProxyAnswer {
  readonly method: string;
  /** The bridge path the panel asked the proxy for. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  /** Why the body is not a clean JSON answer, or '' when it is. */
  readonly problem: string;
  /** The page dropped the request before its body arrived (an aborted poll). */
  readonly unread: boolean;
}

export interface ProxyWatch {
  /** Every URL the page requested, for checking that nothing bypassed OpenCart. */
  readonly urls: readonly string[];
  /** The proxy's answers read so far (waits for bodies still arriving). */
  answers(): Promise<readonly ProxyAnswer[]>;
}

function problemOf(contentType: string, text: string): string {
  if (PHP_MESSAGE.test(text)) {
    return `PHP message in the answer: ${text.slice(0, 300)}`;
  }
  const lines = contentType.includes('ndjson') ? text.split('\n').filter((l) => l.trim() !== '') : [text];
  for (const line of lines) {
    try {
      JSON.parse(line);
    } catch {
      return `not JSON (${contentType}): ${line.slice(0, 300)}`;
    }
  }
  return '';
}

async function read(response: Response): Promise<ProxyAnswer> {
  const contentType = response.headers()['content-type'] ?? '';
  const base = {
    method: response.request().method(),
    path: new URL(response.url()).searchParams.get('path') ?? '',
    status: response.status(),
    contentType,
  };
  try {
    return { ...base, unread: false, problem: problemOf(contentType, await response.text()) };
  } catch {
    // The panel aborts polls it no longer needs when the merchant changes page: that answer has no body.
    return { ...base, unread: true, problem: '' };
  }
}

/**
 * Records, for one page, every request URL and every answer of the extension's proxy route with a judgement of
 * its body: the panel parses these as JSON, so a PHP notice or any stray output in one is a defect.
 */
export function watchProxy(page: Page, proxyRoute: string): ProxyWatch {
  const urls: string[] = [];
  const pending: Promise<ProxyAnswer>[] = [];
  page.on('request', (request) => {
    urls.push(request.url());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.searchParams.get('route') === proxyRoute) {
      pending.push(read(response));
    }
  });
  return { urls, answers: () => Promise.all(pending) };
}
