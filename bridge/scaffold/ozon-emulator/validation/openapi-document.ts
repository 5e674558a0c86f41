import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Ozon's OpenAPI documents, read from ../shared/ozon next to the project when present (developer and CI
 * machines). They are reference data and never ship with the project; everything here works without them.
 */
const jsonSchemaSchema = z.record(z.string(), z.unknown());
export type JsonSchema = z.infer<typeof jsonSchemaSchema>;

/** The parts of an OpenAPI document read here; a file without them is treated as absent. */
const openApiDocumentSchema = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({ schemas: z.record(z.string(), jsonSchemaSchema).optional() }).optional(),
});
export type OpenApiDocument = z.infer<typeof openApiDocumentSchema>;

/** The value under `key` when it is a JSON object. */
function objectAt(value: unknown, key: string): JsonSchema | undefined {
  const parsed = jsonSchemaSchema.safeParse(
    typeof value === 'object' && value !== null
      ? Object.getOwnPropertyDescriptor(value, key)?.value
      : undefined,
  );
  return parsed.success ? parsed.data : undefined;
}

export interface DocumentPaths {
  /** English document: every operation except v2 stocks-by-warehouse. */
  readonly en?: string | undefined;
  /** Russian document: the only one with /v2/product/info/stocks-by-warehouse/fbs. */
  readonly ru?: string | undefined;
}

/** The project root (the folder holding package.json), from this file's location. */
export const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where the documents are expected: ../shared/ozon relative to the project. */
export function defaultDocumentPaths(root: string = projectRoot): Required<DocumentPaths> {
  const dir = path.resolve(root, '..', 'shared', 'ozon');
  return {
    en: path.join(dir, 'ozon-seller-api.en.swagger.json'),
    ru: path.join(dir, 'ozon-seller-api.ru.swagger.json'),
  };
}

const cache = new Map<string, OpenApiDocument>();

/** Reads (once per process) a document, or undefined when the file is absent or unreadable. */
export function loadDocument(file: string | undefined): OpenApiDocument | undefined {
  if (file === undefined || !existsSync(file)) {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached) {
    return cached;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = openApiDocumentSchema.safeParse(json);
  if (!parsed.success) {
    return undefined;
  }
  cache.set(file, parsed.data);
  return parsed.data;
}

/** Resolves a local `#/…` reference; undefined for external or dangling ones (the documents have one). */
export function resolveRef(doc: OpenApiDocument, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) {
    return undefined;
  }
  let node: JsonSchema | undefined = doc;
  for (const part of ref.slice(2).split('/')) {
    node = objectAt(node, part);
  }
  return node;
}

/** The JSON request-body schema of `POST path`, if the document has one. */
export function requestSchema(doc: OpenApiDocument, apiPath: string): JsonSchema | undefined {
  const post = objectAt(doc.paths, apiPath);
  const content = objectAt(objectAt(objectAt(post, 'post'), 'requestBody'), 'content');
  return objectAt(objectAt(content, 'application/json'), 'schema');
}
