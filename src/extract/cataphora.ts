import { DESCRIBED } from './descriptions.js';
import { ANONYMOUS, type Mention } from './mentions.js';

/**
 * "… has been "extremely positive", Ireland's foreign affairs minister has said. … Helen McEntee welcomed the talks.
 * "…," the Irish foreign affairs minister said": a description that stood for no one, before anyone it could stand for
 * was named, written again of one named since, is theirs. `described` holds each mention's text as it was before the
 * descriptions were resolved (DESCRIBED, the head and its modifiers: "minister|Irish foreign affairs").
 */
export function laterDescribed(mentions: Mention[], described: readonly string[]): void {
  mentions.forEach((m, i) => {
    if (m.key !== ANONYMOUS || !described[i]!.startsWith(DESCRIBED) || described[i]!.endsWith('|lede')) return;
    const later = mentions.find((x, j) => j > i && described[j] === described[i] && x.key && x.key !== ANONYMOUS);
    // (Only one first named after it: a description after someone is named is read by resolveDescriptions.)
    if (later && mentions.findIndex((x) => x.key === later.key) > i) m.key = later.key;
  });
}
