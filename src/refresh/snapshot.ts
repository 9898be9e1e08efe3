import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { IndexesMessage } from '../kb/indexes.js';
import { DATA_LISTS, type KnowledgeData } from '../kb/knowledge.js';
import { codeVersion, EXTRACTOR_VERSION } from './extractionDisk.js';

/**
 * The knowledge base as last built, kept in STATE_DIR (`snapshot.v8`) so that a restart whose articles have not
 * changed answers from it at once instead of building first (at 10,000 articles a build is 15-20 s; reading this
 * back is about 2 s). Its header names the code that built it and the seeds folder's fingerprint (every article's
 * name, size and modification time, see folderFingerprint); a snapshot of other code or another state of the folder
 * is not used, and one that does not read back whole (damaged, foreign, cut short) is never trusted.
 *
 * The file: "PARLEY-SNAPSHOT\n", then parts, each its length (4 bytes) and its bytes: the header (JSON), the lists
 * of the data in DATA_LISTS order, each in parts of PART_ITEMS items, the rest of the data, the search indexes of
 * quotes, facts and events and the quotes' speakers (see indexParts; the people index is rebuilt from the people
 * when read, in milliseconds), all in V8's serialisation, and last the hashes (JSON): of the lists' parts as
 * written, and of their content (see contentHash). (Parts, not a list in one piece: they are read into one small buffer, where reading the whole
 * file into fresh memory cost a third of a second on the development machine, for the memory alone.)
 */
// (The extractor's version already hashes ingest/, extract/ and refine/: only what the build adds is read again.)
export const SNAPSHOT_VERSION = `${EXTRACTOR_VERSION}-${codeVersion(['../kb/', '../model.ts'])}`;

const MAGIC = Buffer.from('PARLEY-SNAPSHOT\n');

/** Where a state folder keeps the snapshot. */
export const snapshotFile = (stateDir: string) => path.join(stateDir, 'snapshot.v8');
const PART_ITEMS = 5000;

interface Header {
  format: 1;
  version: string;
  /** The seeds folder's fingerprint when the build read it. */
  folder: string;
  /** How many parts each list has, in DATA_LISTS order. */
  parts: number[];
}

type Indexes = Omit<IndexesMessage, 'people'>;

/** What a restart reads back: the data and its indexes, and its lists' contentHash (the worker's build is compared with it). */
export interface Snapshot {
  data: KnowledgeData;
  indexes: IndexesMessage;
  lists: string;
}

const partsOf = (list: readonly unknown[]) => Math.max(1, Math.ceil(list.length / PART_ITEMS));

/**
 * A hash of the data's lists (everything but builtAt) as JSON, to tell whether two builds made the same knowledge
 * base. (Not of their V8 serialisation: that also records which items share an object, and an extraction read back
 * from STATE_DIR shares less than a fresh one.)
 */
export async function contentHash(data: KnowledgeData): Promise<string> {
  const hash = createHash('sha1');
  for (const key of DATA_LISTS) {
    const list = data[key] as readonly unknown[];
    hash.update(`${key}:${list.length}\n`);
    for (let i = 0; i < list.length; i += PART_ITEMS) {
      hash.update(JSON.stringify(list.slice(i, i + PART_ITEMS)));
      await nextTurn();
    }
  }
  return hash.digest('hex');
}

/** Reads a file's parts in turn into one buffer, grown to the largest part. */
class PartReader {
  private buffer = Buffer.allocUnsafe(1 << 22);
  private at = 0;
  constructor(private readonly fd: number) {}

  private fill(length: number): Buffer {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, this.buffer, got, length - got, this.at + got);
      if (n === 0) throw new Error('cut short');
      got += n;
    }
    this.at += length;
    return this.buffer.subarray(0, length);
  }

  magic(): boolean {
    return this.fill(MAGIC.length).equals(MAGIC);
  }

  /** The next part; valid until the next call. */
  next(): Buffer {
    return this.fill(this.fill(4).readUInt32BE(0));
  }

  atEnd(): boolean {
    return readSync(this.fd, Buffer.alloc(1), 0, 1, this.at) === 0;
  }
}

