import { z } from 'zod';
import { attributeRuleSchema, valueSourceSchema } from './rules';

/*
 * /api/v1/catalog-mapping/suggestions: what the mapping still lacks, with a proposal for each, and the one request
 * that accepts many of them (as proposed or corrected).
 */

/** Why a leaf is proposed: the category's own name, its path, or its products' names. */
export const suggestionReasons = ['name', 'path', 'product names'] as const;
export const suggestionReasonSchema = z.enum(suggestionReasons);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

const leafSchema = z.object({ descriptionCategoryId: z.number(), typeId: z.number() });

export const leafSuggestionSchema = leafSchema.extend({
  name: z.string(),
  path: z.string(),
  /** 0..1: how sure the ranking is (independent reasons add up). */
  score: z.number(),
  /** Each reason with its own score and the store's text it rests on (a name, a path, a product's name). */
  why: z.array(z.object({ reason: suggestionReasonSchema, score: z.number(), text: z.string() })),
});
export type LeafSuggestion = z.infer<typeof leafSuggestionSchema>;

/** GET: every category that is not mapped (not even through a parent), in tree order, and every required
 * attribute of a mapped leaf that has no rule, each with its proposal (null when nothing fits). */
export const mappingSuggestionsSchema = z.object({
  /** The language of the category names shown (the admin's). */
  languageId: z.number(),
  categories: z.array(
    z.object({
      categoryId: z.number(),
      name: z.string(),
      path: z.string(),
      productsInTree: z.number(),
      suggestion: leafSuggestionSchema.nullable(),
    }),
  ),
  attributes: z.array(
    leafSchema.extend({
      leafName: z.string(),
      attributeId: z.number(),
      name: z.string(),
      suggestion: z.object({ source: valueSourceSchema, label: z.string(), score: z.number() }).nullable(),
    }),
  ),
  /** Mapped leaves whose Ozon attributes are not downloaded yet (accepting downloads them). */
  leavesWithoutAttributes: z.array(leafSchema.extend({ name: z.string() })),
});
export type MappingSuggestions = z.infer<typeof mappingSuggestionsSchema>;

const leafRef = { descriptionCategoryId: z.int().positive(), typeId: z.int().positive() };

/**
 * POST /accept: map categories and set attribute rules in one request, then download the attributes of every
 * mapped leaf that lacks them. Idempotent: the same request again changes nothing. Each choice stands alone: one
 * that cannot be applied is answered in `refused` and the others are applied.
 */
export const acceptSuggestionsRequestSchema = z.strictObject({
  categories: z
    .array(z.strictObject({ categoryId: z.int().positive(), ...leafRef }))
    .max(5000)
    .default([]),
  rules: z
    .array(z.strictObject({ ...leafRef, attributeId: z.int().positive(), rule: attributeRuleSchema }))
    .max(5000)
    .default([]),
});
export type AcceptSuggestionsRequest = z.input<typeof acceptSuggestionsRequestSchema>;
/** The request as parsed (lists defaulted). */
export type AcceptedSuggestions = z.output<typeof acceptSuggestionsRequestSchema>;

export const acceptSuggestionsResponseSchema = z.object({
  /** Categories mapped and rules set by this request. */
  mapped: z.number(),
  rules: z.number(),
  /** Choices not applied: `categories.<i>` or `rules.<i>`, and why. */
  refused: z.array(z.object({ field: z.string(), message: z.string() })),
  /** The download of the mapped leaves' attributes, when some lacked them. */
  attributeJob: z.object({ jobId: z.string(), existing: z.boolean() }).nullable(),
});
export type AcceptSuggestionsResponse = z.infer<typeof acceptSuggestionsResponseSchema>;
