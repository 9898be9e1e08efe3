import type { Article, Precision } from '../model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date at its own precision: "20 January 2022", "week of 24 January 2022", "June 2021", "2014". */
export function formatDate(date: string, precision: Precision): string {
  if (precision === 'year') return date;
  if (precision === 'month') {
    const [y, m] = date.split('-');
    return `${MONTHS[Number(m) - 1]} ${y}`;
  }
  if (precision === 'week') {
    const monday = mondayOfIsoWeek(date);
    return `week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`;
  }
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function mondayOfIsoWeek(week: string): Date {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (w - 1) * 7);
  return monday;
}

/** The first day a date at its precision covers, as YYYY-MM-DD, for sorting and ranges. */
export function periodStart(date: string, precision: Precision): string {
  if (precision === 'year') return `${date}-01-01`;
  if (precision === 'month') return `${date}-01`;
  if (precision === 'week') return mondayOfIsoWeek(date).toISOString().slice(0, 10);
  return date;
}

/** The last day a date at its precision covers. */
export function periodEnd(date: string, precision: Precision): string {
  if (precision === 'year') return `${date}-12-31`;
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (precision === 'week') {
    const d = mondayOfIsoWeek(date);
    d.setUTCDate(d.getUTCDate() + 6);
    return d.toISOString().slice(0, 10);
  }
  return date;
}

/** Escapes Discord markdown so article text shows as written, and breaks mentions so none can ping. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`)
    // Headings, quotes and lists only start a line: escape those marks there and nowhere else.
    .replace(/^(\s*)([#>-]|\d+\.)/gm, (_m, sp: string, mark: string) => `${sp}\\${mark}`)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    // Every <…> Discord reads as syntax: mentions <@1>, channels, emoji, </command:1>, <t:1:R>, <https://…>.
    .replace(/<(?=\S)/g, '<\u200b');
}

/** The first `max` UTF-16 units of a text, one fewer when the cut would split a surrogate pair (an emoji). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Cuts text to a length, at a word where it can, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = clip(text, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Removes control and zero-width characters from what a user typed, and trims it. */
export function cleanInput(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '').trim();
}

/** A URL as a markdown link target: brackets, parentheses and spaces encoded, so it cannot close the link early. */
function linkTarget(url: string): string {
  return url.replace(/[()[\]<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** How an answer names its article: title, outlet and date, with the link when there is one. */
export function citation(a: Article): string {
  const title = escapeMarkdown(truncate(a.title ?? `untitled (${a.id.slice(0, 3)})`, 120));
  const who = [a.outlet, a.origin && a.origin !== a.outlet ? `from ${a.origin}` : null].filter(Boolean).join(', ');
  const date = a.published ? formatDate(a.published, 'day') : a.referenceDate ? `undated (about ${formatDate(a.referenceDate, 'day')})` : 'undated';
  const named = a.url ? `[${title}](${linkTarget(a.url)})` : `*${title}*`;
  return `${named}${who ? ` — ${escapeMarkdown(who)}` : ''}, ${date} \`${a.id.slice(0, 3)}\``;
}
