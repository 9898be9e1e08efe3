import { SlashCommandBuilder } from 'discord.js';
import { findTimeline, wholeDate } from '../src/query/answers.js';
import { renderTimeline } from '../src/render/answers.js';
import { text } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('What happened when, oldest first')
    .addStringOption((o) => o.setName('from').setDescription('From (2022-01-20, 2022-01, 2022 or 2022-W03)').setMaxLength(20))
    .addStringOption((o) => o.setName('to').setDescription('To (2022-01-31, 2022-02, 2022 or 2022-W05)').setMaxLength(20))
    .addStringOption((o) => o.setName('about').setDescription('Only events about this').setMaxLength(200)),
  options: ['from', 'to', 'about'],
  run(options, { kb }) {
    const opts = { from: text(options, 'from', 20), to: text(options, 'to', 20), about: text(options, 'about') };
    return renderTimeline(kb, findTimeline(kb, opts), { ...opts, whole: wholeDate(kb, opts) });
  },
} satisfies Command;
