import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** One part of the series. Only addresses that exist are allowed: no link to nowhere. */
const seriesPart = z.object({
  part: z.number().int().min(1),
  title: z.string().min(1),
  /** The part's original article on the author's blog. */
  original: z.string().url().optional(),
});

const tutorial = defineCollection({
  // content/in-practice/ is a page's prose (imported by src/pages/in-practice.astro), not a tutorial part.
  loader: glob({ pattern: 'tutorial/**/*.mdx', base: './content' }),
  schema: z
    .object({
      title: z.string().min(1),
      description: z.string().min(1),
      /** Which part of the series this article is (1-based). */
      part: z.number().int().min(1),
      /** When this retelling was written. */
      date: z.coerce.date(),
      series: z.object({
        name: z.string().min(1),
        parts: z.array(seriesPart).min(1),
      }),
      credit: z.object({
        author: z.string().min(1),
        /** Publication date of the original article. */
        published: z.coerce.date(),
        originalUrl: z.string().url(),
        repoUrl: z.string().url(),
      }),
    })
    .refine((d) => d.series.parts.some((p) => p.part === d.part), {
      message: 'series.parts must list this article itself',
      path: ['series', 'parts'],
    }),
});

export const collections = { tutorial };
