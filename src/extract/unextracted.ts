import type { SourceArticle } from '../model.js';
import { articleRecord, type ArticleExtraction, type Reference } from './article.js';

/**
 * An article extraction failed on (a fault of ours the text ran into): its file with nothing taken from it and a
 * warning that names it, so that one article never stops a build and the others still load.
 */
export function unextracted(source: SourceArticle, reference: Reference, err: unknown): ArticleExtraction {
  const article = articleRecord(source, reference, { title: source.meta.title ?? source.file, origin: null, published: null, labelEvidence: [], sections: [] });
  const message = `could not be read, and nothing was taken from it (${err instanceof Error ? err.message : String(err)}); please report it`;
  return { article, people: [], quotes: [], events: [], facts: [], links: [], words: new Set(), warnings: [{ source: source.file, message }] };
}
