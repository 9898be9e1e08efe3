import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { commands } from '../../commands/index.js';
import type { CommandContext } from '../../commands/types.js';
import { runCommand } from '../dispatch/runner.js';
import { splitLines } from '../ingest/sections.js';
import { splitSentences } from '../ingest/sentences.js';
import { loadSeeds, READ_AT_ONCE } from '../ingest/load.js';
import { mapLimit } from '../util/parallel.js';
import { KnowledgeStore } from '../refresh/store.js';
import { warmUp } from '../query/answers.js';
import { mulberry32 } from './corpus.js';

/** One benchmark run over a folder of articles, in a fresh process so that the build is cold and RSS is its own. */
export interface Run {
  articles: number;
  bytes: number;
  buildMs: number;
  baselineMs: number;
  rssMB: number;
  refreshOneMs: number;
  /** The median of three more refreshes after one change each (see measure). */
  refreshAgainMs: number;
  /** A new process to its first answer, the articles and the extractions kept in STATE_DIR unchanged. */
  restartMs: number;
  latency: Record<'quote' | 'fact' | 'timeline' | 'autocomplete', { p50: number; p99: number }>;
  latencyDuringRefresh: { p50: number; p99: number; max: number; answered: number; refreshMs: number };
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: Math.round(at(0.5) * 1000) / 1000, p99: Math.round(at(0.99) * 1000) / 1000 };
}

const progress = (what: string) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);

