import type { Link, Section } from '../model.js';
import { CREDIT_LINE, ROUNDUP_LINE, splitLines } from '../ingest/sections.js';

const OUTLETS = new Map<string, string>(Object.entries({
  spiegel: 'Der Spiegel', 'der spiegel': 'Der Spiegel', dpa: 'dpa', reuters: 'Reuters', rt: 'RT', ap: 'AP', afp: 'AFP',
  ria: 'RIA Novosti', tass: 'TASS', sputnik: 'Sputnik', bbc: 'BBC', cnn: 'CNN', dw: 'DW', rfe: 'RFE/RL',
}));

/** The display name of an outlet as the text writes it ("spiegel" → "Der Spiegel"). */
export function outletName(raw: string): string {
  const s = raw.trim().replace(/[.:]+$/, '');
  return OUTLETS.get(s.toLowerCase()) ?? s;
}

/**
 * The outlets an article cites: a headline list ("Headline -- Outlet"), an editor's note with "(RT)",
 * a "Source: spiegel" or agency credit line, "Daily Mail:" before a headline, "according to Russia's RIA news agency".
 */
export function findCitedLinks(text: string, sections: readonly Section[], articleId: string): Link[] {
  const links: Link[] = [];
  const add = (outlet: string, title: string | null, kind: Link['kind'], start: number, end: number) => {
    const name = outletName(outlet);
    if (links.some((l) => l.outlet === name && l.title === title && l.kind === kind)) return;
    links.push({ articleId, outlet: name, title: title?.trim() || null, url: null, kind, start, end });
  };
  for (const section of sections) {
    for (const line of splitLines(text.slice(section.start, section.end))) {
      const at = section.start + line.start;
      const l = line.text;
      if (section.kind === 'roundup') {
        const item = l.match(ROUNDUP_LINE);
        if (item) add(item[2]!, item[1]!, 'roundup', at, at + l.length);
        for (const m of l.matchAll(/(?:^|\.{2,}\s*|:\s+|\.\s+)([^.():]{8,200}?)\s*\(([A-Z][\w ]{0,30})\)/g)) {
          add(m[2]!, m[1]!, 'roundup', at + m.index!, at + m.index! + m[0].length);
        }
      } else if (section.kind === 'credit') {
        const source = l.match(/^source:\s*(.+)$/i);
        if (source) add(source[1]!, null, 'credit', at, at + l.length);
        else if (CREDIT_LINE.test(l)) {
          // "asc/dpa/Reuters": the writer's initials, then the agencies.
          for (const part of l.split('/').slice(1)) add(part, null, 'credit', at, at + l.length);
        }
      } else if (section.kind === 'report' || section.kind === 'opinion') {
        const head = l.match(/^(Daily Mail|Reuters|AP|AFP|BBC|CNN|The Guardian|The Times|Bloomberg|Politico):\s+(.{10,400})$/);
        if (head) add(head[1]!, head[2]!, 'cited', at, at + l.length);
        for (const m of l.matchAll(/\b(?:Russia['’]s |Russian |the )?([A-Z][A-Za-z]{1,20}) news agency\b/g)) {
          add(m[1]!, null, 'cited', at + m.index!, at + m.index! + m[0].length);
        }
        for (const m of l.matchAll(/\((RT|Sputnik|TASS|AP|AFP|Reuters|dpa)\)/g)) add(m[1]!, null, 'cited', at + m.index!, at + m.index! + m[0].length);
      }
    }
  }
  return links;
}
