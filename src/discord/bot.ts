import {
  ApplicationCommandOptionType,
  Client,
  type CommandInteractionOption,
  DiscordAPIError,
  Events,
  RESTEvents,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Caller } from '../../commands/types.js';
import type { Config } from '../config.js';
import type { KnowledgeStore } from '../refresh/store.js';
import { createLogger, type Logger } from '../log.js';
import { runCommand, runMessageCommand } from '../dispatch/runner.js';
import { Pager } from '../render/pager.js';
import { EPHEMERAL, type Reply } from '../render/payload.js';
import { registerCommands } from './register.js';
import { ReportDesk } from './feedback.js';
import { FeedbackLog } from '../feedback.js';

/** A payload in the shape discord.js takes for an edit (camelCase allowedMentions; embeds and components as API JSON). */
export function toDiscord(r: Reply) {
  return { content: r.content, embeds: r.embeds ?? [], components: r.components ?? [], allowedMentions: { parse: [] as [] } };
}

/** The same for a first reply, which may be private. */
export function toDiscordReply(r: Reply) {
  return { ...toDiscord(r), flags: r.flags === EPHEMERAL ? (MessageFlags.Ephemeral as const) : undefined };
}

const UNKNOWN_BUTTON: Reply = { content: 'That button is not one of mine any more; ask again with a command.', allowed_mentions: { parse: [] }, flags: EPHEMERAL };
const SOMETHING_WRONG: Reply = { content: 'Something went wrong on my side; it has been logged. Please try again.', allowed_mentions: { parse: [] }, flags: EPHEMERAL };

/** Moderators: Manage Server, or the moderator role. Checked on every call, whatever the server's overrides say. */
export function isModerator(interaction: Interaction, roleId: string | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!roleId || !interaction.member) return false;
  const roles = interaction.member.roles;
  return Array.isArray(roles) ? roles.includes(roleId) : roles.cache.has(roleId);
}

/**
 * A command's options as plain text: a subcommand is the option `subcommand`, its own options beside it; an attached
 * file is the link Discord gives for it.
 */
export function plainOptions(data: readonly CommandInteractionOption[]): Record<string, string | undefined> {
  const sub = data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const own = sub ? (sub.options ?? []) : data;
  const options = Object.fromEntries(own.map((o) => [o.name, o.attachment ? o.attachment.url : o.value === undefined ? undefined : String(o.value)]));
  return sub ? { subcommand: sub.name, ...options } : options;
}

/** Routes interactions to commands, autocomplete, page and report buttons, and report forms. */
export function createRouter(store: KnowledgeStore, config: Config, log: Logger, pager = new Pager(), feedback = new FeedbackLog(config.STATE_DIR)) {
  const desk = new ReportDesk(feedback);
  const caller = (i: Interaction): Caller => ({ userId: i.user.id, isModerator: isModerator(i, config.MODERATOR_ROLE_ID) });

  async function chat(i: ChatInputCommandInteraction) {
    const command = commands.get(i.commandName);
    if (!command) return void (await i.reply(toDiscordReply({ content: 'That command is not known here any more.', allowed_mentions: { parse: [] }, flags: EPHEMERAL })));
    const who = caller(i);
    if (command.moderators && !who.isModerator) {
      // Refused before deferring, so the refusal can stay private.
      const answer = await runCommand(i.commandName, plainOptions(i.options.data), { kb: store.kb, store, feedback }, who);
      return void (await i.reply(toDiscordReply(answer.pages[0]!)));
    }
    const options = plainOptions(i.options.data);
    if (command.slow) await i.deferReply();
    // One knowledge base for the whole answer, even if a refresh swaps it meanwhile.
    const answer = await runCommand(i.commandName, options, { kb: store.kb, store, feedback }, who);
    // An answer (not a refusal or a mistake, which come as plain text) can be reported; the moderators' reports cannot.
    const reportable = !command.moderators && Boolean(answer.pages[0]?.embeds?.length);
    const started = pager.start(i.user.id, answer.pages, reportable ? desk.remember(i.commandName, options) : undefined);
    // private:true on a read command: the answer, and its pages, for the asker's eyes only.
    const payload = options.private === 'true' ? { ...started, flags: EPHEMERAL } : started;
    if (command.slow && payload.flags === EPHEMERAL) {
      // A refusal after the public "thinking…": that goes, and the refusal comes privately to the one who asked.
      await i.deleteReply();
      await i.followUp(toDiscordReply(payload));
    } else if (command.slow) await i.editReply(toDiscord(payload));
    else await i.reply(toDiscordReply(payload));
  }

  /** "Check quote" on a message: answered privately (the one who asked decides whether to share it). */
  async function messageCommand(i: MessageContextMenuCommandInteraction) {
    const answer = runMessageCommand(i.commandName, i.targetMessage.content ?? '', { kb: store.kb, store });
    const started = pager.start(i.user.id, answer.pages);
    await i.reply(toDiscordReply({ ...started, flags: EPHEMERAL }));
  }

  async function autocomplete(i: AutocompleteInteraction) {
    const command = commands.get(i.commandName);
    const focused = i.options.getFocused(true);
    const choices = command?.autocomplete?.(focused.name, String(focused.value), { kb: store.kb, store }) ?? [];
    await i.respond(choices.slice(0, 25));
  }

  async function button(i: ButtonInteraction) {
    if (ReportDesk.isReportButton(i.customId)) return void (await desk.open(i));
    // A button this bot did not make (or made by an older version): answered, privately, so Discord shows no failure.
    if (!Pager.isPageButton(i.customId)) return void (await i.reply(toDiscordReply(UNKNOWN_BUTTON)));
    const turned = pager.turn(i.customId, i.user.id);
    if ('page' in turned) await i.update(toDiscord(turned.page));
    else await i.reply(toDiscordReply(turned.refuse));
  }

  return async function route(i: Interaction): Promise<void> {
    const started = performance.now();
    const name = i.isChatInputCommand() || i.isAutocomplete() || i.isMessageContextMenuCommand() ? i.commandName : i.isButton() ? 'button' : i.isModalSubmit() ? 'report' : 'other';
    // (Read with ?. below: a malformed interaction from the gateway may come without a user.)
    try {
      if (i.isChatInputCommand()) await chat(i);
      else if (i.isMessageContextMenuCommand()) await messageCommand(i);
      else if (i.isAutocomplete()) await autocomplete(i);
      else if (i.isButton()) await button(i);
      else if (i.isModalSubmit() && ReportDesk.isReportButton(i.customId)) await i.reply(toDiscordReply(await desk.submit(i, store.kb)));
      log.info('interaction', { command: name, user: i.user?.id, ms: Math.round(performance.now() - started) });
    } catch (err) {
      const ms = Math.round(performance.now() - started);
      if (err instanceof DiscordAPIError && (err.code === 10062 || err.code === 40060)) {
        // The interaction expired (or was answered) before the reply got there: nothing more can be sent for it.
        log.warn('interaction expired before the reply', { command: name, user: i.user?.id, ms, code: err.code });
        return;
      }
      log.error('interaction failed', { command: name, user: i.user?.id, ms, error: err });
      if (!i.isRepliable()) return;
      try {
        if (i.deferred) await i.editReply(toDiscord(SOMETHING_WRONG));
        else if (!i.replied) await i.reply(toDiscordReply(SOMETHING_WRONG));
      } catch (again) {
        log.warn('could not tell the user about the failure', { command: name, error: again });
      }
    }
  };
}

