import { ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { UserError } from '../src/errors.js';
import { checkStatement } from '../src/query/check.js';
import { renderCheck } from '../src/render/check.js';
import type { MessageCommand } from './types.js';

/** "Check quote" on any message: the same answer as /check, for the message's text. */
export default {
  data: new ContextMenuCommandBuilder()
    .setName('Check quote')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall),
  run(text, { kb }) {
    if (!text.trim()) throw new UserError('emptyMessage', 'That message has no text to check (an image or an embed only).');
    return renderCheck(kb, checkStatement(kb, text.slice(0, 2000)));
  },
} satisfies MessageCommand;
