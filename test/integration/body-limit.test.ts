import { describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { type RawAnswer, type RawBody, sendRaw } from '../harness/raw-http';
import { useTestBridge } from '../harness/test-bridge';

/** Far over any route's limit, and far more than the socket buffers between client and server can hold. */
const HUGE = 64 * 1024 * 1024;

const headerLines = (headers: Record<string, string>): string =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');

function envelopeOf(answer: RawAnswer) {
  expect(answer.headers['content-type']).toContain('application/json');
  return errorEnvelopeSchema.parse(JSON.parse(answer.body)).error;
}

describe('request bodies are bounded and never read for an unauthenticated request', () => {
  const fixture = useTestBridge();

  const post = (path: string, headers: Record<string, string>, body: RawBody) =>
    sendRaw(
      fixture.bridge.port,
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headerLines(headers)}`.trim(),
      body,
    );

  it('answers an unsigned 64 MB body with 401 while the client is still sending it (Content-Length)', async () => {
    const answer = await post('/api/v1/events', {}, { bytes: HUGE });
    expect(answer.status).toBe(401);
    expect(envelopeOf(answer).code).toBe('UNAUTHENTICATED');
    expect(answer.sentWholeBody).toBe(false);
    expect(answer.bodyBytesSent).toBeLessThan(HUGE / 4);
  });

  it('cuts off a client that goes on sending an unsigned body after the answer, instead of draining it', async () => {
    const answer = await post('/api/v1/events', {}, { bytes: HUGE, keepSending: true });
    expect(answer.status).toBe(401);
    expect(envelopeOf(answer).code).toBe('UNAUTHENTICATED');
    expect(answer.sentWholeBody).toBe(false);
    expect(answer.bodyBytesSent).toBeLessThan(HUGE / 4);
  });

  it('answers an unsigned chunked body the same way, before reading it', async () => {
    const answer = await post('/api/v1/settings', {}, { bytes: HUGE, chunked: true });
    expect(answer.status).toBe(401);
    expect(envelopeOf(answer).code).toBe('UNAUTHENTICATED');
    expect(answer.sentWholeBody).toBe(false);
  });

  it('refuses a stale or malformed signature before the body, whatever the body', async () => {
    const stale = signedHeaders(
      fixture.secret,
      { method: 'POST', pathWithQuery: '/api/v1/events' },
      Date.now() - 600_000,
    );
    const staleAnswer = await post('/api/v1/events', stale, { bytes: HUGE });
    expect(staleAnswer.status).toBe(401);
    expect(envelopeOf(staleAnswer).message).toContain('timestamp');
    expect(staleAnswer.sentWholeBody).toBe(false);

    const malformed = {
      ...signedHeaders(fixture.secret, { method: 'POST', pathWithQuery: '/api/v1/events' }),
    };
    malformed['x-meschain-nonce'] = 'not hex!';
    const malformedAnswer = await post('/api/v1/events', malformed, { bytes: HUGE, chunked: true });
    expect(malformedAnswer.status).toBe(401);
    expect(malformedAnswer.sentWholeBody).toBe(false);
  });

  it('refuses a declared length over the route limit with 413 before reading the body', async () => {
    // Fresh, well-formed headers whose signature can only be checked over the body: the size decides first.
    const headers = signedHeaders(fixture.secret, {
      method: 'POST',
      pathWithQuery: '/api/v1/events',
      body: 'x',
    });
    const answer = await post('/api/v1/events', headers, { bytes: HUGE });
    expect(answer.status).toBe(413);
    const error = envelopeOf(answer);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/bytes/);
    expect(answer.sentWholeBody).toBe(false);
  });

  it('stops reading a chunked body at the route limit and answers 413', async () => {
    const headers = signedHeaders(fixture.secret, {
      method: 'PUT',
      pathWithQuery: '/api/v1/settings',
      body: 'x',
    });
    const answer = await sendRaw(
      fixture.bridge.port,
      `PUT /api/v1/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headerLines(headers)}`,
      { bytes: HUGE, chunked: true },
    );
    expect(answer.status).toBe(413);
    expect(envelopeOf(answer).code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.sentWholeBody).toBe(false);
    expect(answer.bodyBytesSent).toBeLessThan(HUGE / 4);
  });

  it('refuses a correctly signed body over the limit of its route, and still takes one within it', async () => {
    const big = JSON.stringify({ event: 'product.edited', id: 1, data: { text: 'x'.repeat(200_000) } });
    const signed = signedHeaders(fixture.secret, {
      method: 'POST',
      pathWithQuery: '/api/v1/events',
      body: big,
    });
    const refused = await fetch(`${fixture.bridge.url}/api/v1/events`, {
      method: 'POST',
      headers: { ...signed, 'content-type': 'application/json' },
      body: big,
    });
    expect(refused.status).toBe(413);
    expect(errorEnvelopeSchema.parse(await refused.json()).error.code).toBe('PAYLOAD_TOO_LARGE');

    const small = JSON.stringify({ event: 'product.edited', id: 2 });
    const accepted = await fetch(`${fixture.bridge.url}/api/v1/events`, {
      method: 'POST',
      headers: {
        ...signedHeaders(fixture.secret, { method: 'POST', pathWithQuery: '/api/v1/events', body: small }),
        'content-type': 'application/json',
      },
      body: small,
    });
    expect(accepted.status).toBe(202);
  });
});
