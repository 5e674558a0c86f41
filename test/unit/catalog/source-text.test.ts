import { describe, expect, it } from 'vitest';
import { createDictionaryMatcher } from '../../../bridge/src/catalog/mapping/dictionary-matcher';
import { decodeOpencartText } from '../../../bridge/src/catalog/source-text/opencart-text';

describe("OpenCart's stored texts", () => {
  it('undoes htmlspecialchars: & " < > and both spellings of the apostrophe', () => {
    expect(decodeOpencartText('Phones &amp; PDAs')).toBe('Phones & PDAs');
    expect(decodeOpencartText('Apple Cinema 30&quot;')).toBe('Apple Cinema 30"');
    expect(decodeOpencartText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
    expect(decodeOpencartText('Levi&#039;s / Levi&#39;s / Levi&apos;s')).toBe("Levi's / Levi's / Levi's");
  });

  it('decodes numeric references in decimal and hex, and a few common named ones', () => {
    expect(decodeOpencartText('J&#246;gel J&#xF6;gel J&#XF6;gel')).toBe('Jögel Jögel Jögel');
    expect(decodeOpencartText('&#128512;')).toBe('😀');
    expect(decodeOpencartText('&laquo;Эксмо&raquo; &mdash; 5&nbsp;кг')).toBe('«Эксмо» — 5\u00a0кг');
  });

  it('decodes in one pass: an escaped reference stays the reference the merchant typed', () => {
    expect(decodeOpencartText('&amp;lt;p&amp;gt;')).toBe('&lt;p&gt;');
    expect(decodeOpencartText('&amp;amp;')).toBe('&amp;');
    expect(decodeOpencartText('&amp;#039;')).toBe('&#039;');
  });

  it('leaves everything that is no reference as written', () => {
    for (const text of [
      '',
      'no entities',
      'A & B',
      'AT&T',
      'a&b;c',
      '&unknown;',
      '&;',
      '&#;',
      '&#x;',
      '&#0;',
      '&#xD800;',
      '&#x110000;',
      '&#12345678;',
      '&amp',
      'tail &',
      '&averyveryverylongname;',
    ]) {
      expect(decodeOpencartText(text), text).toBe(text);
    }
    expect(decodeOpencartText('AT&T &amp; &bogus; 50&#37;')).toBe('AT&T & &bogus; 50%');
    expect(decodeOpencartText('&&amp;&')).toBe('&&&');
  });

  it('lets a decoded manufacturer find its brand, which the stored text never did', () => {
    const brands = createDictionaryMatcher([{ id: 7, value: 'A&B' }], []);
    expect(brands.match('A&amp;B')).toBeUndefined();
    expect(brands.match(decodeOpencartText('A&amp;B'))).toEqual({ id: 7, value: 'A&B', how: 'exact' });
  });
});
