import { createInterface } from 'node:readline';
import type { CommandContext } from '../../commands/types.js';
import type { KnowledgeStore } from '../refresh/store.js';
import type { FeedbackLog } from '../feedback.js';
import { replyToText, runTyped } from '../dispatch/runner.js';

const HELP = 'Type a slash command as in Discord: /ask what did lavrov say about nato?, /quote lavrov, /quote speaker:"Sergey Lavrov" about:troops, /timeline, /fact troops, /who blinken, /sources, /about, /check text:"…", /refresh. /quit to leave.';

/** The console that answers the same slash commands as the bot, for use without Discord. */
export async function runConsole(store: KnowledgeStore, input = process.stdin, output = process.stdout, feedback?: FeedbackLog): Promise<void> {
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false, prompt: 'parley> ' });
  output.write(`parley console: ${store.kb.articles.length} articles, ${store.kb.quotes.length} quotes. ${HELP}\n`);
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (/^\/?(?:quit|exit)$/i.test(trimmed)) break;
    if (/^\/?help$/i.test(trimmed)) output.write(`${HELP}\n`);
    else if (trimmed) {
      const ctx: CommandContext = { kb: store.kb, store, ...(feedback ? { feedback } : {}) };
      try {
        const answer = await runTyped(trimmed, ctx, { userId: 'console', isModerator: true });
        if (answer) {
          answer.pages.forEach((p, i) => {
            if (answer.pages.length > 1) output.write(`--- page ${i + 1} of ${answer.pages.length} ---\n`);
            output.write(`${replyToText(p)}\n`);
          });
        }
      } catch (err) {
        output.write(`Something went wrong: ${(err as Error).message}\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
