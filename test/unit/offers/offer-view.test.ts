import { describe, expect, it } from 'vitest';
import {
  changePercent,
  type OfferStockRow,
  stockWaitReason,
} from '../../../bridge/src/offers/views/offer-view';

const now = new Date('2026-12-01T10:00:00Z');
const pair = (patch: Partial<OfferStockRow>): OfferStockRow => ({
  productId: 1,
  variantKey: '',
  warehouseId: '11',
  offerId: 'A',
  wanted: 5,
  reason: '',
  sent: 4,
  sentAt: null,
  accepted: 4,
  acceptedAt: null,
  ozonPresent: null,
  ozonReserved: null,
  ozonReadAt: null,
  dueAt: null,
  errorCode: null,
  errorMessage: null,
  attempts: 0,
  updatedAt: now,
  ...patch,
});
const later = new Date(now.getTime() + 20_000);
const earlier = new Date(now.getTime() - 20_000);

describe('why a stock value waits', () => {
  it.each([
    ['nothing due', pair({}), 'live', null],
    [
      'not on sale yet',
      pair({ dueAt: earlier }),
      'moderation',
      'Ozon has not put the offer on sale yet (price_sent)',
    ],
    [
      'a unit gone from the state',
      pair({ dueAt: earlier }),
      null,
      'Ozon has not put the offer on sale yet (price_sent)',
    ],
    ['the 30 s per pair', pair({ dueAt: later }), 'live', 'Ozon takes one update per warehouse every 30 s'],
    ['due now', pair({ dueAt: earlier }), 'live', 'due now: the next push sends it'],
    [
      'refused, tried later',
      pair({ dueAt: later, errorCode: 'X' }),
      'live',
      'Ozon refused the last value; it is tried again at the time shown',
    ],
    [
      'refused, due now',
      pair({ dueAt: earlier, errorCode: 'X' }),
      'live',
      'Ozon refused the last value; the next push tries again',
    ],
  ])('%s', (_name, row, state, reason) => {
    expect(stockWaitReason(row, state, now)).toBe(reason);
  });
});

describe('how far a held price is from the accepted one', () => {
  it.each([
    ['1000', '1500', 50],
    ['1000', '600', -40],
    ['399.9', '449.9', 12.5],
    [null, '100', 0],
    ['0', '100', 0],
  ])('%s → %s: %s %', (base, next, percent) => {
    expect(changePercent(base, next)).toBe(percent);
  });
});
