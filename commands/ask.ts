import { SlashCommandBuilder } from 'discord.js';
import { describeIntent, type Intent, understand } from '../src/query/ask.js';
import { findFacts, findQuotes, findTimeline, factSuggestions } from '../src/query/answers.js';
import { checkStatement } from '../src/query/check.js';
import type { KnowledgeBase } from '../src/kb/build.js';
import { type Answer, renderFacts, renderQuotes, renderSources, renderTimeline, renderWho } from '../src/render/answers.js';
import { renderCheck } from '../src/render/check.js';
import { escapeMarkdown, truncate } from '../src/util/format.js';
import { required } from './options.js';
import type { Command } from './types.js';

/** The answer an intent gets: the same cards as the command that asks it directly. */
function answer(kb: KnowledgeBase, i: Intent): Answer {
  switch (i.kind) {
    case 'quotes':
      return renderQuotes(kb, findQuotes(kb, { speaker: i.person.id, ...(i.about ? { about: i.about } : {}) }));
    case 'check':
      return renderCheck(kb, checkStatement(kb, i.text));
    case 'who':
      return renderWho(kb, i.person);
    case 'when': {
      const entries = findTimeline(kb, { about: i.topic });
      // No dated event on it: the sentences about it, which may still say when.
      return entries.length ? renderTimeline(kb, entries, { about: i.topic }) : facts(kb, i.topic);
    }
    case 'amount': {
      const found = findFacts(kb, i.question, 30).filter((f) => f.fact.numbers.length > 0).slice(0, 10);
      return found.length ? renderFacts(kb, i.topic, found, []) : facts(kb, i.topic);
    }
    case 'outlets': {
      const articles = [...new Set(findFacts(kb, i.topic, 30).map((f) => f.fact.articleId))].map((id) => kb.lookup.article.get(id)!);
      return articles.length ? renderSources(kb, articles, null) : facts(kb, i.topic);
    }
    case 'facts':
      return facts(kb, i.topic);
  }
}

function facts(kb: KnowledgeBase, topic: string): Answer {
  const found = findFacts(kb, topic);
  return renderFacts(kb, topic, found, found.length ? [] : factSuggestions(kb));
}

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask in plain words: what did Lavrov say about NATO? when is the next meeting? who said "…"?')
    .addStringOption((o) => o.setName('question').setDescription('Your question about the articles').setRequired(true).setMaxLength(300)),
  options: ['question'],
  run(options, { kb }) {
    const intent = understand(kb, required(options, 'question', 300));
    const result = answer(kb, intent);
    // The first page says, in one line, what the question was taken to ask.
    const first = result.pages[0]!;
    const embed = first.embeds?.[0];
    const understood = `*Understood as: ${escapeMarkdown(truncate(describeIntent(intent), 200))}.*`;
    if (embed) embed.description = `${understood}\n\n${embed.description ?? ''}`.slice(0, 4096);
    else first.content = `${understood}\n${first.content ?? ''}`.slice(0, 2000);
    return result;
  },
} satisfies Command;
