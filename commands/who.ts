import { SlashCommandBuilder } from 'discord.js';
import { resolvePerson, suggestPeople } from '../src/query/people.js';
import { renderWho } from '../src/render/answers.js';
import { required } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who someone is: roles, other names, quotes, articles')
    .addStringOption((o) => o.setName('name').setDescription('A name, alias or title').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  options: ['name'],
  run(options, { kb }) {
    return renderWho(kb, resolvePerson(kb, required(options, 'name', 100), 'name'));
  },
  autocomplete(_option, typed, { kb }) {
    return suggestPeople(kb, typed);
  },
} satisfies Command;
