import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isFurniture } from './furniture.js';

/** What a web page gives as an article: its body's text in paragraphs, and what the page says about itself. */
export interface PageArticle {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD, from article:published_time, JSON-LD datePublished or a <time datetime>. */
  published: string | null;
  /** The canonical URL, when the page names one. */
  canonical: string | null;
}

/** The least text a page must give to be an article. */
const MIN_ARTICLE_CHARS = 140;

/** Block elements whose end is a paragraph break in the text. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'DL', 'DT', 'DD']);

/**
 * Reads an HTML page the way a reader view does (Mozilla's Readability over linkedom's DOM, no browser) and returns
 * its article, or null when the page has none. The text keeps the page's words and paragraphs; nothing is rewritten.
 */
export function readPage(html: string, url?: string): PageArticle | null {
  const { document } = parseHTML(html);
  const meta = pageMeta(document, url);
  // Readability changes the document it reads: it reads its own.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  // Furniture Readability keeps (share lines, credits, "Read more", ad markers) goes, by our own line rules.
  const text = blockText(body.body as unknown as Element)
    .split('\n\n')
    .filter((b) => !isFurniture(b))
    .join('\n\n');
  // A page of links or a teaser is no article: some prose, with a sentence in it.
  if (text.length < MIN_ARTICLE_CHARS || !/[.!?]["”’)]?(?:\s|$)|[。！？]/.test(text)) return null;
  return {
    text,
    title: meta.title ?? clean(document.querySelector('h1')?.textContent) ?? clean(article.title),
    byline: clean(article.byline),
    siteName: clean(article.siteName) ?? meta.siteName,
    published: meta.published ?? isoDay(article.publishedTime),
    canonical: meta.canonical,
  };
}

/** The visible text of an element, a blank line between blocks, runs of white space inside a block made one space. */
function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT') return;
    if (el.tagName === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function pageMeta(document: Document, url?: string): { title: string | null; siteName: string | null; published: string | null; canonical: string | null } {
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  let published =
    isoDay(attr('meta[property="article:published_time"]', 'content')) ??
    isoDay(attr('meta[name="pubdate"]', 'content')) ??
    isoDay(attr('meta[itemprop="datePublished"]', 'content'));
  if (!published) {
    for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
      const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
      if ((published = isoDay(found?.[1] ?? null))) break;
    }
  }
  published ??= isoDay(attr('time[datetime]', 'datetime'));
  const canonical = attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]', 'content');
  return {
    title: clean(attr('meta[property="og:title"]', 'content')),
    siteName: clean(attr('meta[property="og:site_name"]', 'content')),
    published,
    canonical: canonical ? absolute(canonical, url) : null,
  };
}

function absolute(href: string, base?: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The day of an ISO date-time ("2022-01-21T13:25:58Z" → 2022-01-21), only when it is one. */
function isoDay(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? m[0] : null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
