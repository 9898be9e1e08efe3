import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Every source file under src/, as a path relative to src/. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [path.relative(SRC, path.join(dir, e.name))] : [],
  );
}

const folderOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0]! : '.');

/** Which folders of src/ each folder imports (relative imports only; a folder's imports of itself left out). */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources()) {
    const from = folderOf(file);
    const text = readFileSync(path.join(SRC, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = folderOf(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), m[1]!)));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

describe('the layout of src/ (#14)', () => {
  const graph = folderImports();

  it('has folders that import one way: no folder imports one that imports it back, however far round', () => {
    const cycles: string[] = [];
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
      for (const to of graph.get(from) ?? []) {
        if (to === target) return true;
        if (seen.has(to)) continue;
        seen.add(to);
        if (reaches(to, target, seen)) return true;
      }
      return false;
    };
    for (const [from, tos] of graph) for (const to of tos) if (reaches(to, from)) cycles.push(`${from} -> ${to}`);
    expect(cycles).toEqual([]);
  });

  it('keeps the refresh runtime out of the pipeline: ingest, extract, refine, kb and query never import refresh/', () => {
    const offenders = ['ingest', 'extract', 'refine', 'kb', 'query'].filter((f) => graph.get(f)?.has('refresh'));
    expect(offenders).toEqual([]);
    // (The check can fail: the refresh runtime itself imports kb/.)
    expect(graph.get('refresh')?.has('kb')).toBe(true);
  });

  it('has no source file over 400 lines', () => {
    const long = sources()
      .map((f) => [f, readFileSync(path.join(SRC, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });
});
