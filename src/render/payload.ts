/** The shapes of a Discord message payload that parley sends (a subset of Discord's API objects). */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}
export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}
export interface Button {
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
  disabled?: boolean;
}
export interface ActionRow {
  type: 1;
  components: Button[];
}
export interface Reply {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowed_mentions: { parse: [] };
  /** 64: only the person who asked sees it. */
  flags?: number;
}

export const EPHEMERAL = 64;
export const COLOR = 0x3b6ea5;
export const WARN_COLOR = 0xd9822b;

/** Discord's limits on embeds and messages. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
} as const;

function cut(text: string, max: number, note = '…'): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - note.length).replace(/\s+\S*$/, '')}${note}`;
}

/** Holds an embed inside Discord's limits, cutting cleanly and saying so. */
export function fitEmbed(embed: Embed): Embed {
  const out: Embed = { ...embed };
  if (out.title) out.title = cut(out.title, LIMITS.title);
  if (out.description) out.description = cut(out.description, LIMITS.description, '\n… (cut to fit Discord)');
  if (out.footer) out.footer = { text: cut(out.footer.text, LIMITS.footer) };
  if (out.fields) {
    const dropped = Math.max(0, out.fields.length - LIMITS.fields);
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({ ...f, name: cut(f.name, LIMITS.fieldName), value: cut(f.value, LIMITS.fieldValue) }));
    if (dropped) out.fields[LIMITS.fields - 1] = { name: 'More', value: `${dropped + 1} more not shown` };
  }
  // The whole embed must stay under 6000 characters: drop fields from the end, then shorten the description.
  const size = (e: Embed) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  while (size(out) > LIMITS.embedTotal && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  if (size(out) > LIMITS.embedTotal && out.description) {
    out.description = cut(out.description, out.description.length - (size(out) - LIMITS.embedTotal), '\n… (cut to fit Discord)');
  }
  return out;
}

export function reply(embed: Embed, extra: Partial<Reply> = {}): Reply {
  return { embeds: [fitEmbed({ color: COLOR, ...embed })], allowed_mentions: { parse: [] }, ...extra };
}

export function userErrorReply(message: string): Reply {
  // allowed_mentions already stops pings; breaking the mention text too keeps it from even looking like one.
  const safe = message.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#&!:])/g, '<\u200b$1');
  return { content: safe.slice(0, LIMITS.content), allowed_mentions: { parse: [] }, flags: EPHEMERAL };
}

/**
 * Splits items into pages that each fit one embed description. A page never splits an item; an item too long for
 * a page on its own is cut.
 */
export function paginate(items: string[], perPage: number, room = LIMITS.description - 200): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const raw of items) {
    const item = cut(raw, room);
    if (page.length && (page.length >= perPage || size + item.length + 2 > room)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(item);
    size += item.length + 2;
  }
  if (page.length) pages.push(page);
  return pages;
}
