/** The product's barcode for Ozon: EAN, else UPC, else JAN, digits only; undefined when none is filled in. */
export function productBarcode(codes: { ean: string; upc: string; jan: string }): string | undefined {
  for (const raw of [codes.ean, codes.upc, codes.jan]) {
    const code = raw.replace(/\s+/g, '');
    if (code !== '') {
      return code;
    }
  }
  return undefined;
}

/** True when `code` is a GTIN (8, 12, 13 or 14 digits) whose check digit is right. */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) {
    return false;
  }
  const digits = [...code].map(Number);
  const check = digits.pop() ?? 0;
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
