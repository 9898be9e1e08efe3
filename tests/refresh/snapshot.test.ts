import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/dispatch/runner.js';
import { folderFingerprint } from '../../src/ingest/load.js';
import { readSnapshot, SNAPSHOT_VERSION } from '../../src/refresh/snapshot.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { exported, seedsCopy, tempDir, workerStores } from '../helpers.js';

const stateDir = () => tempDir('parley-state-');
const lavrov = async (store: KnowledgeStore) => (await runCommand('quote', { speaker: 'lavrov' }, { kb: store.kb, store }, { userId: 'test', isModerator: false })).pages[0];
const SENTENCE = '\n"We will answer in writing next week," Lavrov said on Friday.\n';

describe('a restart from the snapshot of the last build (#14)', () => {
  const start = workerStores();
  /** A store that built, and saved its snapshot on closing. */
  const built = async (seeds: string, state: string) => {
    const store = await start(seeds, state);
    expect(store.startedFromSnapshot).toBe(false);
    await store.close();
    return store;
  };

  it('answers from the snapshot when no article changed, as the build did; the worker’s own build then sends nothing', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    const first = await built(seeds, state);
    const second = await start(seeds, state);
    expect(second.startedFromSnapshot).toBe(true);
    expect(second.extractedLastBuild).toBe(null);
    expect(exported(second)).toEqual(exported(first));
    expect(second.kb.builtAt).toBe(first.kb.builtAt);
    expect(await lavrov(second)).toEqual(await lavrov(first));
    const kb = second.kb;
    await second.idle();
    // The worker read every extraction back and built the same knowledge base: the one answering stays.
    expect(second.extractedLastBuild).toBe(0);
    expect(second.kb).toBe(kb);
  }, 60_000);

  it('after that build, a refresh sends only the change, and makes what a fresh build of the folder makes', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    await built(seeds, state);
    const store = await start(seeds, state);
    await store.idle();
    const before = store.kb;
    const file = path.join(seeds, (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort()[1]!);
    await appendFile(file, SENTENCE);
    const result = await store.refresh();
    // Sent as a change from what the main thread holds: another article's quote is the very object it was.
    const unchanged = (kb: typeof before) => kb.quotes.find((q) => !file.includes(q.articleId))!;
    expect(unchanged(store.kb)).toBe(unchanged(before));
    expect(result).toMatchObject({ ok: true, added: { articles: [], quotes: 1 }, removed: { articles: [], quotes: 0 } });
    expect(store.extractedLastBuild).toBe(1);
    const fresh = await KnowledgeStore.open(seeds);
    expect(exported(store)).toEqual(exported(fresh));
    expect(store.kb.quotes.some((q) => q.text === 'We will answer in writing next week,' && q.speaker === 'Sergey Lavrov')).toBe(true);
    // And the next start answers from that refresh's snapshot.
    await store.close();
    const next = await start(seeds, state);
    expect(next.startedFromSnapshot).toBe(true);
    expect(exported(next)).toEqual(exported(fresh));
  }, 60_000);

  it('builds when an article changed while it was down, and when one changes before the worker’s build, swaps that in', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    await built(seeds, state);
    const file = path.join(seeds, (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort()[1]!);
    await appendFile(file, SENTENCE);
    const changed = await start(seeds, state);
    expect(changed.startedFromSnapshot).toBe(false);
    expect(changed.extractedLastBuild).toBe(1);
    await changed.close();
    // From the snapshot of the changed folder, then an edit before the worker's first build (two seconds after the start).
    const store = await start(seeds, state);
    expect(store.startedFromSnapshot).toBe(true);
    await writeFile(file, (await readFile(file, 'utf8')).replace(SENTENCE, ''));
    await store.idle();
    expect(store.kb.quotes.some((q) => q.text === 'We will answer in writing next week,')).toBe(false);
    expect(exported(store)).toEqual(exported(await KnowledgeStore.open(seeds)));
  }, 60_000);

  it('never trusts a damaged snapshot: one warning naming the file, and a build', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    const first = await built(seeds, state);
    const file = path.join(state, 'snapshot.v8');
    await truncate(file, 2000);
    const second = await start(seeds, state);
    expect(second.startedFromSnapshot).toBe(false);
    expect(second.kb.warnings.map((w) => [w.source, w.message])).toEqual([[file, 'the saved knowledge base could not be read back (cut short); built afresh instead']]);
    expect({ ...exported(second), warnings: [] }).toEqual(exported(first));
    // A letter changed inside a quote: the file still reads, but its hash no longer matches.
    await second.close();
    const bytes = await readFile(file);
    const at = bytes.indexOf('open and useful');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'O'.charCodeAt(0);
    await writeFile(file, bytes);
    expect(readSnapshot(state, await folderFingerprint(seeds))).toEqual({ warning: 'the saved knowledge base could not be read back (damaged); built afresh instead' });
  }, 60_000);

  it('reads no snapshot of another folder state, of other code, or of another kind of file, and says nothing of the first two', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    await built(seeds, state);
    const file = path.join(state, 'snapshot.v8');
    const fingerprint = await folderFingerprint(seeds);
    expect(readSnapshot(state, fingerprint)).toMatchObject({ data: { articles: expect.any(Array) } });
    expect(readSnapshot(state, 'another state of the folder')).toBe(null);
    const bytes = await readFile(file);
    await writeFile(file, Buffer.from(bytes.toString('latin1').replace(SNAPSHOT_VERSION, 'x'.repeat(SNAPSHOT_VERSION.length)), 'latin1'));
    expect(readSnapshot(state, fingerprint)).toBe(null);
    await writeFile(file, '{"articles": []}');
    expect(readSnapshot(state, fingerprint)).toEqual({ warning: 'the saved knowledge base could not be read back (not a snapshot); built afresh instead' });
    expect(readSnapshot(await stateDir(), fingerprint)).toBe(null);
  }, 60_000);
});
