import { parseArgs } from 'node:util';
import { Pager } from '../render/pager.js';
import { EPHEMERAL } from '../render/payload.js';
import { FeedbackLog } from '../feedback.js';
import { boot } from './boot.js';
import { replyToText, runTyped } from '../dispatch/runner.js';

// `npm run ask -- [--json] "/quote lavrov"`: answers one command and exits; --json prints the exact payload.
const USAGE = 'usage: npm run ask -- [--json] "/quote lavrov"\n  --json  print the exact payload the bot would send\n';
let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { json: { type: 'boolean' }; help: { type: 'boolean'; short: 'h' } } }>>;
try {
  parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
} catch (err) {
  process.stderr.write(`ask: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const line = positionals.join(' ').trim();
if (!line) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const { config, store } = await boot();
const answer = await runTyped(line, { kb: store.kb, store, feedback: new FeedbackLog(config.STATE_DIR) }, { userId: 'console', isModerator: true });
if (answer) {
  if (values.json) process.stdout.write(`${JSON.stringify(new Pager().start('console', answer.pages), null, 2)}\n`);
  else process.stdout.write(`${answer.pages.map(replyToText).join('\n\n')}\n`);
  if (answer.pages[0]!.flags === EPHEMERAL) process.exitCode = 1;
}
await store.close();
