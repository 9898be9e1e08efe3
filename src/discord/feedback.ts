import { randomBytes } from 'node:crypto';
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { type FeedbackLog, REPORT_TEXT_MAX } from '../feedback.js';
import type { KnowledgeBase } from '../kb/build.js';
import { EPHEMERAL, type Reply } from '../render/payload.js';

interface Asked {
  command: string;
  options: Record<string, string | undefined>;
  expires: number;
}

const REASON = 'reason';
const clipText = (s: string | null | undefined) => (s ? s.slice(0, REPORT_TEXT_MAX) : null);
const privately = (content: string): Reply => ({ content, allowed_mentions: { parse: [] }, flags: EPHEMERAL });

/**
 * "Report a problem": remembers what each answer was asked (a day, in memory), opens the form when its button is
 * pressed, and appends the report to the feedback log. After a restart the command is forgotten but a report is
 * still taken, with what the message showed.
 */
export class ReportDesk {
  private asked = new Map<string, Asked>();

  constructor(
    private readonly log: FeedbackLog,
    private readonly ttlMs = 24 * 3600_000,
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A key for an answer's report button. */
  remember(command: string, options: Record<string, string | undefined>): string {
    const key = randomBytes(6).toString('hex');
    this.asked.set(key, { command, options, expires: this.now() + this.ttlMs });
    while (this.asked.size > this.maxEntries) this.asked.delete(this.asked.keys().next().value!);
    return key;
  }

  static isReportButton(customId: string): boolean {
    return /^report:[0-9a-f]{12}$/.test(customId);
  }

  /** Opens the form; its id carries the answer's key to the submission. */
  async open(i: ButtonInteraction): Promise<void> {
    await i.showModal({
      custom_id: i.customId,
      title: 'Report a problem',
      components: [
        {
          type: 1,
          components: [
            {
              type: 4,
              custom_id: REASON,
              label: 'What is wrong with this answer?',
              style: 2,
              min_length: 3,
              max_length: REPORT_TEXT_MAX,
              required: true,
              placeholder: 'A wrong speaker, a wrong date, a missing article…',
            },
          ],
        },
      ],
    });
  }

  /** Appends the report (synced to disk); the private thanks to send back. */
  async submit(i: ModalSubmitInteraction, kb: KnowledgeBase): Promise<Reply> {
    const key = i.customId.slice('report:'.length);
    const asked = this.asked.get(key);
    const live = asked && asked.expires >= this.now() ? asked : undefined;
    const embed = i.message?.embeds[0];
    await this.log.append({
      at: new Date(this.now()).toISOString(),
      userId: i.user.id,
      command: live?.command ?? null,
      options: live?.options ?? null,
      shown: { title: clipText(embed?.title), text: clipText(embed?.description ?? i.message?.content) },
      kb: { builtAt: kb.builtAt, articles: kb.articles.length },
      reason: clipText(i.fields.getTextInputValue(REASON).trim()) ?? '',
    });
    return privately('Thank you: your report is saved for the moderators.');
  }
}
