import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { renderRefresh } from '../src/render/refresh.js';
import { flag } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('refresh')
    .setDescription('Moderators: re-read the articles and rebuild the knowledge base')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addBooleanOption((o) => o.setName('full').setDescription('Read every article again, not only the files that changed')),
  options: ['full'],
  slow: true,
  moderators: true,
  async run(options, { store }, caller) {
    // Checked again here: a server can override the command's default permissions.
    if (!caller.isModerator) throw new UserError('notModerator', 'Only moderators (Manage Server, or the moderator role) can refresh the articles.');
    return renderRefresh(await store.refresh({ full: flag(options, 'full') }));
  },
} satisfies Command;
