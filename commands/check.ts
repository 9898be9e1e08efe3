import { SlashCommandBuilder } from 'discord.js';
import { checkStatement } from '../src/query/check.js';
import { renderCheck } from '../src/render/check.js';
import { required } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('check')
    .setDescription('Who said this, where and when? Paste a quote (with or without who said it)')
    .addStringOption((o) => o.setName('text').setDescription('The statement, as someone posted it').setRequired(true).setMaxLength(1000)),
  options: ['text'],
  run(options, { kb }) {
    return renderCheck(kb, checkStatement(kb, required(options, 'text', 1000)));
  },
} satisfies Command;
