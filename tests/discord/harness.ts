import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedsCopy } from '../helpers.js';
import { BOT_ID, DiscordStandIn, GUILD_ID, type Recorded } from './standin.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const TOKEN = `${Buffer.from(BOT_ID).toString('base64')}.standin.${'x'.repeat(38)}`;
export const MOD_ROLE = '900000000000000020';
export const ASKER = '900000000000000010';

// biome-ignore lint/suspicious/noExplicitAny: a callback's data is read field by field in the assertions.
export type Callback = { type: number; data: Record<string, any> };

/** The real bot, as a child process, logged in to a fresh stand-in of Discord with its own copy of the seeds. */
export interface Running {
  discord: DiscordStandIn;
  bot: ChildProcess;
  seeds: string;
  /** The bot's STATE_DIR (command hash, feedback). */
  state: string;
  logs(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `prepare` runs on the stand-in before the bot starts (to plant faults); `ready: false` returns without waiting for the commands. */
export async function startBot(options: { prepare?: (discord: DiscordStandIn) => void; ready?: boolean } = {}): Promise<Running> {
  const discord = new DiscordStandIn([MOD_ROLE]);
  await discord.start();
  options.prepare?.(discord);
  const seeds = await seedsCopy();
  const state = await mkdtemp(path.join(tmpdir(), 'parley-state-'));
  let logs = '';
  const bot = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: GUILD_ID,
      MODERATOR_ROLE_ID: MOD_ROLE,
      SEEDS_DIR: seeds,
      STATE_DIR: state,
      LOG_LEVEL: 'info',
      // The stand-in and its attachments are on 127.0.0.1, which links from chat may not otherwise reach.
      ALLOW_PRIVATE_URLS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout!.on('data', (d) => (logs += d));
  bot.stderr!.on('data', (d) => (logs += d));
  const exited = new Promise<number | null>((r) => bot.once('exit', (code) => r(code)));
  if (options.ready !== false) await discord.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/commands'), 30_000);
  return {
    discord,
    bot,
    seeds,
    state,
    logs: () => logs,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (bot.exitCode === null) bot.kill(signal);
      const code = await exited;
      await discord.stop();
      await rm(seeds, { recursive: true, force: true });
      await rm(state, { recursive: true, force: true });
      return code;
    },
  };
}

export const callbackOf = (id: string, token: string) => (r: Recorded) => r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`;

/** Sends a chat command and waits for the bot's answer to reach the stand-in. */
export async function chat(discord: DiscordStandIn, name: string, options: Record<string, string> = {}, extra: { roles?: string[]; timeoutMs?: number } = {}) {
  const { id, token } = discord.interact({
    type: 2,
    roles: extra.roles,
    data: { id: '940000000000000001', name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  });
  const cb = await discord.waitFor(callbackOf(id, token), extra.timeoutMs ?? 10_000);
  return { id, token, body: cb.body as Callback, all: () => discord.requests.filter(callbackOf(id, token)) };
}

/** Polls until a condition holds (or the time is up, which fails the test with the condition's name). */
export async function until(what: string, cond: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
