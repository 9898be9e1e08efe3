import type { RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { KnowledgeBase } from '../src/kb/build.js';
import type { KnowledgeStore } from '../src/refresh/store.js';
import type { FeedbackLog } from '../src/feedback.js';
import type { Answer } from '../src/render/answers.js';

/** What a command handler gets instead of globals, so a test or the console can call it. */
export interface CommandContext {
  kb: KnowledgeBase;
  store: KnowledgeStore;
  /** Users' reports ("Report a problem"), where the bot keeps them; absent where there are none to read. */
  feedback?: FeedbackLog;
}

/** Who is asking: the adapter (or the console) works out whether they may moderate. */
export interface Caller {
  userId: string;
  isModerator: boolean;
}

export type Options = Record<string, string | undefined>;

export interface Choice {
  name: string;
  value: string;
}

/** One slash command: its definition, a handler over plain options, and autocomplete from memory. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Names of the options, in order: a bare first word on the console fills the first. */
  options: string[];
  run(options: Options, ctx: CommandContext, caller: Caller): Answer | Promise<Answer>;
  autocomplete?(option: string, typed: string, ctx: CommandContext): Choice[];
  /** Takes long enough that Discord must be told to wait (deferReply). */
  slow?: boolean;
  /** For moderators only: anyone else is refused privately, before Discord is asked to wait. */
  moderators?: boolean;
}

/** A message command (right-click a message, Apps): its definition, and a handler over the message's text. */
export interface MessageCommand {
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  run(text: string, ctx: CommandContext): Answer;
}
