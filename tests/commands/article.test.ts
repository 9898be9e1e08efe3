import { readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, CommandContext } from '../../commands/types.js';
import { runCommand } from '../../src/dispatch/runner.js';
import { loadSeeds } from '../../src/ingest/load.js';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { seedsCopy } from '../helpers.js';

/** A page written for this test, served from 127.0.0.1. */
const PAGE = `<!doctype html><html><head><title>Port strike | Harbour News</title><meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2024-05-02T09:40:00Z"></head><body><article><h1>Dock workers strike in Rotterdam</h1>
<p>Dock workers in Rotterdam walked out on Thursday over pay, halting container traffic at the Europoort terminals for the first time in a decade.</p>
<p>"We have waited long enough," union leader Anja de Vries told reporters outside the gates. "The companies know what we want."</p></article></body></html>`;

const moderator: Caller = { userId: '1', isModerator: true };
const member: Caller = { userId: '2', isModerator: false };
let server: Server;
let base: string;
let dir: string;
let ctx: CommandContext;
const allowed = process.env.ALLOW_PRIVATE_URLS;

beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = '1';
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = await seedsCopy();
  const { articles } = await loadSeeds(dir);
  const store = new KnowledgeStore(buildKnowledgeBase(articles), dir);
  ctx = { get kb() { return store.kb; }, store };
});
afterAll(async () => {
  if (allowed === undefined) delete process.env.ALLOW_PRIVATE_URLS;
  else process.env.ALLOW_PRIVATE_URLS = allowed;
  await new Promise<void>((r) => server.close(() => r()));
  await rm(dir, { recursive: true, force: true });
});

const embed = (a: Awaited<ReturnType<typeof runCommand>>) => a.pages[0]!.embeds?.[0];

describe('/article', () => {
  it('refuses a member, privately, and changes nothing', async () => {
    const a = await runCommand('article', { subcommand: 'add', url: `${base}/strike` }, ctx, member);
    expect(a.pages[0]!.content).toBe('Only moderators (Manage Server, or the moderator role) can add or remove articles.');
    expect(a.pages[0]!.flags).toBe(64);
    expect((await readdir(dir)).filter((f) => f.startsWith('dock'))).toEqual([]);
  });

  it('adds a page by link for a moderator, says what it brought, and /quote answers from it at once', async () => {
    const a = await runCommand('article', { subcommand: 'add', url: `${base}/strike` }, ctx, moderator);
    const e = embed(a)!;
    expect(e.title).toBe('Article added');
    expect(e.description).toBe(`[Dock workers strike in Rotterdam](${base}/strike) — Harbour News, 2 May 2024 \`doc\`\n2 quotes: Anja de Vries (2)\nnew people: Anja de Vries\n1 dated event`);
    const q = await runCommand('quote', { speaker: 'de vries' }, ctx, member);
    expect(embed(q)!.title).toBe('What Anja de Vries said');
    const again = await runCommand('article', { subcommand: 'add', url: `${base}/strike-again` }, ctx, moderator);
    expect(again.pages[0]!.content).toMatch(/^Nothing changed: already have it as dock-workers-strike-in-rotterdam-[0-9a-f]{8}\.$/);
  });

  it('sets an article aside in .removed and brings it back, never deleting a file', async () => {
    const id = ctx.kb.articles.find((a) => a.id.startsWith('dock-workers'))!.id;
    const removed = await runCommand('article', { subcommand: 'remove', article: id }, ctx, moderator);
    expect(embed(removed)!.title).toBe('Article removed');
    expect(ctx.kb.articles.some((a) => a.id === id)).toBe(false);
    expect((await readdir(path.join(dir, '.removed'))).sort()).toEqual([`${id}.meta.json`, `${id}.txt`]);
    const restored = await runCommand('article', { subcommand: 'restore', article: id }, ctx, moderator);
    expect(embed(restored)!.title).toBe('Article restored');
    expect(ctx.kb.articles.some((a) => a.id === id)).toBe(true);
    const missing = await runCommand('article', { subcommand: 'remove', article: 'no-such-article' }, ctx, moderator);
    expect(missing.pages[0]!.content).toBe('Nothing changed: no article no-such-article in the seeds folder.');
  });

  it('refuses a link that is not http(s), by name', async () => {
    const a = await runCommand('article', { subcommand: 'add', url: 'file:///etc/passwd' }, ctx, moderator);
    expect(a.pages[0]!.content).toBe('`url`: only http and https links can be added.');
  });
});
