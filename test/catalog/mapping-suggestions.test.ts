import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { suggestMappings } from '../../bridge/src/catalog/mapping/mapping-suggestions';
import { refreshOzonCatalogue } from '../../bridge/src/catalog/ozon-catalogue/refresh-catalogue';
import type { OpencartCategoriesResponse } from '../../bridge/src/contract/catalog-mapping/categories';
import type {
  AcceptSuggestionsRequest,
  AcceptSuggestionsResponse,
  MappingSuggestions,
} from '../../bridge/src/contract/catalog-mapping/suggestions';
import { suggestionReasons } from '../../bridge/src/contract/catalog-mapping/suggestions';
import { type ErrorEnvelope, errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import type { JobView } from '../../bridge/src/contract/jobs';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from '../panel-api/signed-fetch';
import { emulatedOzon, useEmulatorSettings } from './mapping-harness';
import { leafKeyOf, SEED_LEAF, SENSIBLE_LEAF } from './sample-store-leaves';

/** The language settings the store's texts are read in (the default Ozon settings'). */
const TEXTS = { descriptionLanguage: 'ru-ru' };
/** Of the 13 sample categories, the top suggestions that must be the sensible leaf. */
const MIN_CORRECT = 12;

describe('mapping suggestions on the sample store', () => {
  let store: TestStore;
  let ozon: RunningOzonEmulator;
  let bridge: RunningBridge;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 40, force: true });
    // Only Ozon's tree: no leaf's attributes are downloaded before something maps to it.
    await refreshOzonCatalogue(
      store,
      TEXTS,
      emulatedOzon().client,
      { tree: true },
      { now: () => Date.now() },
    );
    ozon = await startOzonEmulator();
    await useEmulatorSettings(store, ozon.url);
    bridge = await startTestBridge(store);
  });
  afterAll(async () => {
    await bridge?.stop();
    await ozon?.close();
    await store?.destroy();
  });

  /** A signed call to the bridge, as the OpenCart extension makes it, with the answer read as `T`. */
  async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const answer = await signedFetch(bridge, method, `/api/v1${path}`, body);
    return { status: answer.status, body: answer.json as T };
  }

  async function waitForJob(id: string): Promise<JobView> {
    for (let i = 0; i < 300; i++) {
      const job = (await api<JobView>('GET', `/jobs/${id}`)).body;
      if (job.state !== 'queued' && job.state !== 'running') {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} did not end`);
  }

  const accept = (request: AcceptSuggestionsRequest) =>
    api<AcceptSuggestionsResponse>('POST', '/catalog-mapping/suggestions/accept', request);

  it('proposes the sensible Ozon leaf for the sample categories, explained and the same every time', async () => {
    const suggestions = await suggestMappings(store, TEXTS);
    expect(suggestions.categories.map((c) => c.path).sort()).toEqual(Object.keys(SENSIBLE_LEAF).sort());
    const table = suggestions.categories.map((c) => {
      const wanted = SENSIBLE_LEAF[c.path];
      const got = c.suggestion;
      return {
        path: c.path,
        suggested: got ? `${got.name} ${got.score}` : '—',
        why: got?.why.map((w) => `${w.reason} ${w.score}`).join(', ') ?? '',
        correct: got !== null && wanted !== undefined && leafKeyOf(got) === leafKeyOf(wanted),
      };
    });
    const correct = table.filter((row) => row.correct).length;
    console.info(`top suggestions correct: ${correct} of ${table.length}`);
    console.table(table);
    expect(correct).toBeGreaterThanOrEqual(MIN_CORRECT);
    for (const { suggestion } of suggestions.categories) {
      expect(suggestion?.score).toBeGreaterThan(0);
      expect(suggestion?.score).toBeLessThanOrEqual(1);
      expect(suggestion?.why.length).toBeGreaterThan(0);
      for (const why of suggestion?.why ?? []) {
        expect(suggestionReasons).toContain(why.reason);
        expect(why.text).not.toBe('');
      }
    }
    // Nothing is mapped yet, so no attribute is asked for; the answer does not change between calls.
    expect(suggestions.attributes).toEqual([]);
    expect(await suggestMappings(store, TEXTS)).toEqual(suggestions);
  });

  it('answers the same suggestions over HTTP', async () => {
    const answer = await api<MappingSuggestions>('GET', '/catalog-mapping/suggestions');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(await suggestMappings(store, TEXTS));
  });

  it('refuses an accept request with unknown fields, naming them', async () => {
    for (const body of [
      { categories: [], dryRun: true },
      { categories: [{ categoryId: 101, ...SEED_LEAF.tshirt }] },
    ]) {
      const answer = await api<ErrorEnvelope>('POST', '/catalog-mapping/suggestions/accept', body);
      expect(answer.status).toBe(422);
      const error = errorEnvelopeSchema.parse(answer.body).error;
      expect(JSON.stringify(error)).toMatch(/dryRun|name/);
    }
  });

  it('maps many categories in one request, applies the good choices when one is bad, and is idempotent', async () => {
    const suggestions = (await api<MappingSuggestions>('GET', '/catalog-mapping/suggestions')).body;
    // As a merchant would: every proposal, the odd one corrected to the sensible leaf.
    const choices = suggestions.categories.map((c) => {
      const leaf = SENSIBLE_LEAF[c.path] ?? c.suggestion;
      return {
        categoryId: c.categoryId,
        descriptionCategoryId: leaf?.descriptionCategoryId ?? 0,
        typeId: leaf?.typeId ?? 0,
      };
    });
    const bad = [
      { categoryId: 999_999, ...leafOnly(SEED_LEAF.book) },
      { categoryId: choices[0]?.categoryId ?? 0, descriptionCategoryId: 17027000, typeId: 1 },
    ];
    const first = await accept({ categories: [...bad, ...choices] });
    expect(first.status).toBe(200);
    expect(first.body.mapped).toBe(choices.length);
    expect(first.body.refused).toEqual([
      { field: 'categories.0', message: 'OpenCart has no category 999999' },
      { field: 'categories.1', message: expect.stringContaining('not in the cached category tree') },
    ]);
    // Accepting started the download of the five chosen types' attributes.
    expect(first.body.attributeJob).not.toBeNull();
    const job = await waitForJob(first.body.attributeJob?.jobId ?? '');
    expect(job.state).toBe('done');

    const tree = (await api<OpencartCategoriesResponse>('GET', '/catalog-mapping/categories')).body;
    const mappedAs = (items: OpencartCategoriesResponse['items']) =>
      items.map((c) => [c.path, c.mapping && leafKeyOf(c.mapping), c.mapping?.inheritedFrom]);
    for (const category of tree.items) {
      expect(category.mapping && leafKeyOf(category.mapping)).toBe(
        leafKeyOf(SENSIBLE_LEAF[category.path] ?? { descriptionCategoryId: 0, typeId: 0 }),
      );
    }
    // The same request again changes nothing, and starts no download (the attributes are there).
    const again = await accept({ categories: choices });
    expect(again.body).toEqual({ mapped: choices.length, rules: 0, refused: [], attributeJob: null });
    const after = (await api<OpencartCategoriesResponse>('GET', '/catalog-mapping/categories')).body;
    expect(mappedAs(after.items)).toEqual(mappedAs(tree.items));
  });

  it("then proposes a source for each mapped type's required attributes, and accepting them closes the gaps", async () => {
    const suggestions = (await api<MappingSuggestions>('GET', '/catalog-mapping/suggestions')).body;
    expect(suggestions.categories).toEqual([]);
    expect(suggestions.leavesWithoutAttributes).toEqual([]);
    const proposed = suggestions.attributes.map((a) => [a.leafName, a.name, a.suggestion?.label ?? null]);
    console.info('required attributes proposed:', proposed);
    // Each from its own store source, named in the content language (Russian): the shoe size from the shoe size.
    expect(proposed).toEqual([
      [SEED_LEAF.tshirt.name, 'Российский размер', 'Размер'],
      [SEED_LEAF.tshirt.name, 'Цвет товара', 'Цвет'],
      [SEED_LEAF.sneakers.name, 'Российский размер обуви', 'Размер обуви'],
      [SEED_LEAF.sneakers.name, 'Цвет товара', 'Цвет'],
      [SEED_LEAF.phoneCase.name, 'Совместимые модели', 'Совместимость'],
      [SEED_LEAF.football.name, 'Размер мяча', 'Размер мяча'],
      [SEED_LEAF.book.name, 'Автор на обложке', 'Автор'],
    ]);
    const rules = suggestions.attributes.flatMap((a) =>
      a.suggestion
        ? [
            {
              descriptionCategoryId: a.descriptionCategoryId,
              typeId: a.typeId,
              attributeId: a.attributeId,
              rule: { source: a.suggestion.source },
            },
          ]
        : [],
    );
    const answer = await accept({
      rules: [...rules, { ...leafOnly(SEED_LEAF.book), attributeId: 4182, rule: { source: bogusOption } }],
    });
    // The bad rule is refused by name; the book's good rule beside it is set all the same.
    expect(answer.body.rules).toBe(rules.length);
    expect(answer.body.refused).toEqual([
      { field: `rules.${rules.length}`, message: 'OpenCart has no option 999999' },
    ]);
    // The same rules again change nothing.
    expect((await accept({ rules })).body).toMatchObject({ rules: rules.length, refused: [] });
    const left = (await api<MappingSuggestions>('GET', '/catalog-mapping/suggestions')).body;
    expect(left.attributes.filter((a) => a.suggestion !== null)).toEqual([]);
  });
});

const bogusOption = { kind: 'option', optionId: 999_999 } as const;

function leafOnly(leaf: { descriptionCategoryId: number; typeId: number }) {
  return { descriptionCategoryId: leaf.descriptionCategoryId, typeId: leaf.typeId };
}
