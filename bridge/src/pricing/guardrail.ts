/** Ozon's price text ("1490", "399.9") as whole kopecks (cents), so that percentages are taken of integers. */
function centsOf(text: string): number {
  const amount = Number(text);
  if (text.trim() === '' || !Number.isFinite(amount)) {
    // Texts come from computePrice and Ozon's answers; anything else is a bug, and a guardrail must not pass it.
    throw new RangeError(`not a price: "${text}"`);
  }
  return Math.round(amount * 100);
}

/**
 * How far `toText` is from `fromText`, in percent of `fromText`, whichever the direction (100 → 130 and 100 → 70
 * are both 30). From 0: 0 to 0, Infinity to anything else. Taken in whole cents, so that an exact 30 % is exactly
 * 30 (101 → 131.3 is 30.00000000000001 % in floating point).
 */
export function priceChangePercent(fromText: string, toText: string): number {
  const from = centsOf(fromText);
  const to = centsOf(toText);
  if (from === to) {
    return 0;
  }
  if (from === 0) {
    return Number.POSITIVE_INFINITY;
  }
  return (Math.abs(to - from) * 100) / Math.abs(from);
}

/**
 * Whether a wanted price moves further from the last accepted one than the merchant's guardrail allows, and so
 * waits for their approval. A change of exactly `guardrailPercent` passes. With no accepted price there is nothing
 * to compare with (a first price is never held).
 */
export function exceedsGuardrail(
  acceptedText: string | null,
  wantedText: string,
  guardrailPercent: number,
): boolean {
  if (acceptedText === null) {
    return false;
  }
  return priceChangePercent(acceptedText, wantedText) > guardrailPercent;
}
