import type { OpencartCategoriesResponse } from '../../../bridge/src/contract/catalog-mapping/categories';
import type {
  DictionaryValuesResponse,
  LeafAttributesResponse,
} from '../../../bridge/src/contract/catalog-mapping/leaves';
import type { JobView } from '../../../bridge/src/contract/jobs';
import { signedFetch } from '../../panel-api/signed-fetch';
import type { PanelEnvironment } from './panel-env';

/** Ozon's "T-shirt" leaf in the emulator's seed catalogue. */
export const TSHIRT_LEAF = { descriptionCategoryId: 17028922, typeId: 93080 } as const;

/** Polls a bridge job until it has ended; returns its last view. */
export async function waitForJob(env: PanelEnvironment, jobId: string): Promise<JobView> {
  for (let i = 0; i < 600; i += 1) {
    const job = (await signedFetch(env.bridge, 'GET', `/api/v1/jobs/${jobId}`)).json as JobView;
    if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not end`);
}

async function refresh(env: PanelEnvironment, body: unknown): Promise<void> {
  const started = await signedFetch(env.bridge, 'POST', '/api/v1/catalog-mapping/ozon/refresh', body);
  const { jobId } = started.json as { jobId: string };
  const job = await waitForJob(env, jobId);
  if (job.state !== 'done') {
    throw new Error(`catalogue refresh ${job.state}: ${job.error ?? ''}`);
  }
}

/**
 * What the mapping page's own test does by hand, through the same API: download Ozon's tree, map the sample
 * store's T-shirts to Ozon's T-shirt, download its attributes and accept the suggested source of every required
 * attribute. Returns the mapped category's id.
 */
export async function mapTshirts(env: PanelEnvironment): Promise<number> {
  await refresh(env, { tree: true });
  const categories = (await signedFetch(env.bridge, 'GET', '/api/v1/catalog-mapping/categories'))
    .json as OpencartCategoriesResponse;
  const tshirts = categories.items.find((c) => c.name === 'T-shirts');
  if (!tshirts) {
    throw new Error('the sample store has no T-shirts category');
  }
  await signedFetch(
    env.bridge,
    'PUT',
    `/api/v1/catalog-mapping/categories/${tshirts.categoryId}`,
    TSHIRT_LEAF,
  );
  await refresh(env, { tree: false });
  const path = `/api/v1/catalog-mapping/leaves/${TSHIRT_LEAF.descriptionCategoryId}/${TSHIRT_LEAF.typeId}/attributes`;
  const leaf = (await signedFetch(env.bridge, 'GET', path)).json as LeafAttributesResponse;
  const rules = leaf.attributes
    .filter((a) => a.isRequired && a.rule === null && a.suggestion !== null)
    .map((a) => ({ attributeId: a.attributeId, rule: { source: a.suggestion?.source } }));
  if (rules.length > 0) {
    const answer = await signedFetch(env.bridge, 'PUT', path, { rules });
    if (answer.status !== 200) {
      throw new Error(`attribute rules refused: ${answer.text}`);
    }
  }
  await chooseSizes(env, path.replace(/\/attributes$/, ''));
  return tshirts.categoryId;
}

/** Russian sizes for the sample store's letter sizes, as a merchant would pick them on the mapping page. */
const SIZE_CHOICES: ReadonlyArray<readonly [string, string]> = [
  ['XS', '42'],
  ['S', '44'],
  ['M', '46'],
  ['L', '48'],
  ['XL', '50'],
  ['XXL', '52'],
];
/** Ozon's "Российский размер" attribute (clothing sizes). */
const CLOTHING_SIZE_ATTRIBUTE = 4295;

async function chooseSizes(env: PanelEnvironment, leafPath: string): Promise<void> {
  const leaf = (await signedFetch(env.bridge, 'GET', `${leafPath}/attributes`))
    .json as LeafAttributesResponse;
  const size = leaf.attributes.find((a) => a.attributeId === CLOTHING_SIZE_ATTRIBUTE);
  if (!size) {
    throw new Error('the T-shirt leaf has no clothing size attribute');
  }
  for (const [text, wanted] of SIZE_CHOICES) {
    const found = (
      await signedFetch(env.bridge, 'GET', `${leafPath}/values?attributeId=${size.attributeId}&q=${wanted}`)
    ).json as DictionaryValuesResponse;
    const value = found.items.find((v) => v.value === wanted);
    if (!value) {
      throw new Error(`Ozon's size dictionary has no ${wanted}`);
    }
    await signedFetch(env.bridge, 'PUT', '/api/v1/catalog-mapping/dictionary-choices', {
      attributeId: size.attributeId,
      dictionaryId: size.dictionaryId,
      text,
      value: { id: value.id, value: value.value },
    });
  }
}
