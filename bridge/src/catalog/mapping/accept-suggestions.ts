import type {
  AcceptedSuggestions,
  AcceptSuggestionsResponse,
} from '../../contract/catalog-mapping/suggestions';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../contract/values';
import type { StoreDb } from '../../db/connection';
import type { JobQueue } from '../../jobs/define';
import { DomainError } from '../../shared/domain-error';
import { attributeGaps, mappedLeaves } from './attribute-gaps';
import { setAttributeRules } from './edit-attribute-rules';
import { setCategoryLeaves } from './edit-leaf-mapping';
import { leafKey } from './leaf-choice';

/** Most leaves one catalogue refresh takes (its request's limit); the rest are downloaded on the next accept. */
const LEAVES_PER_REFRESH = 500;

type Rules = AcceptedSuggestions['rules'];

/**
 * Sets some of the request's rules, all of one leaf, with the attribute page's own checks. Answers the refused
 * ones by their index in the request (every one of them when the refusal names none); rethrows anything else.
 */
async function setLeafRules(store: StoreDb, rules: Rules, indexes: readonly number[], now: Date) {
  const chosen = indexes.flatMap((i) => rules[i] ?? []);
  const leaf = chosen[0];
  const refused = new Map<number, string>();
  if (!leaf) {
    return refused;
  }
  try {
    await setAttributeRules(
      store,
      leaf,
      chosen.map((r) => ({ attributeId: r.attributeId, rule: r.rule })),
      now,
    );
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'INVALID') {
      throw error;
    }
    // The leaf's answer names its changes `rules.<k>`, k counting within `indexes`.
    indexes.forEach((index, k) => {
      const messages = error.fields?.[`rules.${k}`] ?? [];
      if (messages.length > 0) {
        refused.set(index, messages.join('; '));
      }
    });
    if (refused.size === 0) {
      for (const index of indexes) {
        refused.set(index, `not applied: ${error.message}`);
      }
    }
  }
  return refused;
}

/**
 * Sets the rules leaf by leaf. A leaf's rules are written together; when some are refused, the others are written
 * again without them, so that one bad choice does not hold back the rest.
 */
async function applyRules(store: StoreDb, rules: Rules, now: Date) {
  const byLeaf = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    byLeaf.set(leafKey(rule), [...(byLeaf.get(leafKey(rule)) ?? []), index]);
  });
  let applied = 0;
  const refused = new Map<number, string>();
  for (const indexes of byLeaf.values()) {
    let problems = await setLeafRules(store, rules, indexes, now);
    const rest = indexes.filter((i) => !problems.has(i));
    if (problems.size > 0 && rest.length > 0) {
      problems = new Map([...problems, ...(await setLeafRules(store, rules, rest, now))]);
    }
    applied += indexes.filter((i) => !problems.has(i)).length;
    for (const [index, message] of problems) {
      refused.set(index, message);
    }
  }
  return {
    applied,
    refused: [...refused]
      .sort(([a], [b]) => a - b)
      .map(([index, message]) => ({ field: `rules.${index}`, message })),
  };
}

/**
 * Accepts the merchant's choices from the suggestions, as proposed or corrected: maps the categories, sets the
 * attribute rules, then starts the download of Ozon's attributes for every mapped leaf that lacks them, so that
 * the next export finds them without another click. Each choice is checked alone; the ones refused are answered
 * with their field and why, and the rest is applied. Running it again with the same choices changes nothing.
 */
export async function acceptMappingSuggestions(
  store: StoreDb,
  jobs: JobQueue,
  request: AcceptedSuggestions,
  now: Date,
): Promise<AcceptSuggestionsResponse> {
  const categories = await setCategoryLeaves(store, request.categories, now);
  const rules = await applyRules(store, request.rules, now);
  const { uncached } = await attributeGaps(store, await mappedLeaves(store));
  const attributeJob =
    uncached.length === 0
      ? null
      : await jobs.enqueue(OZON_CATALOGUE_REFRESH_JOB, {
          tree: false,
          leaves: uncached.slice(0, LEAVES_PER_REFRESH),
        });
  return {
    mapped: categories.applied,
    rules: rules.applied,
    refused: [
      ...categories.refused.map((r) => ({ field: `categories.${r.index}`, message: r.message })),
      ...rules.refused,
    ],
    attributeJob: attributeJob && { jobId: attributeJob.id, existing: attributeJob.existing },
  };
}
