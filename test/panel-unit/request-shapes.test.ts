import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../admin-ui/src/api/client';
import type { Transport } from '../../admin-ui/src/api/transport';
import { filterFromParams, queryOf } from '../../admin-ui/src/pages/logs/log-filter';
import { formFromSettings, patchFromForm } from '../../admin-ui/src/pages/settings/settings-form';
import { apiRoutes } from '../../bridge/src/http/routes/index';
import { requestValidatorOf } from '../../bridge/src/http/validate';

/*
 * The bridge refuses any field it does not know (422), so the panel must never send one: every request the panel's
 * client makes, with inputs built the way the pages build them, is checked here against the validators of the
 * route it reaches (found in the bridge's own routes, as the walk in test/http/strict-requests.test.ts finds them).
 */

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
}

function recordingClient(): { api: ReturnType<typeof createApiClient>; sent: Sent[] } {
  const sent: Sent[] = [];
  const transport: Transport = async (method, target, options = {}) => {
    const url = new URL(target, 'http://panel.test');
    sent.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: options.body === undefined ? undefined : JSON.parse(options.body),
    });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { api: createApiClient(transport), sent };
}

/** The bridge route a request reaches, as a pattern over its path under /api/v1. */
function routePattern(path: string): RegExp {
  const source = path
    .replace(/:[A-Za-z]+\{([^}]*)\}/g, '($1)')
    .replace(/:[A-Za-z]+/g, '[^/]+')
    .replace(/\/$/, '');
  return new RegExp(`^/api/v1${source}/?$`);
}

/** What the route's validators say about the request: '' when they take it. */
function refusals(request: Sent): string {
  const handlers = apiRoutes.routes.filter(
    (route) => route.method === request.method && routePattern(route.path).test(request.path),
  );
  if (handlers.length === 0) {
    return 'no such route';
  }
  const validators = handlers.flatMap((route) => {
    const validator = requestValidatorOf(route.handler);
    return validator ? [validator] : [];
  });
  const problems: string[] = [];
  for (const target of ['json', 'query'] as const) {
    const validator = validators.find((v) => v.target === target);
    const value = target === 'json' ? request.body : request.query;
    const given = target === 'json' ? value !== undefined : Object.keys(request.query).length > 0;
    if (!validator) {
      if (given) {
        problems.push(`${target} sent to a route that takes none`);
      }
      continue;
    }
    const parsed = validator.schema.safeParse(value);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${target} ${i.path.join('.')}: ${i.message}`));
    }
  }
  return problems.join('; ');
}

describe('every request the panel sends fits the strict contract', () => {
  it('with the inputs the pages build', async () => {
    const { api, sent } = recordingClient();
    const leaf = { descriptionCategoryId: 17027492, typeId: 94765 };
    const stored = {
      clientId: '123456',
      apiUrl: 'https://api-seller.ozon.ru',
      offerIdSource: 'model' as const,
      autoSync: false,
      descriptionLanguage: 'ru-ru',
      currency: 'RUB' as const,
      defaultVat: '0' as const,
      vatByTaxClass: { '9': '0.2' as const },
      defaultWarehouseId: null,
      apiKey: { set: true },
      configured: true,
    };
    const form = { ...formFromSettings(stored), apiKey: 'new-api-key-1234' };
    await api.settings.save(patchFromForm(form));
    await api.settings.checkConnection(patchFromForm(formFromSettings(stored)));
    await api.logs.list(
      queryOf(
        filterFromParams({ level: 'error', kind: 'api', from: '2026-01-01T10:00', text: ' timeout ' }),
        120,
        50,
      ),
    );
    await api.logs.activity({ minutes: 60, kind: 'api' });
    await api.mapping.categories();
    await api.mapping.setCategory(12, leaf);
    await api.mapping.searchLeaves({ q: 'мяч', perPage: 15 });
    await api.mapping.refresh({ tree: true });
    await api.mapping.refresh({ tree: false, leaves: [leaf] });
    await api.mapping.setRules(leaf, [
      {
        attributeId: 85,
        rule: { source: { kind: 'manufacturer' }, fallback: { id: 126745801, value: 'Нет бренда' } },
      },
      { attributeId: 4180, rule: { source: { kind: 'fixed', value: 'Мяч', dictionaryValueId: 5 } } },
      { attributeId: 9048, rule: { source: { kind: 'field', field: 'model' } } },
      { attributeId: 10096, rule: null },
    ]);
    await api.mapping.choose({
      attributeId: 10096,
      dictionaryId: 1,
      text: 'Red',
      value: { id: 61574, value: 'красный' },
    });
    await api.mapping.choose({ attributeId: 10096, dictionaryId: 1, text: 'Red', value: null });
    await api.mapping.values(leaf, { attributeId: 10096, perPage: 12, q: 'крас' });
    // As productQueryOf builds it (product-filter.ts leans on a .tsx label, which the test build does not compile).
    await api.products.list({ state: 'invalid', category: 20, q: 'x', page: 2, pageSize: 25 });
    await api.products.send([1, 2]);
    await api.products.retryFailed();
    await api.products.retryFailed([3]);
    await api.products.exclude([4], true);
    await api.exports.start({ dryRun: true });
    await api.exports.runs({ mode: 'dry', limit: 1 });
    await api.jobs.list({ kind: 'catalog-export', limit: 1 });
    await api.jobs.cancel('0f8a');

    expect(sent.length).toBe(22);
    expect(sent.map((request) => `${request.method} ${request.path} ${refusals(request)}`.trim())).toEqual(
      sent.map((request) => `${request.method} ${request.path}`),
    );
  });
});
