import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedsCopy } from '../helpers.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

async function kb(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/kb.ts', ...args], { cwd: ROOT, env: { ...process.env, SEEDS_DIR: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run kb', () => {
  it('export prints the whole knowledge base as JSON on stdout', async () => {
    const { code, stdout, stderr } = await kb('export');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out.articles).toHaveLength(5);
    expect(out.quotes.find((q: { text: string }) => q.text.startsWith('This is a critical moment')).speaker).toBe('Antony Blinken');
  });

  it('stats prints counts per article and kind', async () => {
    const { code, stdout } = await kb('stats', '--seeds', 'seeds');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^article\s+kind\s+date\s+quotes\s+attributed/);
    expect(stdout).toMatch(/002_009f55bc5ade4031\s+translation\s+2022-01-21\s+7\s+7/);
  });

  it('puts a bad file\'s warning on stderr and still exports the rest', async () => {
    const dir = await seedsCopy();
    try {
      await writeFile(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      const { code, stdout, stderr } = await kb('export', '--seeds', dir);
      expect(code).toBe(0);
      expect(stderr).toBe(`warning: ${path.join(dir, 'broken.txt')}: the file is binary (it contains NUL bytes); skipped\n`);
      expect(JSON.parse(stdout).articles).toHaveLength(5);
      expect(JSON.parse(stdout).warnings).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero with one clear line and no stack for a missing or empty folder', async () => {
    const missing = await kb('export', '--seeds', '/nonexistent/seeds');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('kb: /nonexistent/seeds: seeds folder not found\n');
    const empty = await mkdtemp(path.join(tmpdir(), 'parley-none-'));
    const none = await kb('stats', '--seeds', empty);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    await rm(empty, { recursive: true, force: true });
  });

  it('answers an unknown command with the usage and exit code 2', async () => {
    const { code, stderr } = await kb('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });
});