async function measure(dir: string, queries: number): Promise<Run> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  // The baseline: merely read the files (as many at once as the loader reads) and split them into sentences.
  let bytes = 0;
  const t0 = performance.now();
  await mapLimit(files, READ_AT_ONCE, async (f) => {
    const text = await readFile(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    for (const line of splitLines(text)) splitSentences(text, line.start, line.end);
  });
  const baselineMs = performance.now() - t0;
  progress(`baseline ${Math.round(baselineMs)} ms`);

  // The bot's way: the first build and every refresh run in the worker thread, answers here.
  const stateDir = await mkdtemp(path.join(tmpdir(), 'parley-bench-state-'));
  const t1 = performance.now();
  const store = await KnowledgeStore.open(dir, { worker: true, prepare: warmUp, stateDir });
  const openMs = performance.now() - t1;
  progress(`opened through the worker in ${Math.round(openMs)} ms`);
  const kb = store.kb;
  const ctx: CommandContext = { kb, store };
  const caller = { userId: 'bench', isModerator: true };
  const rand = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const people = kb.people.filter((p) => p.type === 'person');
  const words = kb.facts.slice(0, 2000).flatMap((f) => f.text.toLowerCase().match(/[a-z]{5,}/g) ?? []);
  const days = [...new Set(kb.events.filter((e) => e.precision === 'day').map((e) => e.date))];
  const typo = (s: string) => (s.length > 4 && rand() < 0.3 ? s.slice(0, 2) + s[3] + s[2] + s.slice(4) : s);
  const make = {
    quote: () => ({ speaker: typo(pick([pick(people).name, pick(people).name.split(' ').at(-1)!]).toLowerCase()), about: rand() < 0.3 ? pick(words) : undefined }),
    fact: () => ({ query: rand() < 0.5 ? pick(words) : `${pick(words)} ${pick(words)}` }),
    timeline: () => {
      const [a, b] = [pick(days), pick(days)].sort();
      return rand() < 0.3 ? {} : { from: a, to: b, about: rand() < 0.2 ? pick(words) : undefined };
    },
  };
  const latency = {} as Run['latency'];
  for (const kind of ['quote', 'fact', 'timeline'] as const) {
    const samples: number[] = [];
    for (let i = 0; i < queries; i++) {
      const opts = make[kind]() as Record<string, string | undefined>;
      const s = performance.now();
      await runCommand(kind, opts, ctx, caller);
      samples.push(performance.now() - s);
    }
    latency[kind] = percentiles(samples);
    progress(`${kind} ${JSON.stringify(latency[kind])}`);
  }
  const auto: number[] = [];
  const quote = commands.get('quote')!;
  for (let i = 0; i < queries; i++) {
    const name = pick(people).name.toLowerCase();
    const typed = name.slice(0, 1 + Math.floor(rand() * 4));
    const s = performance.now();
    quote.autocomplete!('speaker', typed, ctx);
    auto.push(performance.now() - s);
  }
  latency.autocomplete = percentiles(auto);

  // Refresh after one file changes.
  const changed = path.join(dir, files[0]!);
  const original = await readFile(changed, 'utf8');
  await writeFile(changed, `${original}\nOne more sentence was added for the benchmark.\n`);
  const t2 = performance.now();
  await store.refresh();
  const refreshOneMs = performance.now() - t2;
  progress(`refresh after one change ${Math.round(refreshOneMs)} ms`);
  // Three more refreshes of the same kind: the first after a start runs the refresh's own code paths for the first
  // time (the engine has not optimised them yet), so it is slower than the ones that follow.
  const again: number[] = [];
  for (let k = 1; k <= 3; k++) {
    await writeFile(changed, `${original}\nOne more sentence was added for the benchmark, ${k} times.\n`);
    const t = performance.now();
    await store.refresh();
    again.push(performance.now() - t);
  }
  const refreshAgainMs = again.sort((a, b) => a - b)[1]!;
  progress(`three more: ${again.map((t) => Math.round(t)).join(', ')} ms`);
  await writeFile(changed, original);

  // Answers while a full refresh runs. Questions arrive on a clock, a hundred a second (a busy server), whether or
  // not the bot is free: each one's latency runs from when it arrived, so time the main thread spends blocked
  // (taking the new knowledge base in) counts against every question that waited for it.
  const during: number[] = [];
  let done = false;
  const refreshing = store.refresh({ full: true }).then(() => (done = true));
  const t3 = performance.now();
  for (let k = 0; !done; k++) {
    const arrives = t3 + k * 10;
    const wait = arrives - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await runCommand('quote', make.quote() as Record<string, string>, { kb: store.kb, store }, caller);
    during.push(performance.now() - arrives);
  }
  await refreshing;
  const refreshMs = performance.now() - t3;
  await store.close();
  // The peak of the bot's process so far: main thread and refresh worker, through a first build and two refreshes.
  const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  progress(`full refresh ${Math.round(refreshMs)} ms, peak RSS ${rssMB} MB`);

  // A restart: a new process with the same articles and the extractions kept, to its first answer.
  const { stdout: restarted } = await promisify(execFile)(process.execPath, [...process.execArgv, import.meta.filename, '--restart-only', dir, stateDir], { maxBuffer: 1 << 20 });
  const restartMs = Number(restarted.trim());
  progress(`restart to the first answer ${Math.round(restartMs)} ms`);
  await rm(stateDir, { recursive: true, force: true });

  // Last, the cold build itself, in a fresh process of its own (no JIT warmed by the worker's builds, no knowledge
  // base already in the heap): the build's own cost.
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, import.meta.filename, '--build-only', dir], { maxBuffer: 1 << 20 });
  const buildMs = Number(stdout.trim());
  progress(`build ${Math.round(buildMs)} ms`);
  return {
    articles: files.length,
    bytes,
    buildMs: Math.round(buildMs),
    baselineMs: Math.round(baselineMs),
    rssMB,
    refreshOneMs: Math.round(refreshOneMs),
    refreshAgainMs: Math.round(refreshAgainMs),
    restartMs: Math.round(restartMs),
    latency,
    latencyDuringRefresh: { ...percentiles(during), max: Math.round(Math.max(0, ...during) * 1000) / 1000, answered: during.length, refreshMs: Math.round(refreshMs) },
  };
}

/** `measure.ts --build-only <dir>`: one cold build of the folder; prints its milliseconds. */
async function buildOnly(dir: string): Promise<number> {
  const { articles, warnings } = await loadSeeds(dir);
  // (Imported here: a restart measured by this script must not load the build, which the bot's answering thread never does.)
  const { buildKnowledgeBase } = await import('../kb/build.js');
  const t = performance.now();
  buildKnowledgeBase(articles, { warnings });
  return performance.now() - t;
}

/** `measure.ts --restart-only <dir> <stateDir>`: the milliseconds from this process's start to its first answer. */
async function restartOnly(dir: string, stateDir: string): Promise<number> {
  const store = await KnowledgeStore.open(dir, { worker: true, prepare: warmUp, stateDir });
  await runCommand('quote', { speaker: store.kb.people[0]?.name ?? 'x' }, { kb: store.kb, store }, { userId: 'bench', isModerator: false });
  const ms = process.uptime() * 1000;
  await store.close();
  return ms;
}

const args = process.argv.slice(2);
if (args[0] === '--build-only') process.stdout.write(`${await buildOnly(args[1]!)}\n`);
else if (args[0] === '--restart-only') process.stdout.write(`${await restartOnly(args[1]!, args[2]!)}\n`);
else process.stdout.write(`${JSON.stringify(await measure(args[0]!, Number(args[1] ?? 2000)))}\n`);
