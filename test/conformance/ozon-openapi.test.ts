import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ignoredRequired } from '../../bridge/scaffold/ozon-emulator/validation/document-defects';
import {
  defaultDocumentPaths,
  type JsonSchema,
  loadDocument,
  type OpenApiDocument,
  requestSchema,
  resolveRef,
} from '../../bridge/scaffold/ozon-emulator/validation/openapi-document';
import { ozonOperations } from '../../bridge/src/ozon/schemas';

/*
 * Our request and response schemas against Ozon's own OpenAPI documents (../shared/ozon, present on developer
 * and CI machines, never shipped). Checks, per operation: the path exists; every field the document requires
 * is required by us (known document defects excepted); property types are compatible; enums agree; documented
 * maxItems / maximum / minimum equal ours; we send no field the document does not know; our response schemas
 * accept the document's response examples.
 */

const paths = defaultDocumentPaths();
const docs = { en: loadDocument(paths.en), ru: loadDocument(paths.ru) };
const available = docs.en !== undefined && docs.ru !== undefined;

/** Response examples the document gets wrong in a way our tolerant schemas deliberately do not accept. */
const knownWrongExamples: Record<string, string> = {
  // None at present: every example in scope parses. Examples that contradict their own schema (v4 posting list
  // field names and `result` wrapper, attributes `sku` as a number, warehouse `has_next: "string"`, rFBS
  // `error: []`) are read by normalising both forms; see ozon-api.md §10.
};

function resolve(doc: OpenApiDocument, schema: JsonSchema | undefined, depth = 0): JsonSchema {
  if (!schema || depth > 20) {
    return {};
  }
  if (typeof schema.$ref === 'string') {
    return resolve(doc, resolveRef(doc, schema.$ref), depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    const merged: JsonSchema = { ...schema, allOf: undefined };
    for (const part of schema.allOf as JsonSchema[]) {
      Object.assign(merged, resolve(doc, part, depth + 1));
    }
    return merged;
  }
  return schema;
}

/** The branches of one of our schemas (anyOf for int64 unions, else itself). */
function branches(ours: JsonSchema): JsonSchema[] {
  return Array.isArray(ours.anyOf) ? (ours.anyOf as JsonSchema[]).flatMap(branches) : [ours];
}

function ourTypes(ours: JsonSchema): Set<string> {
  return new Set(
    branches(ours).flatMap((b) =>
      typeof b.type === 'string' ? [b.type] : 'const' in b ? [typeof b.const] : [],
    ),
  );
}

function ourEnum(ours: JsonSchema): unknown[] | undefined {
  const values = branches(ours).flatMap((b) =>
    Array.isArray(b.enum) ? b.enum : 'const' in b ? [b.const] : [],
  );
  return values.length > 0 ? values : undefined;
}

function ourNumber(ours: JsonSchema, key: string): number | undefined {
  for (const b of branches(ours)) {
    const v = b[key];
    if (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER) {
      return v;
    }
  }
  return undefined;
}

const compatible: Record<string, string[]> = {
  integer: ['integer', 'number'],
  number: ['number', 'integer'],
  string: ['string'],
  boolean: ['boolean'],
  object: ['object'],
  array: ['array'],
  'array of strings': ['array'],
};

function generic(pointer: string): string {
  return pointer.replace(/^\./, '');
}

function compare(
  doc: OpenApiDocument,
  apiPath: string,
  docSchema: JsonSchema | undefined,
  ours: JsonSchema,
  pointer: string,
  problems: string[],
): void {
  const d = resolve(doc, docSchema);
  const docType = typeof d.type === 'string' ? d.type : d.properties ? 'object' : undefined;
  const types = ourTypes(ours);
  if (
    docType !== undefined &&
    compatible[docType] &&
    ![...types].some((t) => compatible[docType]?.includes(t))
  ) {
    // An int64 the document declares as a string is sent by us as an integer or a decimal string.
    const int64AsString = docType === 'string' && d.format === 'int64' && types.has('integer');
    if (!int64AsString) {
      problems.push(
        `${pointer || '(body)'}: document type ${docType}, ours ${[...types].join('|') || 'none'}`,
      );
    }
  }
  const docEnum = Array.isArray(d.enum) && d.enum.length > 0 ? d.enum : undefined;
  const mine = ourEnum(ours);
  if (docEnum && mine?.some((v) => !docEnum.includes(v))) {
    problems.push(
      `${pointer}: our enum ${JSON.stringify(mine)} has values outside the document's ${JSON.stringify(docEnum)}`,
    );
  }
  if (docType === 'array' || docType === 'array of strings') {
    // The document sometimes writes `maximum` on an array where it means maxItems (warehouse_ids).
    const docMax =
      typeof d.maxItems === 'number' ? d.maxItems : typeof d.maximum === 'number' ? d.maximum : undefined;
    if (docMax !== undefined && ourNumber(ours, 'maxItems') !== docMax) {
      problems.push(`${pointer}: document maxItems ${docMax}, ours ${ourNumber(ours, 'maxItems')}`);
    }
    const item = branches(ours).find((b) => b.type === 'array')?.items as JsonSchema | undefined;
    if (item && d.items) {
      compare(doc, apiPath, d.items as JsonSchema, item, `${pointer}[]`, problems);
    }
    return;
  }
  for (const key of ['maximum', 'minimum'] as const) {
    if (typeof d[key] === 'number' && ourNumber(ours, key) !== d[key]) {
      problems.push(`${pointer}: document ${key} ${d[key]}, ours ${ourNumber(ours, key)}`);
    }
  }
  if (docType !== 'object') {
    return;
  }
  const docProps = (d.properties as Record<string, JsonSchema> | undefined) ?? {};
  const ourProps = (ours.properties as Record<string, JsonSchema> | undefined) ?? {};
  const ourRequired = new Set(Array.isArray(ours.required) ? (ours.required as string[]) : []);
  for (const key of Array.isArray(d.required) ? (d.required as string[]) : []) {
    const field = generic(`${pointer}.${key}`);
    if (!ourRequired.has(key) && !ignoredRequired.some((x) => x.path === apiPath && x.field === field)) {
      problems.push(`${field}: required by the document, not by us`);
    }
  }
  for (const [key, schema] of Object.entries(ourProps)) {
    if (!(key in docProps)) {
      problems.push(`${generic(`${pointer}.${key}`)}: we send a field the document does not have`);
      continue;
    }
    compare(doc, apiPath, docProps[key], schema, `${pointer}.${key}`, problems);
  }
}

function examplesOf(doc: OpenApiDocument, apiPath: string): unknown[] {
  const post = doc.paths[apiPath]?.post as Record<string, unknown> | undefined;
  const ok = (
    post?.responses as
      | Record<
          string,
          { content?: Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }> }> }
        >
      | undefined
  )?.['200'];
  const media = ok?.content?.['application/json'];
  if (!media) {
    return [];
  }
  if (media.example !== undefined) {
    return [media.example];
  }
  return Object.values(media.examples ?? {}).map((e) => e.value);
}

