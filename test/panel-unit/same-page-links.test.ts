import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOf, samePageUrl } from '../../admin-ui/src/route-hash';
import { PANEL_SOURCE as SOURCE, sourceFiles } from './panel-source';

describe('same-page URLs under OpenCart <base href=".../admin/">', () => {
  it("keep the module page's path and query (route, user_token) in front of the hash route", () => {
    const page = {
      pathname: '/shop/admin/index.php',
      search: '?route=extension/module/meschain_ozon&user_token=abc',
    };
    expect(samePageUrl(page, hashOf('products', { state: 'live', page: '2' }))).toBe(
      '/shop/admin/index.php?route=extension/module/meschain_ozon&user_token=abc#/products?state=live&page=2',
    );
    expect(samePageUrl({ pathname: '/panel/', search: '' }, hashOf('dashboard'))).toBe('/panel/#/');
    // Resolved against OpenCart's base it stays on the module page, where a bare hash would not.
    const base = 'http://shop.example/shop/admin/';
    expect(new URL(samePageUrl(page, '#/logs'), base).href).toBe(
      'http://shop.example/shop/admin/index.php?route=extension/module/meschain_ozon&user_token=abc#/logs',
    );
    expect(new URL('#/logs', base).href).toBe('http://shop.example/shop/admin/#/logs');
  });

  it('are the only kind of link the panel writes: no bare "#/" href or history URL in its source', () => {
    const bare = /(href=["'{`]*#|replaceState\([^)]*['"`]#|pushState\([^)]*['"`]#)/;
    const offenders = sourceFiles(SOURCE)
      .filter((file) => !file.endsWith('route-hash.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => `${relative(SOURCE, file)}:${i + 1}: ${line.trim()}`)
          .filter((line) => bare.test(line)),
      );
    expect(offenders).toEqual([]);
  });
});
