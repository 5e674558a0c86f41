import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { apiRoutes } from '../../bridge/src/http/routes/index';
import { type RequestValidator, requestValidatorOf } from '../../bridge/src/http/validate';
import { useTestBridge } from '../harness/test-bridge';
import { signedFetch } from '../panel-api/signed-fetch';

/*
 * Every request body and query the bridge takes is strict: a field it does not know is refused with 422 naming
 * it, never dropped ({"dryrun": true} once started a real export). The routes are walked as the app has them, so
 * a route added later is covered without anyone listing it.
 */

const UNKNOWN = 'zzNotAField';

interface CheckedRoute {
  readonly method: string;
  /** The path under /api/v1 with every parameter filled with a valid id. */
  readonly path: string;
  readonly validator: RequestValidator;
}

/** `:id{[0-9]+}` and `:id` become "1": a valid id for every parameter the routes have. */
function filled(path: string): string {
  return path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, '1');
}

/** Every body and query validator of every API route. */
function bodyAndQueryValidators(): CheckedRoute[] {
  return apiRoutes.routes.flatMap((route) => {
    const validator = requestValidatorOf(route.handler);
    return validator && validator.target !== 'param'
      ? [{ method: route.method, path: filled(route.path), validator }]
      : [];
  });
}

/** Paths (dotted) of objects inside `schema` that would take a key they do not declare. */
function looseObjects(schema: z.ZodType, at = '(root)'): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (value: unknown, path = at): string[] => looseObjects(value as z.ZodType, path);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as z.ZodType | undefined;
      const own = catchall?._zod.def.type === 'never' ? [] : [at];
      const shape = def.shape as Record<string, z.ZodType>;
      return [...own, ...Object.entries(shape).flatMap(([key, value]) => inner(value, `${at}.${key}`))];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'array':
      return inner(def.element, `${at}[]`);
    case 'record':
      return inner(def.valueType, `${at}{}`);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => inner(option));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    default:
      return [];
  }
}

describe('strict request bodies and queries', () => {
  const running = useTestBridge();
  const routes = bodyAndQueryValidators();

  it('finds the validators of the routes (bodies and queries alike)', () => {
    const targets = new Set(routes.map((r) => r.validator.target));
    expect(targets).toEqual(new Set(['json', 'query']));
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it('every object of every request schema refuses keys it does not declare', () => {
    const loose = routes.flatMap((r) =>
      looseObjects(r.validator.schema).map((path) => `${r.method} ${r.path} (${r.validator.what}): ${path}`),
    );
    expect(loose).toEqual([]);
  });

  it('every route answers an unknown body or query field with 422 naming the field', async () => {
    const answers: string[] = [];
    for (const route of routes) {
      const answer =
        route.validator.target === 'json'
          ? await signedFetch(running.bridge, route.method, `/api/v1${route.path}`, { [UNKNOWN]: true })
          : await signedFetch(running.bridge, route.method, `/api/v1${route.path}?${UNKNOWN}=1`);
      const fields = errorEnvelopeSchema.safeParse(answer.json).data?.error.fields ?? {};
      answers.push(
        `${route.method} ${route.path} ${route.validator.target}: ${answer.status} ${UNKNOWN in fields ? 'named' : 'not named'}`,
      );
    }
    expect(answers).toEqual(routes.map((r) => `${r.method} ${r.path} ${r.validator.target}: 422 named`));
  });

  it('a misspelt export option is refused, not ignored: {"dryrun": true} starts nothing', async () => {
    const answer = await signedFetch(running.bridge, 'POST', '/api/v1/catalog/export', { dryrun: true });
    expect(answer.status).toBe(422);
    const envelope = errorEnvelopeSchema.parse(answer.json);
    expect(envelope.error.code).toBe('VALIDATION_FAILED');
    expect(envelope.error.fields?.dryrun?.[0]).toMatch(/unknown field/);
    expect(await running.bridge.services.jobs.list({ limit: 10 })).toEqual([]);
  });

  it('an unknown field inside a nested object is named by its path', async () => {
    const answer = await signedFetch(running.bridge, 'PUT', '/api/v1/catalog-mapping/leaves/1/1/attributes', {
      rules: [{ attributeId: 5, rule: { source: { kind: 'manufacturer', brand: 'x' } } }],
    });
    expect(answer.status).toBe(422);
    expect(Object.keys(errorEnvelopeSchema.parse(answer.json).error.fields ?? {})).toEqual([
      'rules.0.rule.source.brand',
    ]);
  });

  it('OpenCart ids beyond their int(11) column are refused by field, not clamped or missed', async () => {
    const tooBig = 3_000_000_000;
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', '/api/v1/catalog/products/send', { productIds: [tooBig] }, 'productIds.0'],
      ['POST', '/api/v1/catalog/products/exclude', { productIds: [tooBig], excluded: true }, 'productIds.0'],
      ['POST', '/api/v1/catalog/export', { onlyIds: [tooBig] }, 'onlyIds.0'],
      ['GET', `/api/v1/catalog/products/${tooBig}`, undefined, 'productId'],
      ['GET', `/api/v1/catalog/products?category=${tooBig}`, undefined, 'category'],
      [
        'PUT',
        `/api/v1/catalog-mapping/categories/${tooBig}`,
        { descriptionCategoryId: 1, typeId: 1 },
        'categoryId',
      ],
      [
        'PUT',
        `/api/v1/catalog-mapping/products/${tooBig}`,
        { descriptionCategoryId: 1, typeId: 1 },
        'productId',
      ],
      ['PUT', '/api/v1/catalog-mapping/options', { contentLanguageId: tooBig }, 'contentLanguageId'],
    ];
    const seen: string[] = [];
    for (const [method, path, body, field] of cases) {
      const answer = await signedFetch(running.bridge, method, path, body);
      const fields = errorEnvelopeSchema.safeParse(answer.json).data?.error.fields ?? {};
      seen.push(
        `${method} ${path}: ${answer.status} ${fields[field]?.join(' ') ?? Object.keys(fields).join(',')}`,
      );
    }
    expect(seen).toEqual(
      cases.map(([method, path]) => `${method} ${path}: 422 must be an OpenCart id (1 to 2147483647)`),
    );
  });
});
