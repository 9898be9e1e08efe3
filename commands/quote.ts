import { SlashCommandBuilder } from 'discord.js';
import { findQuotes } from '../src/query/answers.js';
import { suggestSources } from '../src/query/articles.js';
import { suggestPeople } from '../src/query/people.js';
import { renderQuotes } from '../src/render/answers.js';
import { required, text } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What did someone say about the talks?')
    .addStringOption((o) => o.setName('speaker').setDescription('Who (a name, alias or title)').setRequired(true).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('about').setDescription('A topic to rank by').setMaxLength(200))
    .addStringOption((o) => o.setName('source').setDescription('Only this article or outlet').setAutocomplete(true).setMaxLength(100)),
  options: ['speaker', 'about', 'source'],
  run(options, { kb }) {
    const answer = findQuotes(kb, { speaker: required(options, 'speaker', 100), about: text(options, 'about'), source: text(options, 'source', 100) });
    return renderQuotes(kb, answer);
  },
  autocomplete(option, typed, { kb }) {
    return option === 'source' ? suggestSources(kb, typed) : suggestPeople(kb, typed);
  },
} satisfies Command;
