/** A slash command as typed on the console: "/quote speaker:lavrov about:\"red lines\"" or "/quote lavrov". */
export interface TypedCommand {
  name: string;
  options: Record<string, string>;
}

function tokens(line: string): string[] {
  const out: string[] = [];
  const re = /(\w+:)?(?:"([^"]*)"?|'([^']*)'?|(\S+))/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(`${m[1] ?? ''}${m[2] ?? m[3] ?? m[4] ?? ''}`);
  return out;
}

/**
 * Reads a typed command. Options go as name:value (quotes for spaces); bare words fill the first option the command
 * has that was not given by name. Returns null for an empty line.
 */
export function parseTyped(line: string, optionNames: (name: string) => string[] | undefined): TypedCommand | null {
  const t = tokens(line.trim());
  if (t.length === 0) return null;
  const name = t[0]!.replace(/^\//, '').toLowerCase();
  const known = optionNames(name) ?? [];
  const options: Record<string, string> = {};
  const bare: string[] = [];
  for (const tok of t.slice(1)) {
    const m = tok.match(/^(\w+):([\s\S]*)$/);
    if (m && known.includes(m[1]!.toLowerCase())) options[m[1]!.toLowerCase()] = m[2]!;
    else bare.push(tok);
  }
  const first = known.find((o) => options[o] === undefined);
  if (bare.length && first) options[first] = bare.join(' ');
  return { name, options };
}
