import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Ozon's OpenAPI documents, read from ../shared/ozon next to the project when present (developer and CI
 * machines). They are reference data and never ship with the project; everything here works without them.
 */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: { readonly schemas?: Record<string, JsonSchema> };
}

export interface DocumentPaths {
  /** English document: every operation except v2 stocks-by-warehouse. */
  readonly en?: string | undefined;
  /** Russian document: the only one with /v2/product/info/stocks-by-warehouse/fbs. */
  readonly ru?: string | undefined;
}

/** The project root (the folder holding package.json), from this file's location. */
export const projectRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

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
  try {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
    cache.set(file, doc);
    return doc;
  } catch {
    return undefined;
  }
}

/** Resolves a local `#/…` reference; undefined for external or dangling ones (the documents have one). */
export function resolveRef(doc: OpenApiDocument, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) {
    return undefined;
  }
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}

/** The JSON request-body schema of `POST path`, if the document has one. */
export function requestSchema(doc: OpenApiDocument, apiPath: string): JsonSchema | undefined {
  const post = doc.paths[apiPath]?.post as Record<string, unknown> | undefined;
  const body = post?.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined;
  return body?.content?.['application/json']?.schema;
}
