import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ConfigSchema, loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-part.abcdefghijklmnopqrstuvwxyz0123456789';

describe('loadConfig', () => {
  it('gives the defaults with nothing set, and treats empty values as unset', () => {
    expect(loadConfig({ DISCORD_GUILD_ID: '' })).toEqual({ SEEDS_DIR: 'seeds', DISCORD_API_URL: 'https://discord.com/api', LOG_LEVEL: 'info', STATE_DIR: '.parley', REFRESH_TIMEOUT_S: 600 });
    expect(loadConfig({ REFRESH_TIMEOUT_S: '90' }).REFRESH_TIMEOUT_S).toBe(90);
  });

  it.each([
    [{ DISCORD_GUILD_ID: 'my-server' }, 'DISCORD_GUILD_ID must be a Discord ID (17 to 20 digits)'],
    [{ MODERATOR_ROLE_ID: '12' }, 'MODERATOR_ROLE_ID must be a Discord ID (17 to 20 digits)'],
    [{ DISCORD_API_URL: 'localhost:3000' }, 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: '],
    [{ REFRESH_TIMEOUT_S: '10m' }, 'REFRESH_TIMEOUT_S must be a whole number of seconds (1 to 999999)'],
    [{ REFRESH_TIMEOUT_S: '0' }, 'REFRESH_TIMEOUT_S must be a whole number of seconds (1 to 999999)'],
  ])('stops on a bad value with one line naming the variable: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never puts the token in its message', () => {
    const short = 'abc.def';
    try {
      loadConfig({ DISCORD_TOKEN: short });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toBe('DISCORD_TOKEN looks too short to be a bot token');
      expect((err as Error).message).not.toContain(short);
    }
  });
});

describe('the documented settings', () => {
  it('are every variable the bot reads: each is in .env.example and in the README', async () => {
    const [example, readme] = await Promise.all(['.env.example', 'README.md'].map((f) => readFile(path.join(ROOT, f), 'utf8')));
    for (const key of Object.keys(ConfigSchema.shape)) {
      expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
      expect(readme).toContain(`| \`${key}\` |`);
    }
  });
});

describe('createLogger', () => {
  it('writes one JSON line per event and replaces the token wherever it appears', () => {
    const lines: string[] = [];
    const log = createLogger('info', [TOKEN], (s) => void lines.push(s));
    log.debug('hidden');
    log.error('failed', { url: `https://x/?t=${TOKEN}`, error: new Error(`bad token ${TOKEN}`) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', msg: 'failed', url: 'https://x/?t=[secret]' });
  });
});
