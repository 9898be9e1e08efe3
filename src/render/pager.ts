import { randomBytes } from 'node:crypto';
import { EPHEMERAL, type ActionRow, type Reply } from './payload.js';

interface Entry {
  userId: string;
  pages: Reply[];
  expires: number;
  report?: string;
}

/**
 * Remembers multi-page answers so their buttons can turn pages. Only the person who asked may press them, and they
 * stop working after `ttlMs`. Held in memory: a restart forgets them (pressing then says they expired).
 */
export class Pager {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The first page, with page buttons when there is more than one, and with `report` (a key for what was asked) a
   * "Report a problem" button on every page.
   */
  start(userId: string, pages: Reply[], report?: string): Reply {
    if (pages.length <= 1) return report ? { ...pages[0]!, components: [{ type: 1, components: [reportButton(report)] }] } : pages[0]!;
    const key = randomBytes(6).toString('hex');
    this.entries.set(key, { userId, pages, expires: this.now() + this.ttlMs, ...(report ? { report } : {}) });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return withButtons(pages[0]!, key, 0, pages.length, report);
  }

  /** The page a button asks for, or a private message saying why not. */
  turn(customId: string, userId: string): { page: Reply } | { refuse: Reply } {
    const m = customId.match(/^page:([0-9a-f]+):(\d+)$/);
    const entry = m ? this.entries.get(m[1]!) : undefined;
    const refuse = (content: string) => ({ refuse: { content, allowed_mentions: { parse: [] as [] }, flags: EPHEMERAL } });
    if (!m || !entry || entry.expires < this.now()) {
      if (m) this.entries.delete(m[1]!);
      return refuse('These buttons have expired. Run the command again.');
    }
    if (entry.userId !== userId) return refuse('Only the person who asked can turn these pages. Run the command yourself to get your own.');
    const index = Math.min(Number(m[2]), entry.pages.length - 1);
    return { page: withButtons(entry.pages[index]!, m[1]!, index, entry.pages.length, entry.report) };
  }

  static isPageButton(customId: string): boolean {
    return customId.startsWith('page:');
  }
}

/** The button that opens the report form; `report` names what was asked (see the adapter's feedback). */
export function reportButton(report: string): ActionRow['components'][number] {
  return { type: 2, style: 2, label: 'Report a problem', custom_id: `report:${report}` };
}

function withButtons(page: Reply, key: string, index: number, count: number, report?: string): Reply {
  const row: ActionRow = {
    type: 1,
    components: [
      { type: 2, style: 2, label: '◀ Previous', custom_id: `page:${key}:${Math.max(0, index - 1)}`, disabled: index === 0 },
      { type: 2, style: 2, label: `${index + 1} / ${count}`, custom_id: `page:${key}:${index}:at`, disabled: true },
      { type: 2, style: 2, label: 'Next ▶', custom_id: `page:${key}:${Math.min(count - 1, index + 1)}`, disabled: index === count - 1 },
      ...(report ? [reportButton(report)] : []),
    ],
  };
  return { ...page, components: [row] };
}
