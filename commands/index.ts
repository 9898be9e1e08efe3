import about from './about.js';
import article from './article.js';
import fact from './fact.js';
import quote from './quote.js';
import refresh from './refresh.js';
import sources from './sources.js';
import timeline from './timeline.js';
import type { Command } from './types.js';
import who from './who.js';

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map([quote, timeline, fact, sources, who, about, refresh, article].map((c) => [c.data.name, c as Command]));