/** Gateway close codes after which Discord takes no reconnect, and what each means to whoever runs the bot. */
const FATAL_CLOSE = new Map<number, string>([
  [4004, 'authentication failed: DISCORD_TOKEN is wrong or was reset'],
  [4010, 'invalid shard'],
  [4011, 'sharding required: the bot is in too many servers for one connection'],
  [4012, 'invalid gateway API version'],
  [4013, 'invalid intents'],
  [4014, 'disallowed intents: the bot asks for an intent the Developer Portal has not enabled'],
]);

/**
 * A malformed INTERACTION_CREATE (no data, no user, a button with no message) makes discord.js throw while it builds
 * the interaction, outside any handler of ours, which would end the process. The action that builds it is wrapped:
 * such a packet is logged and dropped, and the bot keeps serving.
 */
function guardInteractions(client: Client, log: Logger): void {
  const action = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): unknown } } }).actions.InteractionCreate;
  const handle = action.handle.bind(action);
  action.handle = (data: unknown) => {
    try {
      return handle(data);
    } catch (err) {
      log.warn('malformed interaction from the gateway; ignored', { error: err });
      return {};
    }
  };
}

/** Logs in, registers the commands when they changed, and answers until SIGINT or SIGTERM. */
export async function startBot(config: Config, store: KnowledgeStore): Promise<Client> {
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.DISCORD_API_URL } });
  const route = createRouter(store, config, log);
  guardInteractions(client, log);
  client.on(Events.InteractionCreate, (i) => void route(i));
  client.on(Events.Error, (err) => log.error('client error', { error: err }));
  client.on(Events.ShardDisconnect, (event, shard) => {
    const fatal = FATAL_CLOSE.get(event.code);
    if (!fatal) return log.warn('gateway disconnected', { shard, code: event.code });
    // Discord will not take this session back: end with a non-zero code, so a supervisor sees a failure.
    log.error(`Discord closed the gateway for good (${event.code}): ${fatal}`, { shard, code: event.code });
    process.exit(1);
  });
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  // discord.js retries these itself (after Retry-After for a 429, up to three times for a 5xx); log each one once.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) log.warn('rate limited by Discord', { route: request.route, retryAfter: response.headers.get('retry-after') });
    else if (response.status >= 500) log.warn('Discord answered with a server error; the request is retried', { route: request.route, status: response.status });
  });
  client.once(Events.ClientReady, async (c) => {
    log.info('ready', { user: c.user.tag, guilds: c.guilds.cache.size });
    try {
      const appId = config.DISCORD_APPLICATION_ID ?? c.application.id;
      const did = await registerCommands(c.rest, { appId, guildId: config.DISCORD_GUILD_ID, stateDir: config.STATE_DIR });
      log.info(did ? 'commands registered' : 'commands unchanged', { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global' });
    } catch (err) {
      log.error('command registration failed', { error: err });
    }
  });
  const stop = async (signal: string) => {
    log.info('shutting down', { signal });
    await client.destroy(); // closes the gateway with code 1000
    await store.close(); // saves the last build's snapshot, for a quick start next time
    log.info('stopped', { signal });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    // One line, never the token nor a stack trace: the token is wrong, or Discord cannot be reached.
    const reason = (err as Error).message.split('\n')[0]!.replaceAll(config.DISCORD_TOKEN ?? '', '[token]');
    process.stderr.write(`parley: could not log in to Discord (${reason})\n`);
    process.exit(1);
  }
  return client;
}
