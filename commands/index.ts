import about from './about.js';
import article from './article.js';
import fact from './fact.js';
import quote from './quote.js';
import refresh from './refresh.js';
import sources from './sources.js';
import timeline from './timeline.js';
import type { Command } from './types.js';
import who from './who.js';

/** The commands that only read take `private:true`: the answer goes to the one who asked alone. */
const readers = [quote, timeline, fact, sources, who, about].map(
  (c): Command => ({ ...c, options: [...c.options, 'private'], data: c.data.addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')) }),
);

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map([...readers, refresh, article].map((c) => [c.data.name, c as Command]));