/**
 * The snapshot of the seeds folder with this fingerprint, or null when there is none for it (none written yet,
 * another version of the code, the articles changed since). A file that is there for it but does not read back
 * whole gives a warning instead, and is not used.
 */
export function readSnapshot(stateDir: string, fingerprint: string): Snapshot | null | { warning: string } {
  const file = snapshotFile(stateDir);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const parts = new PartReader(fd);
    if (!parts.magic()) throw new Error('not a snapshot');
    const header = JSON.parse(parts.next().toString('utf8')) as Header;
    if (header.format !== 1 || header.version !== SNAPSHOT_VERSION || header.folder !== fingerprint) return null;
    if (!Array.isArray(header.parts) || header.parts.length !== DATA_LISTS.length) throw new Error('foreign');
    const hash = createHash('sha1');
    const lists = header.parts.map((count) => {
      const items: unknown[] = [];
      for (let p = 0; p < count; p++) {
        const part = parts.next();
        hash.update(part);
        const some = deserialize(part) as unknown[];
        for (let i = 0; i < some.length; i++) items.push(some[i]);
      }
      return items;
    });
    const rest = deserialize(parts.next()) as Partial<KnowledgeData>;
    const [quotes, facts, events, quoteSpeakers] = [0, 1, 2, 3].map(() => deserialize(parts.next()));
    const indexes = { quotes, facts, events, quoteSpeakers } as Indexes;
    const sums = JSON.parse(parts.next().toString('utf8')) as { parts: string; content: string };
    if (sums.parts !== hash.digest('hex')) throw new Error('damaged');
    if (!parts.atEnd()) throw new Error('trailing bytes');
    const data = { ...rest, ...Object.fromEntries(DATA_LISTS.map((key, i) => [key, lists[i]])) } as KnowledgeData;
    if (typeof data.builtAt !== 'string' || typeof sums.content !== 'string') throw new Error('foreign');
    return { data, indexes: { ...indexes, people: null }, lists: sums.content };
  } catch (err) {
    return { warning: `the saved knowledge base could not be read back (${(err as Error).message}); built afresh instead` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the snapshot of a build: a part at a time, with a turn of the event loop between, to a temporary name that
 * is renamed over the old snapshot only when whole. Stops, leaving the old snapshot, as soon as `stale()` says a newer
 * build has begun. Throws what the file system throws.
 */
export async function writeSnapshot(stateDir: string, fingerprint: string, data: KnowledgeData, indexes: Iterable<unknown>, stale: () => boolean): Promise<boolean> {
  mkdirSync(stateDir, { recursive: true });
  const target = snapshotFile(stateDir);
  const temporary = `${target}.tmp`;
  const fd = openSync(temporary, 'w');
  let done = false;
  try {
    const put = (part: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(part.length);
      writeSync(fd, length);
      writeSync(fd, part);
    };
    const header: Header = { format: 1, version: SNAPSHOT_VERSION, folder: fingerprint, parts: DATA_LISTS.map((key) => partsOf(data[key])) };
    writeSync(fd, MAGIC);
    put(Buffer.from(JSON.stringify(header)));
    const hash = createHash('sha1');
    for (const key of DATA_LISTS) {
      const list = data[key] as readonly unknown[];
      for (let p = 0; p < partsOf(list); p++) {
        const part = serialize(list.slice(p * PART_ITEMS, (p + 1) * PART_ITEMS));
        hash.update(part);
        put(part);
        await nextTurn();
        if (stale()) return false;
      }
    }
    const content = await contentHash(data);
    if (stale()) return false;
    const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !(DATA_LISTS as readonly string[]).includes(key)));
    put(serialize(rest));
    for (const index of indexes) {
      put(serialize(index));
      await nextTurn();
      if (stale()) return false;
    }
    put(Buffer.from(JSON.stringify({ parts: hash.digest('hex'), content })));
    done = true;
  } finally {
    closeSync(fd);
    if (done) renameSync(temporary, target);
    else rmSync(temporary, { force: true });
  }
  return true;
}
