import { SlashCommandBuilder } from 'discord.js';
import { factSuggestions, findFacts } from '../src/query/answers.js';
import { renderFacts } from '../src/render/answers.js';
import { required } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('fact')
    .setDescription('Sentences from the articles that answer a question')
    .addStringOption((o) => o.setName('query').setDescription('What to look for (troops, warships, sanctions …)').setRequired(true).setMaxLength(200)),
  options: ['query'],
  run(options, { kb }) {
    const query = required(options, 'query');
    const facts = findFacts(kb, query);
    return renderFacts(kb, query, facts, facts.length ? [] : factSuggestions(kb));
  },
} satisfies Command;
