import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A synthetic corpus for benchmarks: N article files in the shape of the seeds (datelines, titles, quotes with
 * varied cues and pronouns, titled people from a large name pool, relative dates, numbers, link roundups, reader
 * comments, page furniture). Deterministic: the same seed gives the same files. None of it is real news.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Karin Luca Maya Nikolai Olga Pavel Quinn Rosa Stefan Tomas Ulla Viktor Wanda Xavier Yulia Zoran Amir Bianca Cyril Dana Emil Fiona Goran Hana Igor Jana Kemal Lena Mikhail Nora Oskar Petra Rafael Sonia Teodor Ursula Vera Walter Yana Zeno'.split(' ');
const LAST = 'Abramov Bergstrom Castell Dvorak Eriksen Falk Gromov Halvorsen Ivanova Jansen Kowalski Lindqvist Marchetti Novak Orlov Petrov Quist Rasmussen Sokolov Tamm Ulrich Varga Weiss Yilmaz Zelenko Albescu Brandt Cerny Dimitrov Esposito Fischer Gallo Horvat Ilves Jovanovic Kuznetsov Lang Moretti Nielsen Ostrowski Popescu Romano Schulz Tanaka Uribe Vidal Wolff Zajac Aalto Bauer Costa Dahl Engel Ferrari Greco Hansen Iversen Juhl Kask Laine'.split(' ');
const NATIONS = ['US', 'Russian', 'French', 'German', 'Ukrainian', 'Estonian', 'British', 'Polish'];
const ROLES = ['Foreign Minister', 'President', 'Defence Minister', 'Prime Minister', 'spokesman', 'ambassador', 'press secretary'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC', 'CNN', 'DW', 'TASS', 'RT', 'Bloomberg', 'Politico', 'France 24', 'Moscow Times'];
const WORDS = 'security talks troops border diplomacy sanctions response proposals meeting allies pressure dialogue guarantees weapons forces invasion escalation agreement negotiations progress concerns interests position demands treaty alliance region partners ceasefire exercises principles sovereignty'.split(' ');
const VERBS = 'expect want need support reject demand discuss propose consider welcome oppose accept review question'.split(' ');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYNAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface CorpusStats {
  files: number;
  bytes: number;
}

export function generateArticle(rand: () => number, index: number): { name: string; text: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const statement = () => {
    const n = int(5, 16);
    const words = Array.from({ length: n }, (_, i) => (i % 4 === 1 ? pick(VERBS) : pick(WORDS)));
    return `We ${words.join(' ')}`;
  };
  const people = Array.from({ length: int(2, 5) }, () => ({ first: pick(FIRST), last: pick(LAST), nat: pick(NATIONS), role: pick(ROLES) }));
  const full = (p: (typeof people)[number]) => `${p.nat} ${p.role} ${p.first} ${p.last}`;
  const date = new Date(Date.UTC(int(2019, 2024), int(0, 11), int(1, 28)));
  const lines: string[] = [];
  const dated = rand() > 0.1;
  if (rand() < 0.3) lines.push('[ad_1]');
  if (dated) lines.push(`${DAYNAMES[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`, '');
  lines.push(`${pick(WORDS).replace(/^./, (c) => c.toUpperCase())} Talks In ${pick(['Geneva', 'Vienna', 'Brussels', 'Minsk'])} End Without ${pick(['Breakthrough', 'Agreement', 'Progress'])}`, '');
  const a = people[0]!;
  lines.push(`${full(a)} met ${full(people[1]!)} on ${pick(WEEKDAYS)} for talks on ${pick(WORDS)} and ${pick(WORDS)}.`);
  const paragraphs = int(8, 18);
  for (let i = 0; i < paragraphs; i++) {
    const p = pick(people);
    const kind = int(0, 11);
    if (kind === 0) lines.push(`"${statement()}," ${p.last} said.`);
    else if (kind === 1) lines.push(`"${statement()}," said the ${p.nat} ${p.role.toLowerCase()}.`);
    else if (kind === 2) lines.push(`Mr ${p.last} told reporters that the talks were "${pick(WORDS)} and ${pick(WORDS)}".`);
    else if (kind === 3) lines.push(`According to ${p.last}, the ${pick(WORDS)} is "${statement().toLowerCase()}".`);
    else if (kind === 4) lines.push(`${p.first} ${p.last} spoke about ${pick(WORDS)} with ${pick(people).last}. "${statement()}," he added.`);
    else if (kind === 5) lines.push(`“${statement()},” ${p.last} mentioned after the assembly.`);
    else if (kind === 6) lines.push(`Some ${int(2, 200) * 500} troops and ${int(10, 150)} warships remain in the ${pick(WORDS)} area, officials said.`);
    else if (kind === 7) lines.push(`The two sides will meet again ${pick(['next week', 'next month', `by ${pick(MONTHS)} ${int(1, 28)}`])} to discuss ${pick(WORDS)}.`);
    else if (kind === 8) lines.push(`The ${pick(WORDS)} dates back to ${pick(['in 2014', 'June of last year', 'last week', `on ${pick(WEEKDAYS)}`])}, when ${p.last} first raised it.`);
    else if (kind === 9) lines.push(`The meeting was scheduled to last two hours but ended after ${int(40, 110)} minutes.`);
    else if (kind === 10) lines.push(`Enlarge image`, `${p.first} ${p.last} in ${pick(['Geneva', 'Kyiv'])}`, `Photo: ${pick(OUTLETS)}`);
    else lines.push(`${p.last} said the ${pick(WORDS)} was ${pick(WORDS)}, and that ${pick(people).last} had agreed to continue the ${pick(WORDS)}.`);
    lines.push('');
  }
  if (rand() < 0.3) {
    for (let i = 0; i < int(3, 8); i++) lines.push(`${pick(WORDS)} ${pick(VERBS)} over ${pick(WORDS)} -- ${pick(OUTLETS)}`);
    lines.push('');
  }
  if (rand() < 0.3) lines.push('1 comment:', '', 'Anonymous said...', '', `"${statement()}" is what they always say. Next week it will be war.`, '');
  if (rand() < 0.3) lines.push('You may like', '', `News/Politics ${new Date(Date.UTC(2024, 3, 15)).toISOString()}`);
  return { name: `${String(index).padStart(6, '0')}_synthetic.txt`, text: lines.join('\n') };
}

/** Writes N synthetic articles into a folder (created if needed). */
export async function writeCorpus(dir: string, n: number, seed = 20220121): Promise<CorpusStats> {
  await mkdir(dir, { recursive: true });
  const rand = mulberry32(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const { name, text } = generateArticle(rand, i);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dir, name), text);
  }
  return { files: n, bytes };
}
