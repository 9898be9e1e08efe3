import type { Article, DateSource, SourceArticle } from '../model.js';
import type { ArticleExtraction } from './article.js';

/**
 * An article extraction failed on (a fault of ours the text ran into): its file with nothing taken from it and a
 * warning that names it, so that one article never stops a build and the others still load.
 */
export function unextracted(source: SourceArticle, reference: { date: string | null; source: DateSource; from?: string }, err: unknown): ArticleExtraction {
  const article: Article = {
    id: source.id,
    file: source.file,
    title: source.meta.title ?? source.file,
    outlet: source.meta.outlet ?? null,
    origin: null,
    published: null,
    referenceDate: reference.date,
    referenceFrom: reference.from ?? null,
    dateSource: reference.source,
    url: source.meta.url ?? null,
    kind: source.meta.kind ?? 'unknown',
    labels: [],
    labelEvidence: [],
    sections: [],
    hash: source.hash,
  };
  const message = `could not be read, and nothing was taken from it (${err instanceof Error ? err.message : String(err)}); please report it`;
  return { article, people: [], quotes: [], events: [], facts: [], links: [], words: new Set(), warnings: [{ source: source.file, message }] };
}
