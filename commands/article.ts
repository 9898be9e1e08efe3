import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { addArticle, AddRefused } from '../src/ingest/addArticle.js';
import { MoveRefused, removeArticle, restoreArticle } from '../src/ingest/moveArticle.js';
import { suggestSources } from '../src/query/articles.js';
import { renderAdded, renderMoved } from '../src/render/article.js';
import { text } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('Moderators: add an article from a link or a file, or remove one')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add an article from a link or an attached file (.html, .htm, .txt, .md)')
        .addStringOption((o) => o.setName('url').setDescription('A link to the article'))
        .addAttachmentOption((o) => o.setName('file').setDescription('The article as a saved page or text file')),
    )
    .addSubcommand((s) =>
      s.setName('remove').setDescription('Set an article aside (its files move to .removed, never deleted)').addStringOption((o) => o.setName('article').setDescription('The article').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('restore').setDescription('Bring back an article set aside').addStringOption((o) => o.setName('article').setDescription('The article id').setRequired(true))),
  // The subcommand first: on the console `/article add url:https://…` fills it with "add".
  options: ['subcommand', 'url', 'file', 'article'],
  slow: true,
  moderators: true,
  async run(options, { store }, caller) {
    // Checked here too: a server can override the command's default permissions.
    if (!caller.isModerator) throw new UserError('notModerator', 'Only moderators (Manage Server, or the moderator role) can add or remove articles.');
    const sub = text(options, 'subcommand', 20);
    try {
      if (sub === 'add') {
        const link = text(options, 'url', 2000);
        const file = text(options, 'file', 2000);
        const source = link ?? file;
        if (!source) throw new UserError('missingOption', 'Give `url` or attach a `file`.');
        if (!/^https?:\/\//i.test(source)) throw new UserError('badUrl', '`url`: only http and https links can be added.');
        const { id } = await addArticle(store.seedsDir, source, { allowPrivate: process.env.ALLOW_PRIVATE_URLS === '1', attachment: !link });
        const refreshed = await store.refresh();
        return renderAdded(store.kb, id, refreshed);
      }
      const id = text(options, 'article', 200);
      if (!id) throw new UserError('missingOption', '`article` is required.');
      if (sub === 'remove') await removeArticle(store.seedsDir, id);
      else if (sub === 'restore') await restoreArticle(store.seedsDir, id);
      else throw new UserError('badSubcommand', 'Use `/article add`, `/article remove` or `/article restore`.');
      return renderMoved(sub, id, await store.refresh());
    } catch (err) {
      if (err instanceof AddRefused || err instanceof MoveRefused) throw new UserError('refused', `Nothing changed: ${err.message}.`);
      throw err;
    }
  },
  autocomplete(option, typed, { kb }) {
    return option === 'article' ? suggestSources(kb, typed) : [];
  },
} satisfies Command;
