import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { commands, messageCommands } from '../../commands/index.js';

/** The slash commands, then the message commands, as Discord takes them. */
export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...[...commands.values()].map((c) => c.data.toJSON()), ...[...messageCommands.values()].map((c) => c.data.toJSON())];
}

/** A hash of the definitions and where they go, so registration happens only when something changed. */
export function definitionsHash(appId: string, guildId: string | undefined): string {
  return createHash('sha256').update(JSON.stringify({ appId, guildId: guildId ?? null, defs: commandDefinitions() })).digest('hex');
}

/**
 * Registers the slash commands: in one server when guildId is set (they appear at once), else globally.
 * Skips the call when the stored hash matches, unless forced. Returns whether it registered.
 */
export async function registerCommands(
  rest: REST,
  opts: { appId: string; guildId?: string; stateDir: string; force?: boolean },
): Promise<boolean> {
  const hash = definitionsHash(opts.appId, opts.guildId);
  const file = path.join(opts.stateDir, 'commands.sha256');
  const stored = await readFile(file, 'utf8').catch(() => '');
  if (!opts.force && stored.trim() === hash) return false;
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.appId, opts.guildId) : Routes.applicationCommands(opts.appId);
  await rest.put(route, { body: commandDefinitions() });
  await mkdir(opts.stateDir, { recursive: true });
  // Written beside and renamed into place, so a stop part-way never leaves half a hash.
  await writeFile(`${file}.tmp`, `${hash}\n`);
  await rename(`${file}.tmp`, file);
  return true;
}
