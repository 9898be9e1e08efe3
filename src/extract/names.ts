import { FAMILY_FIRST, PARTICLES } from './lexicon.js';
import { escapeRegExp } from '../util/regexp.js';

/** How a person's name is cut: the given name, the family name the text uses alone, and every short form that may stand for it. */
export interface NameShape {
  first: string | null;
  last: string;
  /** Forms that alone mean this person, most specific first ("von der Leyen"; "al-Burhan", "Burhan"; "Li"). */
  shorts: string[];
}

const PARTICLE_SET = new Set(PARTICLES.flatMap((p) => p.split(' ')));
/** Particles that may open a surname written alone ("De Jong", "Van Dijk", "Le Pen"); not "Ben", "Al" (given names too). */
const LEADING_PARTICLES = new Set(['de', 'van', 'von', 'di', 'du', 'le', 'da', 'del', 'della', 'ter', 'ten', 'la', 'dos', 'das']);
/** One or two syllables of romanised Chinese or Korean ("Qiang", "Jinping", "Jong", "Yeol"), not "Anderson". */
const SYLLABLES = /^(?:(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ng)?[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r)?){1,2}$/i;

/**
 * The shape of a full name as written. Family name first for Chinese and Korean names ("Li Qiang" → Li,
 * "Lee Jae-myung" → Lee); particles stay with the surname ("Frenkie de Jong" → de Jong, "Abdel Fattah al-Burhan"
 * → al-Burhan or Burhan); otherwise the last word.
 */
export function nameShape(name: string): NameShape {
  // ("James Kennedy Jr.", "Elizabeth II": a generation's mark after a surname is no surname.)
  const all = name.split(/\s+/).filter(Boolean);
  const tokens = all.length > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(all.at(-1)!) ? all.slice(0, -1) : all;
  if (tokens.length === 1) return { first: null, last: tokens[0]!, shorts: [tokens[0]!] };
  // "De Jong said": a surname with its particle, no given name.
  if (tokens.length === 2 && LEADING_PARTICLES.has(tokens[0]!.toLowerCase())) return { first: null, last: tokens.join(' '), shorts: [tokens.join(' ')] };
  const particle = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && PARTICLE_SET.has(t.toLowerCase()));
  // A middle name may be the one the text uses alone ("Luiz Inácio Lula da Silva" → "Lula"): a short form last of all.
  const middles = (from: number, to: number) => tokens.slice(from, to).filter((t) => !PARTICLE_SET.has(t.toLowerCase()) && /^\p{Lu}\p{Ll}{2,}/u.test(t));
  if (particle > 0) {
    const last = tokens.slice(particle).join(' ');
    return { first: tokens.slice(0, particle).join(' '), last, shorts: [last, tokens.at(-1)!, ...middles(1, particle)] };
  }
  const lastToken = tokens.at(-1)!;
  const glued = lastToken.match(/^(?:al|el|Al|El)-(\p{Lu}.+)$/u);
  if (glued) return { first: tokens.slice(0, -1).join(' '), last: lastToken, shorts: [lastToken, glued[1]!] };
  const rest = tokens.slice(1);
  // "KATO Hiroshi", "MOTEGI Toshimitsu": a family name written in capitals before the given name, as some records do
  // (three letters or more: "JD Vance" is initials).
  if (tokens.length <= 3 && /^\p{Lu}{3,}$/u.test(tokens[0]!) && rest.every((t) => /\p{Ll}/u.test(t))) return { first: rest.join(' '), last: tokens[0]!, shorts: [tokens[0]!] };
  if (tokens.length <= 3 && FAMILY_FIRST.has(tokens[0]!) && rest.every((t) => t.includes('-') || SYLLABLES.test(t))) {
    return { first: rest.join(' '), last: tokens[0]!, shorts: [tokens[0]!, lastToken] };
  }
  return { first: tokens[0]!, last: lastToken, shorts: [lastToken, ...middles(1, tokens.length - 1)] };
}

/** A name without accents, in lower case: "Núñez Feijóo" and "Nunez Feijoo" are one spelling. */
export function foldName(name: string): string {
  return ASCII.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;

/** The key of the person whose family name this is, the same for every spelling with or without accents. */
/** A word in capitals as a name writes it: "LAVROV" → "Lavrov"; each part of a joined name keeps its capital: "JEAN-PIERRE" → "Jean-Pierre". */
/** The initials of a full name, each part of a joined name counted: "Mohammed bin Salman" → "MBS", "Alexandria Ocasio-Cortez" → "AOC". */
export const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
export const titleCase = (w: string): string => w.replace(/\p{L}+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase());

export function personKey(last: string): string {
  return `p:${foldName(last)}`;
}

/** The key of an organisation the text names ("Met Office" → "o:met-office"). */
export function orgKey(name: string): string {
  return `o:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

/** A short form as a pattern that also matches a particle capitalised at the start of a sentence ("De Jong said"). */
export function shortPattern(short: string): string {
  return short
    .split(' ')
    .map((w) => {
      const e = escapeRegExp(w);
      // A letter with an accent also matches the letter without it ("Feijóo" finds "Feijoo").
      const plain = e.replace(/[^\x00-\x7f]/g, (c) => {
        const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
        return base && base !== c && /^[a-z]$/i.test(base) ? `[${c}${base}]` : c;
      });
      return PARTICLE_SET.has(w.toLowerCase()) ? `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${plain.slice(1)}` : plain;
    })
    .join('\\s+');
}

/** Whether two given names are one name spelt two ways ("Sergei", "Sergey"). */
export function similarFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  // ("Tony" and "Antony", "Bill" and "William": a pet form that is no beginning of the name.)
  const pa = PET_FORMS.get(a.toLowerCase());
  if (pa !== undefined && pa === PET_FORMS.get(b.toLowerCase())) return true;
  if (a.length < 3 || b.length < 3) return a[0] === b[0];
  // ("Jong-seok" and "Jun-seok" are two Korean given names; "Jae-in" and "Jae-In" one: syllable by syllable.)
  if (a.includes('-') && b.includes('-')) {
    const [pa, pb] = [a.toLowerCase().split('-'), b.toLowerCase().split('-')];
    return pa.length === pb.length && pa.every((x, i) => editDistance(x, pb[i]!) <= (x.length <= 3 ? 0 : 1));
  }
  // ("Joe" and "Joseph", "Alex" and "Alexander": a short form that begins the long one.)
  if (a.toLowerCase().startsWith(b.toLowerCase()) || b.toLowerCase().startsWith(a.toLowerCase())) return true;
  // (Two letters apart only for longer names, "Volodymyr" and "Volodimir": "Mary" and "Mira" are two names.)
  return editDistance(a.toLowerCase(), b.toLowerCase()) <= (Math.min(a.length, b.length) <= 4 ? 1 : 2) && a[0]!.toLowerCase() === b[0]!.toLowerCase();
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** English pet forms that neither begin their names nor lie within two letters of them, each with its group. */
const PET_FORMS = new Map(
  [
    'tony antony anthony',
    'bill billy will william',
    'bob bobby robert',
    'dick rick richard',
    'jim jimmy james',
    'jack john',
    'mike michael',
    'liz beth betty elizabeth',
    'kate katherine catherine kathryn',
    'chuck charlie charles',
    'ted ned edward',
    'hank harry henry',
    'jerry gerald',
    'larry lawrence laurence',
    'peggy maggie margaret',
    'steve stephen steven',
    'sasha alexander aleksandr',
  ].flatMap((group, i) => group.split(' ').map((name) => [name, i] as const)),
);
