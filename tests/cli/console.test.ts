import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseTyped } from '../../src/dispatch/parse.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, SEEDS_DIR: 'seeds' };

function consoleSession(input: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['src/cli/start.ts'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('npm start without a token', () => {
  it('opens a console that answers the same slash commands as text', async () => {
    const { code, out } = await consoleSession('/quote lavrov\n/who "Dmitry Peskov"\n/nonsense\n/quit\n');
    expect(code).toBe(0);
    expect(out).toMatch(/^parley console: 5 articles, 72 quotes\./);
    expect(out).toContain('## What Sergey Lavrov said');
    expect(out).toContain('> “never threatened the Ukrainian people”');
    expect(out).toContain('--- page 2 of 3 ---');
    expect(out).toContain('Roles: Kremlin spokesman');
    expect(out).toContain('There is no /nonsense. Commands: /ask, /quote, /timeline, /fact, /sources, /who, /about, /check, /refresh, /article, /feedback.');
  }, 30_000);

  it('stops with one line naming the variable when a setting is bad', async () => {
    const run = promisify(execFile);
    const err = await run(TSX, ['src/cli/start.ts'], { cwd: ROOT, env: { ...env, DISCORD_GUILD_ID: 'nope' } }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toBe('parley: DISCORD_GUILD_ID must be a Discord ID (17 to 20 digits)\n');
  }, 30_000);
});

describe('npm run ask', () => {
  it('--json prints the exact payload the bot would send', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(TSX, ['src/cli/ask.ts', '--json', '/quote speaker:lavrov source:002'], { cwd: ROOT, env });
    const payload = JSON.parse(stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0].title).toBe('What Sergey Lavrov said');
    expect(payload.embeds[0].footer.text).toBe('3 quotes in 002');
    expect(payload.components).toBeUndefined();
  }, 30_000);

  it('--help prints the usage and exits 0; an unknown option is one line and exit 2', async () => {
    const run = promisify(execFile);
    const help = await run(TSX, ['src/cli/ask.ts', '--help'], { cwd: ROOT, env });
    expect(help.stdout).toBe('usage: npm run ask -- [--json] "/quote lavrov"\n  --json  print the exact payload the bot would send\n');
    const bad = await run(TSX, ['src/cli/ask.ts', '--nope'], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(/^ask: Unknown option '--nope'/);
    expect((bad as { stderr: string }).stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('parseTyped', () => {
  const opts = (n: string) => (n === 'quote' ? ['speaker', 'about', 'source'] : undefined);
  it('reads name:value options, quotes for spaces, and bare words into the first option', () => {
    expect(parseTyped('/quote lavrov', opts)).toEqual({ name: 'quote', options: { speaker: 'lavrov' } });
    expect(parseTyped('/quote Sergey Lavrov about:troops', opts)).toEqual({ name: 'quote', options: { speaker: 'Sergey Lavrov', about: 'troops' } });
    expect(parseTyped('quote speaker:"Sergey Lavrov" about:\'red lines\'', opts)).toEqual({ name: 'quote', options: { speaker: 'Sergey Lavrov', about: 'red lines' } });
    expect(parseTyped('   ', opts)).toBeNull();
  });
});
