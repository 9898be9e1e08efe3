import { SlashCommandBuilder } from 'discord.js';
import { resolveSource, suggestSources } from '../src/query/articles.js';
import { renderSources } from '../src/render/answers.js';
import { text } from './options.js';
import type { Command } from './types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The articles, their outlets and the outlets they cite')
    .addStringOption((o) => o.setName('outlet').setDescription('Only this outlet or article').setAutocomplete(true).setMaxLength(100)),
  options: ['outlet'],
  run(options, { kb }) {
    const outlet = text(options, 'outlet', 100);
    if (!outlet) return renderSources(kb, [...kb.articles], null);
    const citingIds = new Set(kb.links.filter((l) => l.outlet.toLowerCase() === outlet.toLowerCase()).map((l) => l.articleId));
    const citing = [...citingIds].map((id) => kb.lookup.article.get(id)!);
    let matched: typeof kb.articles[number][] = [];
    try {
      matched = resolveSource(kb, outlet);
    } catch (err) {
      if (citing.length === 0) throw err;
    }
    return renderSources(kb, [...new Set([...matched, ...citing])], outlet);
  },
  autocomplete(_option, typed, { kb }) {
    return suggestSources(kb, typed);
  },
} satisfies Command;
