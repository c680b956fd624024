import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { sectionSchema } from './essay/section-schema.ts';
import { claimSchema } from './claims/schema.ts';
import { sectionsLoader } from './loaders/sections-loader.ts';
import { claimsLoader } from './loaders/claims-loader.ts';

export const collections = {
  sections: defineCollection({ loader: sectionsLoader(), schema: sectionSchema }),
  claims: defineCollection({
    loader: claimsLoader(),
    // Essay order: sections in order, claims in the order their words appear.
    schema: claimSchema.extend({ order: z.number().int().nonnegative() }),
  }),
};
