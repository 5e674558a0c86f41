import { isIgnoredRequired } from './document-defects';
import { type JsonSchema, type OpenApiDocument, resolveRef } from './openapi-document';

/*
 * A deliberately small, lenient JSON Schema check for the subset Ozon's document uses: type, properties,
 * required, items, enum, minItems/maxItems, minimum/maximum, $ref, allOf. Lenient where the document is known
 * to be broken: "array of strings" is read as an array of strings, `enum: null` and scalar enum defaults are
 * ignored, `maximum` on an array is ignored, human-hint `pattern`s and string lengths are not checked, and an
 * int64 may be a JSON integer or a decimal string (protobuf's JSON mapping).
 */

export interface DocumentViolation {
  /** Field pointer, e.g. `stocks[0].warehouse_id`. */
  readonly field: string;
  readonly message: string;
}

interface Walk {
  readonly doc: OpenApiDocument;
  readonly apiPath: string;
  readonly depth: number;
}

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
    case 'array of strings':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      // Unknown type names in the document are not our business to enforce.
      return true;
  }
}

function join(field: string, key: string | number, generic: boolean): string {
  if (typeof key === 'number') {
    return `${field}[${generic ? '' : key}]`;
  }
  return field === '' ? key : `${field}.${key}`;
}

/** The same pointer with every index replaced by `[]`, to match the defect list. */
function generic(field: string): string {
  return field.replace(/\[\d+\]/g, '[]');
}

function check(
  schema: JsonSchema | undefined,
  value: unknown,
  field: string,
  walk: Walk,
): DocumentViolation | undefined {
  if (!schema || walk.depth > 40 || value === undefined || value === null) {
    return undefined;
  }
  if (typeof schema.$ref === 'string') {
    return check(resolveRef(walk.doc, schema.$ref), value, field, { ...walk, depth: walk.depth + 1 });
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as JsonSchema[]) {
      const found = check(part, value, field, walk);
      if (found) {
        return found;
      }
    }
  }
  const type = typeof schema.type === 'string' ? schema.type : schema.properties ? 'object' : undefined;
  if (type !== undefined && !typeOk(type, value)) {
    return { field, message: `value must be of type ${type}` };
  }
  if (
    Array.isArray(schema.enum) &&
    schema.enum.length > 0 &&
    typeof value !== 'object' &&
    !schema.enum.includes(value)
  ) {
    return { field, message: `value must be one of ${schema.enum.join(', ')}` };
  }
  if (typeof value === 'number' || (typeof value === 'string' && type === 'integer')) {
    const n = Number(value);
    if (typeof schema.maximum === 'number' && n > schema.maximum) {
      return { field, message: `value must be less than or equal to ${schema.maximum}` };
    }
    if (typeof schema.minimum === 'number' && n < schema.minimum) {
      return { field, message: `value must be greater than or equal to ${schema.minimum}` };
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      return { field, message: `value must contain no more than ${schema.maxItems} item(s)` };
    }
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      return { field, message: `value must contain at least ${schema.minItems} item(s)` };
    }
    const items =
      (schema.items as JsonSchema | undefined) ??
      (type === 'array of strings' ? { type: 'string' } : undefined);
    for (const [i, item] of value.entries()) {
      const found = check(items, item, join(field, i, false), { ...walk, depth: walk.depth + 1 });
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      const pointer = join(field, key, false);
      if (record[key] === undefined && !isIgnoredRequired(walk.apiPath, generic(pointer))) {
        return { field: pointer, message: 'value is required' };
      }
    }
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const [key, child] of Object.entries(record)) {
      const found = check(properties[key], child, join(field, key, false), {
        ...walk,
        depth: walk.depth + 1,
      });
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

/** The first place where `body` breaks the document's request schema for `apiPath`, or undefined. */
export function validateRequestBody(
  doc: OpenApiDocument,
  apiPath: string,
  schema: JsonSchema | undefined,
  body: unknown,
): DocumentViolation | undefined {
  return check(schema, body, '', { doc, apiPath, depth: 0 });
}
