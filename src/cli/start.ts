import { boot } from './boot.js';
import { runConsole } from './console.js';
import { FeedbackLog } from '../feedback.js';

// `npm start`: the Discord bot when DISCORD_TOKEN is set, else a console that answers the same commands.
const { config, store } = await boot();
if (config.DISCORD_TOKEN) {
  const { startBot } = await import('../discord/bot.js');
  await startBot(config, store);
} else {
  await runConsole(store, process.stdin, process.stdout, new FeedbackLog(config.STATE_DIR));
  await store.close();
}
