import { getCollection, type CollectionEntry } from 'astro:content';

/** The tutorial this site presents: the collection entry whose part is the article's own. */
export async function getTutorial(): Promise<CollectionEntry<'tutorial'>> {
  const entries = await getCollection('tutorial');
  const entry = entries.find((e) => e.data.series.parts.some((p) => p.part === e.data.part));
  if (!entry) throw new Error('content/: no tutorial entry found');
  return entry;
}
