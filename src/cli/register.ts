import { REST, Routes } from 'discord.js';
import { registerCommands } from '../discord/register.js';
import { boot } from './boot.js';

// `npm run register`: registers the slash commands now, whether or not they changed.
const { config } = await boot();
if (!config.DISCORD_TOKEN) {
  process.stderr.write('parley: DISCORD_TOKEN is not set; registration needs the bot token (see .env.example)\n');
  process.exit(1);
}
const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
const appId = config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
await registerCommands(rest, { appId, guildId: config.DISCORD_GUILD_ID, stateDir: config.STATE_DIR, force: true });
process.stdout.write(`registered ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}\n`);
