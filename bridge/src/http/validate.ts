import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { validationError } from './errors';

/*
 * Hono's validator middleware for the contract's schemas. A failure becomes VALIDATION_FAILED (422) with the
 * messages by field, in the one error envelope; the validated value is `c.req.valid(target)`, and the route's
 * input type reaches the panel's typed client through AppType.
 */

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
  return zValidator('query', schema, refuse(what));
}

/** Validates the path parameters. */
export function validParams<T extends z.ZodType>(schema: T, what: string) {
  return zValidator('param', schema, refuse(what));
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
  return middleware;
}
