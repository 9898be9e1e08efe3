import { z } from 'zod';

/** What kind of page an article file is, as a whole. */
export const ArticleKind = z.enum(['news', 'blog', 'aggregator', 'translation', 'rewrite', 'unknown']);
export type ArticleKind = z.infer<typeof ArticleKind>;

/** Whether y-m-d is a day on the calendar (not 2022-02-30 or 2022-13-45). */
export function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads years 0-99 as 1900-1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => isRealDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'is not a day on the calendar');

/**
 * Metadata a moderator writes beside an article, in `<name>.meta.json` next to `<name>.txt`.
 * Every field is optional: what is missing is inferred from the text or left empty.
 */
export const ArticleMeta = z
  .object({
    title: z.string().min(1).max(500).optional(),
    /** Who published this page. */
    outlet: z.string().min(1).max(200).optional(),
    /** The outlet whose story this is, when the page copies, translates or republishes it. */
    origin: z.string().min(1).max(200).optional(),
    published: isoDay.optional(),
    /** Only http(s): a javascript: or data: link would be rendered as a link in Discord. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000).optional(),
    kind: ArticleKind.optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** A loaded, decoded article file: its text is never changed, every offset points into it. */
export interface SourceArticle {
  id: string;
  file: string;
  text: string;
  meta: ArticleMeta;
  hash: string;
}

export type SectionKind =
  | 'title'
  | 'dateline'
  | 'report'
  | 'opinion'
  | 'comments'
  | 'roundup'
  | 'heading'
  | 'byline'
  | 'credit'
  | 'furniture';

/** A run of the article's text with one role on the page. */
export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
}

/**
 * The label vocabulary for articles and their sections. report, opinion, reader-comments, link-roundup: what a
 * section is. translated: the page says it is a translation. machine-reworded: the odd phrase substitutions of a
 * rewording tool. misattribution-risk: it credits words to someone other articles do not, or to the person they speak of.
 */
export const LABELS = ['report', 'opinion', 'reader-comments', 'link-roundup', 'translated', 'machine-reworded', 'misattribution-risk'] as const;
export type Label = (typeof LABELS)[number];

/** Section kinds whose sentences are the article's own content. */
export const CONTENT_SECTIONS: ReadonlySet<SectionKind> = new Set(['report', 'opinion']);

export type DateSource = 'metadata' | 'dateline' | 'text' | 'corpus' | 'none';

export type Precision = 'day' | 'week' | 'month' | 'year';

export interface Warning {
  /** The file (or option, or variable) the problem comes from. */
  source: string;
  message: string;
}

export type PersonType = 'person' | 'organisation';

export interface Person {
  id: string;
  name: string;
  type: PersonType;
  aliases: string[];
  roles: string[];
  articleIds: string[];
}

export interface Quote {
  id: string;
  articleId: string;
  text: string;
  speakerId: string | null;
  speaker: string | null;
  /** The words in the text that tell who spoke ("he said", "according to", …), or how it was inferred. */
  cue: string | null;
  /** How the speaker was found: a cue after the quote, before it, the quote before it, or the passage. */
  method: 'after' | 'before' | 'according' | 'continuation' | 'context' | 'sentence' | 'turn' | 'headline' | null;
  fragment: boolean;
  /**
   * The sentence the quote stands in, when it says more than the quote (clipped to about 300 characters around it):
   * what a two-word quote is about ("Lavrov accused NATO of “working against” Russia"). Searched with the quote.
   */
  context: string | null;
  section: SectionKind;
  start: number;
  end: number;
  /** The cluster of the same statement across articles (set by the refine stage). */
  clusterId: string | null;
  /** Warnings about this quote: "conflicting-speaker", "third-person", "reworded-copy". */
  flags: string[];
}

export interface TimelineEvent {
  id: string;
  articleId: string;
  date: string;
  precision: Precision;
  /** The date expression as written ("on Thursday", "next week"). */
  phrase: string;
  relation: 'on' | 'by' | 'through' | 'since';
  text: string;
  start: number;
  end: number;
  clusterId: string | null;
}

export interface NumberMention {
  text: string;
  /** The value as understood; for a vague amount ("tens of thousands") the lower bound. */
  value: number;
  approximate: boolean;
  unit: string | null;
  start: number;
  end: number;
}

export interface Fact {
  id: string;
  articleId: string;
  text: string;
  numbers: NumberMention[];
  start: number;
  end: number;
  clusterId: string | null;
}

/** A conflict inside a cluster: who the articles say spoke, and where. */
export interface Conflict {
  /** speaker: the same words credited to different people; third-person: a quote that speaks of its own speaker. */
  kind: 'speaker' | 'third-person';
  speakers: string[];
  /** Each side: a quote and who it is credited to, or (third-person) a sentence of another article with the same words. */
  sources: { articleId: string; quoteId: string | null; factId?: string; speakerId: string | null; text?: string }[];
}

/** The same statement, fact or event across articles. */
export interface Cluster {
  id: string;
  kind: 'quote' | 'fact' | 'event';
  memberIds: string[];
  articleIds: string[];
  /** How many of those articles are independent of each other (copies, rewordings and one page count once). */
  independent: number;
  outlets: string[];
  /** Members worded differently from the first one, with how alike they are (0 to 1). */
  variants: { id: string; text: string; similarity: number }[];
  conflict: Conflict | null;
}

/** One amount (troops, warships, minutes) as the articles give it: agreeing or not. */
export interface NumberComparison {
  unit: string;
  /** "scheduled" for a planned amount ("scheduled to last two hours"), else "reported". */
  qualifier: 'reported' | 'scheduled';
  values: { value: number; approximate: boolean; texts: string[]; articleIds: string[]; factIds: string[] }[];
  agree: boolean;
}

/** Why an article or section got a label: the words or facts that set it. */
export interface LabelEvidence {
  label: Label;
  evidence: string[];
}

export interface Link {
  articleId: string;
  outlet: string;
  title: string | null;
  url: string | null;
  /** self: the article's own page; cited: named in the text; roundup: a headline list; credit: an agency credit line. */
  kind: 'self' | 'origin' | 'cited' | 'roundup' | 'credit';
  start: number | null;
  end: number | null;
}

export interface Article {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  origin: string | null;
  published: string | null;
  /** The day relative dates in this article are resolved against, and where it came from. */
  referenceDate: string | null;
  /** The article whose date `referenceDate` is, when it was borrowed from one on the same story (dateSource corpus). */
  referenceFrom: string | null;
  dateSource: DateSource;
  url: string | null;
  kind: ArticleKind;
  labels: Label[];
  labelEvidence: LabelEvidence[];
  sections: Section[];
  hash: string;
}
