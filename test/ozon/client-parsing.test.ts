import { describe, expect, it } from 'vitest';
import { findItemErrors } from '../../bridge/src/ozon/client/call-record';
import { parseErrorBody } from '../../bridge/src/ozon/client/error-body';
import { createRedactor, REDACTED } from '../../bridge/src/ozon/client/redact';

describe('parseErrorBody', () => {
  it.each([
    [
      'Ozon envelope, numeric code',
      '{"code":8,"message":"You have reached request rate limit per second","details":[]}',
      8,
      'You have reached request rate limit per second',
    ],
    [
      'string code',
      '{"code":"RESOURCE_EXHAUSTED","message":"items limits"}',
      'RESOURCE_EXHAUSTED',
      'items limits',
    ],
    ['legacy shape', '{"error":{"code":"BAD_VALUE","message":"wrong","data":[]}}', 'BAD_VALUE', 'wrong'],
    ['details null', '{"code":13,"message":"Internal error","details":null}', 13, 'Internal error'],
    ['bare message', '{"message":"Circle is open"}', undefined, 'Circle is open'],
    [
      'gateway HTML',
      '<html><body>502 Bad Gateway</body></html>',
      undefined,
      '<html><body>502 Bad Gateway</body></html>',
    ],
    ['empty body', '', undefined, undefined],
    ['truncated JSON', '{"code":13,"mess', undefined, '{"code":13,"mess'],
  ])('%s', (_name, text, code, message) => {
    expect(parseErrorBody(text)).toEqual({
      ...(code === undefined ? {} : { code }),
      ...(message === undefined ? {} : { message }),
    });
  });
});

describe('createRedactor', () => {
  const redact = createRedactor({ apiKey: 'a1b2c3d4-e5f6-7777-8888-999900001111', clientId: '123456' });

  it('removes the key and the client id, whatever the case of the key', () => {
    const text = 'Api-Key A1B2C3D4-E5F6-7777-8888-999900001111 of Client-Id 123456 is invalid';
    expect(redact(text)).toBe(`Api-Key ${REDACTED} of Client-Id ${REDACTED} is invalid`);
  });

  it('leaves numbers that merely contain the client id alone', () => {
    expect(redact('product 91234567 and sku 1234560')).toBe('product 91234567 and sku 1234560');
  });
});

describe('findItemErrors', () => {
  it('collects per-item errors anywhere in a 200 answer', () => {
    const answer = {
      result: [
        { offer_id: 'A', updated: true, errors: [] },
        {
          offer_id: 'B',
          updated: false,
          errors: [{ code: 'TOO_MANY_REQUESTS', message: 'Stock is updated too frequently' }],
        },
        { offer_id: 'C', updated: false, errors: [{ code: 'PRICE_IS_NOT_SENT', message: '' }] },
      ],
    };
    expect(findItemErrors(answer)).toEqual([
      { code: 'TOO_MANY_REQUESTS', message: 'Stock is updated too frequently' },
      { code: 'PRICE_IS_NOT_SENT', message: '' },
    ]);
  });
});
