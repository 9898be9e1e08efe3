import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import type { Report } from '../src/feedback.js';
import { escapeMarkdown, truncate } from '../src/util/format.js';
import { EPHEMERAL, reply } from '../src/render/payload.js';
import type { Command } from './types.js';

/** Reports /feedback lists. */
const LATEST = 10;

/** A report as moderators read it: when, what was asked, by whom, why, and what was shown from which build. */
function line(r: Report): string {
  // (Inside a code span nothing is markdown: only backticks are taken out.)
  const options = Object.entries(r.options ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}:${v}`).join('');
  const asked = r.command ? `\`${truncate(`/${r.command}${options}`, 200).replaceAll('`', "'")}\`` : 'an answer from before a restart';
  const shown = r.shown.title ? ` · shown “${escapeMarkdown(truncate(r.shown.title, 80))}”` : '';
  return `**${r.at.slice(0, 16).replace('T', ' ')} UTC** · ${asked} · by <@${r.userId}>\n> ${escapeMarkdown(truncate(r.reason.replace(/\s+/g, ' '), 400))}\nknowledge base built ${r.kb.builtAt.slice(0, 16).replace('T', ' ')} (${r.kb.articles} articles)${shown}`;
}

export default {
  data: new SlashCommandBuilder()
    .setName('feedback')
    .setDescription('Moderators: the latest reports users filed with "Report a problem"')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  options: [],
  moderators: true,
  async run(_options, { feedback }, caller) {
    if (!caller.isModerator) throw new UserError('notModerator', 'Only moderators (Manage Server, or the moderator role) can read the reports.');
    const reports = feedback ? await feedback.latest(LATEST) : [];
    const description = reports.length ? reports.map(line).join('\n\n') : 'No reports yet.';
    return { pages: [reply({ title: `Reports (${reports.length === LATEST ? `latest ${LATEST}` : reports.length})`, description }, { flags: EPHEMERAL })] };
  },
} satisfies Command;
