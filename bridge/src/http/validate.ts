import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { validationError } from './errors';

/*
 * Hono's validator middleware for the contract's schemas. A failure becomes VALIDATION_FAILED (422) with the
 * messages by field, in the one error envelope; the validated value is `c.req.valid(target)`, and the route's
 * input type reaches the panel's typed client through AppType.
 */

/** What one validator middleware checks: the part of the request and the contract's schema for it. */
export interface RequestValidator {
  readonly target: 'json' | 'query' | 'param';
  readonly schema: z.ZodType;
  readonly what: string;
}

/*
 * Each validator middleware remembers what it checks, so that a test can walk the app's routes and find every
 * request schema there is (test/http/strict-requests.test.ts), not only the ones somebody thought to list.
 */
const validators = new WeakMap<object, RequestValidator>();

function remembered<M extends object>(middleware: M, validator: RequestValidator): M {
  validators.set(middleware, validator);
  return middleware;
}

/** The validator a route handler is, if it is one of these middlewares. */
export function requestValidatorOf(handler: unknown): RequestValidator | undefined {
  return typeof handler === 'function' ? validators.get(handler) : undefined;
}

/** The hook every validator uses: a refusal is thrown, so that onError answers it like any other error. */
function refuse(what: string) {
  return (result: { success: true } | { success: false; error: z.core.$ZodError }): void => {
    if (!result.success) {
      throw validationError(result.error, what);
    }
  };
}

/** Validates the query string; `what` names it in the refusal ("log filter is not valid"). */
export function validQuery<T extends z.ZodType>(schema: T, what: string) {
  return remembered(zValidator('query', schema, refuse(what)), { target: 'query', schema, what });
}

/** Validates the path parameters. */
export function validParams<T extends z.ZodType>(schema: T, what: string) {
  return remembered(zValidator('param', schema, refuse(what)), { target: 'param', schema, what });
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;
const NOT_JSON = Symbol('not JSON');

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

export interface JsonBodyOptions {
  /** What an empty body means (for requests whose every field is optional); without it the schema judges undefined. */
  readonly empty?: unknown;
}

/**
 * Validates the JSON body. zValidator alone would answer a malformed body with a bare 400 and read a body sent
 * without a JSON content type as `{}`; the bridge has always read the body as JSON whatever its type, and let the
 * schema refuse one that is not JSON (as `undefined`, "(body)": expected object), so such bodies are judged here
 * the same way, with the same hook.
 */
export function validJson<T extends z.ZodType>(schema: T, what: string, options: JsonBodyOptions = {}) {
  const validate = zValidator('json', schema, refuse(what));
  const middleware: typeof validate = async (c, next) => {
    const text = await c.req.text();
    const value = parsed(text);
    if (value !== NOT_JSON && JSON_TYPE.test(c.req.header('content-type')?.split(';')[0]?.trim() ?? '')) {
      return validate(c, next);
    }
    const judged =
      value !== NOT_JSON ? value : text.trim() === '' && 'empty' in options ? options.empty : undefined;
    const result = await schema.safeParseAsync(judged);
    if (!result.success) {
      throw validationError(result.error, what);
    }
    c.req.addValidatedData('json', result.data ?? {});
    await next();
  };
  return remembered(middleware, { target: 'json', schema, what });
}
