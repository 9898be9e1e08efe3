import { commands, messageCommands } from '../../commands/index.js';
import type { Caller, CommandContext } from '../../commands/types.js';
import { UserError } from '../errors.js';
import type { Answer } from '../render/answers.js';
import { userErrorReply, type Reply } from '../render/payload.js';
import { parseTyped } from './parse.js';

/** Runs a typed command line the way the bot runs an interaction: same handlers, same payloads. */
export async function runTyped(line: string, ctx: CommandContext, caller: Caller): Promise<Answer | null> {
  const typed = parseTyped(line, (name) => commands.get(name)?.options);
  if (!typed) return null;
  const command = commands.get(typed.name);
  if (!command) {
    return { pages: [userErrorReply(`There is no /${typed.name.slice(0, 40)}. Commands: ${[...commands.keys()].map((n) => `/${n}`).join(', ')}.`)] };
  }
  return runCommand(command.data.name, typed.options, ctx, caller);
}

/** Calls a command's handler; a UserError becomes a private message, anything else is a bug and is rethrown. */
export async function runCommand(name: string, options: Record<string, string | undefined>, ctx: CommandContext, caller: Caller): Promise<Answer> {
  const command = commands.get(name)!;
  try {
    return await command.run(options, ctx, caller);
  } catch (err) {
    if (err instanceof UserError) return { pages: [userErrorReply(err.message)] };
    throw err;
  }
}

/** Runs a message command (right-click a message) on the message's text; a UserError becomes a private message. */
export function runMessageCommand(name: string, text: string, ctx: CommandContext): Answer {
  const command = messageCommands.get(name);
  if (!command) return { pages: [userErrorReply('That command is not known here any more.')] };
  try {
    return command.run(text, ctx);
  } catch (err) {
    if (err instanceof UserError) return { pages: [userErrorReply(err.message)] };
    throw err;
  }
}

/** A payload as plain text for the console: markdown escapes removed, links shown as "text <url>". */
export function replyToText(r: Reply): string {
  const plain = (s: string) => s.replace(/\\([\\*_~`|>#[\]().-]|\d)/g, '$1').replace(/\u200b/g, '').replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>');
  const out: string[] = [];
  if (r.content) out.push(plain(r.content));
  for (const e of r.embeds ?? []) {
    if (e.title) out.push(`## ${plain(e.title)}`);
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields ?? []) out.push(`${plain(f.name)}: ${plain(f.value)}`);
    if (e.footer) out.push(`(${plain(e.footer.text)})`);
  }
  return out.join('\n\n');
}
