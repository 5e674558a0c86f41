import { describe, expect, it } from 'vitest';
import { type ErrorCode, errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { usePanelTestBridge } from '../harness/panel-bridge';
import { type RawAnswer, sendRaw } from '../harness/raw-http';

/** The answer is the one JSON envelope, with this status and code. */
function expectEnvelope(answer: RawAnswer, status: number, code: ErrorCode): string {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/json');
  const { error } = errorEnvelopeSchema.parse(JSON.parse(answer.body));
  expect(error.code).toBe(code);
  expect(error.requestId).not.toBe('');
  return error.message;
}

describe('every error answer is the envelope', () => {
  const panel = usePanelTestBridge();

  const raw = (head: string, body?: Parameters<typeof sendRaw>[2]) => sendRaw(panel.bridge.port, head, body);

  describe("from Node's HTTP parser, before the app sees a request", () => {
    it('a request line that is not HTTP: 400', async () => {
      expectEnvelope(await raw('HELLO THERE'), 400, 'BAD_REQUEST');
    });

    it('headers over the size Node accepts: 431', async () => {
      const answer = await raw(`GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(40_000)}`);
      expect(expectEnvelope(answer, 431, 'BAD_REQUEST')).toMatch(/header/i);
    });

    it('a chunk extension over the size Node accepts: 413', async () => {
      const headers = signedHeaders('0'.repeat(64), { method: 'POST', pathWithQuery: '/api/v1/events' });
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
      const answer = await raw(
        [
          'POST /api/v1/events HTTP/1.1',
          'Host: 127.0.0.1',
          'Transfer-Encoding: chunked',
          ...lines,
          '',
          `1;${'e'.repeat(40_000)}`,
        ].join('\r\n'),
      );
      expectEnvelope(answer, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('a Host header that makes no URL: 400', async () => {
      expectEnvelope(await raw('GET /health HTTP/1.1\r\nHost: exa mple'), 400, 'BAD_REQUEST');
    });
  });

  describe('from the demo panel', () => {
    it('a request under another host name: 403', async () => {
      const answer = await raw('GET /panel/ HTTP/1.1\r\nHost: attacker.example');
      expectEnvelope(answer, 403, 'FORBIDDEN');
    });

    it('a file that is not there: 404', async () => {
      for (const path of [
        '/panel/static/none.css',
        '/panel/assets-root/none.js',
        '/panel/vendor/nothing/x.css',
      ]) {
        const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1`);
        expectEnvelope(answer, 404, 'NOT_FOUND');
      }
    });

    it('no session, asked for JSON: 401 envelope; asked by a browser: the page that says where to log in', async () => {
      for (const path of ['/panel/', `/panel/login/${'0'.repeat(64)}`]) {
        const json = await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json`);
        expectEnvelope(json, 401, 'UNAUTHENTICATED');
        const page = await raw(
          `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8`,
        );
        expect(page.status).toBe(401);
        expect(page.headers['content-type']).toContain('text/html');
        expect(page.body).toContain('login link');
      }
    });
  });
});
