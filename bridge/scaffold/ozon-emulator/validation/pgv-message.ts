import { z } from 'zod';
import { PROTO_MESSAGE } from '../../../src/ozon/schemas';

/*
 * Words a request-schema failure the way Ozon's gateway does. Ozon validates requests with protoc-gen-validate,
 * which stops at the first failing field and names it by protobuf message and Go field name, e.g.
 *   Request validation error: invalid ProductsStocksRequest.Stocks[0]: embedded message failed validation |
 *   caused by: invalid ProductsStocksRequest_Stock.WarehouseId: value must be greater than 0
 * (the first half is the documented text; the "caused by" half is how such errors read in practice).
 * Proto3 has no "missing" scalars: an absent number is 0 and an absent string is "", so the reasons below are
 * what PGV says about the zero value.
 */

type Segment = string | number;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      current = current.removeDefault() as z.ZodType;
    } else {
      return current;
    }
  }
}

function protoName(schema: z.ZodType): string {
  const meta = schema.meta();
  const name = meta?.[PROTO_MESSAGE];
  return typeof name === 'string' ? name : 'Request';
}

function pascal(key: string): string {
  return key
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Bounds of a number, string or array schema, read from its JSON Schema rendering. */
function bounds(schema: z.ZodType): { min?: number; max?: number } {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const branches = Array.isArray(json.anyOf) ? (json.anyOf as Record<string, unknown>[]) : [json];
  const pick = (keys: string[]) => {
    for (const branch of branches) {
      for (const key of keys) {
        const value = branch[key];
        if (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER) {
          return value;
        }
      }
    }
    return undefined;
  };
  const min = pick(['minimum', 'minLength', 'minItems']);
  const max = pick(['maximum', 'maxLength', 'maxItems']);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function numberReason(schema: z.ZodType): string {
  const { min, max } = bounds(schema);
  if (min !== undefined && max !== undefined) {
    return `value must be inside range [${min}, ${max}]`;
  }
  if (min !== undefined) {
    return min === 1 ? 'value must be greater than 0' : `value must be greater than or equal to ${min}`;
  }
  return max === undefined ? 'value is invalid' : `value must be less than or equal to ${max}`;
}

function reason(issue: z.core.$ZodIssue, target: z.ZodType, value: unknown): string {
  const t = unwrap(target);
  const isArray = t instanceof z.ZodArray;
  const isString = t instanceof z.ZodString;
  const isObject = t instanceof z.ZodObject;
  if (value === undefined) {
    if (isObject) {
      return 'value is required';
    }
    if (isArray) {
      return `value must contain at least ${bounds(t).min ?? 1} item(s)`;
    }
    if (isString) {
      return `value length must be at least ${bounds(t).min ?? 1} runes`;
    }
    return numberReason(t);
  }
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      if (isArray) {
        const { min, max } = bounds(t);
        return issue.code === 'too_big'
          ? `value must contain no more than ${max} item(s)`
          : `value must contain at least ${min} item(s)`;
      }
      if (isString) {
        const { min, max } = bounds(t);
        return issue.code === 'too_big'
          ? `value length must be at most ${max} runes`
          : `value length must be at least ${min} runes`;
      }
      return numberReason(t);
    }
    case 'invalid_value':
      return 'value must be one of the defined enum values';
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `value must be a valid timestamp, got ${JSON.stringify(value)}`
        : numberReason(t);
    case 'custom':
      return issue.message;
    default:
      return `invalid value ${JSON.stringify(value)}: ${issue.message}`;
  }
}

function child(value: unknown, key: Segment): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<Segment, unknown>)[key] : undefined;
}

/** "invalid Msg.Field[i]: …" for the issue's path below `schema` (an object schema). */
function describe(schema: z.ZodType, path: Segment[], value: unknown, issue: z.core.$ZodIssue): string {
  const message = unwrap(schema);
  const name = protoName(message);
  const [key, ...rest] = path;
  if (key === undefined || !(message instanceof z.ZodObject)) {
    return `invalid ${name}: ${reason(issue, message, value)}`;
  }
  const fieldSchema = (message.shape as Record<string, z.ZodType>)[String(key)] ?? z.unknown();
  const fieldValue = child(value, key);
  let label = `${name}.${pascal(String(key))}`;
  let target = unwrap(fieldSchema);
  let targetValue = fieldValue;
  let remaining = rest;
  if (target instanceof z.ZodArray && typeof rest[0] === 'number') {
    label += `[${rest[0]}]`;
    targetValue = child(fieldValue, rest[0]);
    target = unwrap(target.element as z.ZodType);
    remaining = rest.slice(1);
  }
  if (remaining.length > 0 && target instanceof z.ZodObject) {
    return `invalid ${label}: embedded message failed validation | caused by: ${describe(target, remaining, targetValue, issue)}`;
  }
  return `invalid ${label}: ${reason(issue, target, targetValue)}`;
}

/** Ozon's 400 message for the first problem zod found in a request body. */
export function pgvMessage(root: z.ZodType, body: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) {
    return 'Request validation error';
  }
  if (issue.code === 'unrecognized_keys') {
    // Ozon's JSON decoder rejects unknown fields before validation runs.
    return `proto: unknown field ${JSON.stringify(issue.keys[0])} in ${protoName(unwrap(root))}`;
  }
  return `Request validation error: ${describe(root, [...issue.path] as Segment[], body, issue)}`;
}