describe.skipIf(!available)(
  "Ozon OpenAPI conformance (skipped: Ozon's documents are not at ../shared/ozon)",
  () => {
    const operations = Object.entries(ozonOperations);

    it.each(operations)('%s: the path exists in the document', (_name, op) => {
      const doc = docs[op.docLanguage];
      expect(doc?.paths[op.path]?.post, `${op.path} in the ${op.docLanguage} document`).toBeDefined();
      const operationId = (doc?.paths[op.path]?.post as { operationId?: string } | undefined)?.operationId;
      expect(operationId).toBe(op.docOperationId);
    });

    it.each(operations)('%s: the request schema agrees with the document', (_name, op) => {
      const doc = docs[op.docLanguage];
      if (!doc) {
        throw new Error('document missing');
      }
      const ours = z.toJSONSchema(op.request, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const problems: string[] = [];
      const docSchema = requestSchema(doc, op.path);
      if (docSchema) {
        compare(doc, op.path, docSchema, ours, '', problems);
      } else {
        // Methods documented without a body take `{}`; ours must not require anything.
        expect(ours.required ?? []).toEqual([]);
      }
      expect(problems).toEqual([]);
    });

    it.each(operations)("%s: the response schema accepts the document's examples", (name, op) => {
      const doc = docs[op.docLanguage];
      const examples = doc ? examplesOf(doc, op.path) : [];
      for (const example of examples) {
        const parsed = op.response.safeParse(example);
        if (name in knownWrongExamples) {
          expect(parsed.success).toBe(false);
        } else {
          expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
        }
      }
    });

    it('lists each document defect it ignores with a reason', () => {
      for (const defect of ignoredRequired) {
        expect(defect.why.length).toBeGreaterThan(10);
        expect(Object.values(ozonOperations).some((op) => op.path === defect.path)).toBe(true);
      }
    });
  },
);
