import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import about from './about.js';
import ask from './ask.js';
import article from './article.js';
import check from './check.js';
import checkMessage from './checkMessage.js';
import fact from './fact.js';
import feedback from './feedback.js';
import quote from './quote.js';
import refresh from './refresh.js';
import sources from './sources.js';
import timeline from './timeline.js';
import type { Command, MessageCommand } from './types.js';
import who from './who.js';

/**
 * The commands that only read take `private:true` (the answer goes to the one who asked alone) and work everywhere:
 * in servers, in a DM with the bot and, installed by a user, in any DM or group.
 */
const readers = [ask, quote, timeline, fact, sources, who, about, check].map(
  (c): Command => ({
    ...c,
    options: [...c.options, 'private'],
    data: c.data
      .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'))
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall),
  }),
);

/** The moderators' commands change the server's articles: in servers only, installed by the server. */
const moderators = [refresh, article, feedback].map(
  (c): Command => ({ ...c, data: c.data.setContexts(InteractionContextType.Guild).setIntegrationTypes(ApplicationIntegrationType.GuildInstall) }),
);

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map([...readers, ...moderators].map((c) => [c.data.name, c as Command]));

/** Message commands (right-click a message, Apps), by name. */
export const messageCommands: ReadonlyMap<string, MessageCommand> = new Map([[checkMessage.data.name, checkMessage as MessageCommand]]);
