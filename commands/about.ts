import { SlashCommandBuilder } from 'discord.js';
import { renderAbout } from '../src/render/answers.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder().setName('about').setDescription('What parley knows and how to ask it'),
  options: [],
  run(_options, { kb }) {
    return renderAbout(kb, kb.builtAt);
  },
} satisfies Command;
