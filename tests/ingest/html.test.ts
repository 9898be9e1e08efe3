import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle } from '../../src/ingest/addArticle.js';
import { fetchPage } from '../../src/ingest/fetchPage.js';
import { readPage } from '../../src/ingest/html.js';
import { parseMeta } from '../../src/ingest/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpora/article-extraction');
const PAGE_ID = '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856';
const realPage = () => gunzipSync(readFileSync(path.join(CORPUS, 'html', `${PAGE_ID}.html.gz`))).toString('utf8');
const truth = () => (JSON.parse(readFileSync(path.join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>)[PAGE_ID]!.articleBody;

/** A page written for these tests: metadata in the head, an article of a few paragraphs, furniture around it. */
const OWN_PAGE = (extra = '') => `<!doctype html><html><head><title>Port strike | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta property="article:published_time" content="2024-05-02T09:40:00Z">
<link rel="canonical" href="https://news.example.org/port-strike">${extra}</head><body><nav>Home | World | Business</nav>
<article><h1>Dock workers strike in Rotterdam</h1><p>Dock workers in Rotterdam walked out on Thursday over pay, halting container traffic at the Europoort terminals for the first time in a decade.</p>
<p>"We have waited long enough," union leader Anja de Vries told reporters outside the gates. "The companies know what we want."</p>
<p>Terminal operators warned of delays for exporters across the Netherlands, and shipping lines said they would divert some vessels to Antwerp.</p>
<p>Share this story</p></article><footer>© Harbour News 2024</footer></body></html>`;

describe('reading a web page like a reader view', () => {
  it('keeps the body of a real page from the extraction corpus, word for word', () => {
    const page = readPage(realPage())!;
    expect(page.text.startsWith('Gaming used to be so simple.')).toBe(true);
    expect(page.text).toContain(truth().split('\n')[2]!.trim());
  });

  it('reads the title, site, date and canonical link, and drops furniture lines Readability keeps', () => {
    const page = readPage(OWN_PAGE())!;
    expect(page).toMatchObject({ siteName: 'Harbour News', published: '2024-05-02', canonical: 'https://news.example.org/port-strike' });
    expect(page.title).toBe('Dock workers strike in Rotterdam');
    expect(page.text.split('\n\n')[2]).toBe('"We have waited long enough," union leader Anja de Vries told reporters outside the gates. "The companies know what we want."');
    expect(page.text).not.toContain('Share this story');
    expect(page.text).not.toContain('Home | World');
  });

  it('takes the date from JSON-LD when the page has no published_time, and finds no article in a page of links', () => {
    const ld = OWN_PAGE('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-30T08:00:00+01:00"}</script>').replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(readPage(ld)!.published).toBe('2023-11-30');
    expect(readPage('<html><body><a href="/a">A</a> <a href="/b">B</a></body></html>')).toBeNull();
  });
});

describe('npm run bench:html', () => {
  it('scores the 181 pages at F1 0.94 or more, with the corpus README metric', async () => {
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/bench/html.ts', '--json'], { cwd: ROOT });
    const s = JSON.parse(stdout);
    expect(s.pages).toBe(181);
    expect(s.f1).toBeGreaterThanOrEqual(0.94);
  }, 60_000);
});

describe('fetching a page safely (a real HTTP server on 127.0.0.1)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const u = new URL(req.url!, 'http://x');
      const hops = Number(u.searchParams.get('hops') ?? 0);
      if (u.pathname === '/hop') {
        res.writeHead(302, { location: hops > 1 ? `/hop?hops=${hops - 1}` : '/page' });
        return void res.end();
      }
      if (u.pathname === '/page') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OWN_PAGE());
      if (u.pathname === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
      if (u.pathname === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(OWN_PAGE()), 1500);
      if (u.pathname === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('x'.repeat(300_000));
      }
      if (u.pathname === '/links') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><a href="/a">A</a></body></html>');
      res.writeHead(404).end('no');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const open = { allowPrivate: true };

  it('follows up to five redirects to an HTML page', async () => {
    const page = await fetchPage(`${base}/hop?hops=5`, open);
    expect(page).toMatchObject({ url: `${base}/page`, kind: 'html' });
    await expect(fetchPage(`${base}/hop?hops=6`, open)).rejects.toThrow('more than 5 redirects');
  });

  it('refuses, each with its reason: a 404, a picture, a slow answer, a body over the limit, other schemes, private addresses', async () => {
    await expect(fetchPage(`${base}/missing`, open)).rejects.toThrow('the page answered 404');
    await expect(fetchPage(`${base}/image`, open)).rejects.toThrow('the link is image/png, not a web page or text');
    await expect(fetchPage(`${base}/slow`, { ...open, timeoutMs: 300 })).rejects.toThrow('the page took longer than 0.3 s');
    await expect(fetchPage(`${base}/big`, { ...open, maxBytes: 100_000 })).rejects.toThrow('over the 100000-byte limit');
    await expect(fetchPage('file:///etc/passwd')).rejects.toThrow('only http and https links can be added, not file:');
    await expect(fetchPage(`${base}/page`)).rejects.toThrow('127.0.0.1 is a private or local address, which links from chat may not reach');
    await expect(fetchPage('http://169.254.169.254/latest/meta-data/')).rejects.toThrow('169.254.169.254 is a private or local address');
    await expect(fetchPage('http://[::1]/')).rejects.toThrow('::1 is a private or local address');
  });

  describe('adding it to the seeds folder', () => {
    let seeds: string;
    beforeAll(async () => {
      seeds = await mkdtemp(path.join(tmpdir(), 'parley-add-'));
    });
    afterAll(() => rm(seeds, { recursive: true, force: true }));

    it('writes the text and valid metadata, then refuses the same article twice, naming it', async () => {
      const { id, article } = await addArticle(seeds, `${base}/page`, open);
      expect(id).toMatch(/^dock-workers-strike-in-rotterdam-[0-9a-f]{8}$/);
      expect((await readdir(seeds)).sort()).toEqual([`${id}.meta.json`, `${id}.txt`]);
      expect(await readFile(path.join(seeds, `${id}.txt`), 'utf8')).toBe(article.text);
      const meta = parseMeta(await readFile(path.join(seeds, `${id}.meta.json`), 'utf8'));
      expect(meta).toEqual({
        meta: { title: 'Dock workers strike in Rotterdam', outlet: 'Harbour News', published: '2024-05-02', url: 'https://news.example.org/port-strike' },
        problems: [],
      });
      await expect(addArticle(seeds, `${base}/hop?hops=2`, open)).rejects.toThrow(`already have it as ${id}`);
      expect(await readdir(seeds)).toHaveLength(2);
    });

    it('adds a text file as it is, and refuses a page with no article without writing anything', async () => {
      const file = path.join(seeds, '..', `parley-note-${process.pid}.txt`);
      await writeFile(file, 'Mayor Ines Duarte said the bridge would open "next spring".\n');
      try {
        const { id } = await addArticle(seeds, file);
        expect(await readFile(path.join(seeds, `${id}.txt`), 'utf8')).toBe('Mayor Ines Duarte said the bridge would open "next spring".\n');
      } finally {
        await rm(file, { force: true });
      }
      const before = (await readdir(seeds)).length;
      await expect(addArticle(seeds, `${base}/links`, open)).rejects.toThrow('no article text was found on the page');
      await expect(addArticle(seeds, '/etc/hostname.png')).rejects.toThrow('hostname.png: only .html, .htm, .txt and .md files can be added');
      expect(await readdir(seeds)).toHaveLength(before);
    });

    it('npm run kb -- add: one line and exit 0, or one line and exit 1', async () => {
      const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
      const env = { ...process.env, ALLOW_PRIVATE_URLS: '1' };
      const fresh = await mkdtemp(path.join(tmpdir(), 'parley-add-cli-'));
      try {
        const ok = await promisify(execFile)(tsx, ['src/cli/kb.ts', 'add', `${base}/page`, '--seeds', fresh], { cwd: ROOT, env });
        expect(ok.stdout).toMatch(/^added dock-workers-strike-in-rotterdam-[0-9a-f]{8}: Dock workers strike in Rotterdam · Harbour News · 2024-05-02; 2 quotes from 1 speakers, \d+ dated events\n$/);
        const bad = await promisify(execFile)(tsx, ['src/cli/kb.ts', 'add', `${base}/missing`, '--seeds', fresh], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
        expect(bad).toMatchObject({ code: 1, stderr: `kb: could not add ${base}/missing: the page answered 404\n` });
      } finally {
        await rm(fresh, { recursive: true, force: true });
      }
    }, 30_000);
  });
});
