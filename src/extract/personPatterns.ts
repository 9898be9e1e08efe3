import type { Span } from '../ingest/sentences.js';
import { NAME_ASIDE } from './cues.js';
import { IRREGULAR_PASTS, NOT_NAMES, ORG_HEADS, PARTICLES, ROLE_NOUNS } from './lexicon.js';

/**
 * The patterns findPeople reads names with: titles, honorifics, names beside speech verbs, unnamed sources and the
 * few bodies known by name. Kept apart from the passes that use them so each file does one job.
 */
/** What an unnamed source is ("a senior official", "one witness", "a passenger"): any role noun, singular or plural. */
const ANONYMOUS_NOUNS = new Set(
  [...ROLE_NOUNS, 'source', 'insider', 'staffer', 'employee', 'voice', 'member', 'passenger', 'person', 'onlooker', 'bystander', 'man', 'woman', 'boy', 'girl', 'villager', 'shopkeeper', 'shopper', 'customer', 'relative', 'neighbour', 'neighbor', 'rescuer', 'local'].filter((w) => /^[a-z-]+$/.test(w)),
);
const isAnonymousNoun = (w: string) =>
  ANONYMOUS_NOUNS.has(w) || (w.endsWith('s') && ANONYMOUS_NOUNS.has(w.slice(0, -1))) || (w.endsWith('es') && ANONYMOUS_NOUNS.has(w.slice(0, -2))) || /^(?:men|women|people|witnesses)$/.test(w);
/** What may follow an unnamed source: where they are or whom they are with, then a comma or a speech verb. */
const SOURCE_END = '(?=\\s*(?:,|said|says|told|added|who|declined|asking|speaking|shouted|cried|chanted|yelled|murmured|quoted|cited))';
/**
 * An unnamed source: an indefinite one ("a senior official in Dar es Salaam", "one engineer", "officials") or a
 * definite one that belongs to someone else ("the spokesman for Prime Minister X": X is not the one speaking).
 */
export const ANONYMOUS_SOURCE = new RegExp(
  '(?<![\\w-])(?:(?:[A-Z][\\w.]*\\s+){0,2}(?:[Oo]fficials|[Ss]ources|[Dd]iplomats|[Aa]nalysts|[Ee]xperts|[Rr]esidents|[Ww]itnesses|[Aa]ides|[Ii]nsiders)(?:\\s+(?:in|for|of|at|close to|familiar with)\\s+[^,."“”]{1,60}?)?' +
    // (And kin of one named: "the family of 89-year-old resident Joan Marsh said", "Relatives of Dan Cole told".)
    '|\\b(?:[Tt]he\\s+(?:spokes(?:man|woman|person)|aides?|advisers?|lawyers?|office|son|daughter|wife|husband|family|parents|relatives|friends|mother|father|brother|sister|widow|widower|children)|[Rr]elatives|[Ff]amil(?:y|ies)|[Pp]arents)\\s+(?:for|of|to)\\s+[^,."“”]{1,60}?' +
    // "one of them shouted": someone of a group
    '|\\b(?:[Oo]ne|[Ss]ome|[Mm]any|[Oo]thers?) of (?:them|those|the \\w+)' +
    `)${SOURCE_END}`,
  'g',
);

/** "a ", "one ", "several ": where an indefinite unnamed source may begin (see indefiniteSources). */
const INDEFINITE = /(?<![\w-])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther)\s+/g;
const SOURCE_WORD = /[\w-]+/y;
const GROUP_NOUN = /(?:people in the crowd|in the crowd|spokes(?:man|woman|person)(?:e?s)?)/y;
/** What someone is, not who speaks: "X, an astrobiologist who is a member of the team, told", "speaking as a parent". */
const PREDICATE_BEFORE = /\b(?:is|was|are|were|be|been|as|became|becomes|remains|remained)\s+$/;
const SOURCE_TAIL = new RegExp(`(?:\\s+(?:in|for|of|at|to|from|close to|familiar with)\\s+[^,."“”]{1,60}?)?${SOURCE_END}`, 'y');

/**
 * Unnamed sources of the indefinite kind: "a senior official in Dar es Salaam", "one engineer", "some in the crowd":
 * an indefinite word, up to three words, and a noun for a person, before a comma or a speech verb. (Read word by word
 * against a set: as one pattern with every role noun in it, this was a seventh of all extraction.)
 */
export function indefiniteSources(chunk: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  INDEFINITE.lastIndex = 0;
  for (let m = INDEFINITE.exec(chunk); m; m = INDEFINITE.exec(chunk)) {
    if (PREDICATE_BEFORE.test(chunk.slice(Math.max(0, m.index - 10), m.index))) continue;
    let at = m.index + m[0].length;
    for (let k = 0; k <= 3; k++) {
      GROUP_NOUN.lastIndex = at;
      const group = GROUP_NOUN.exec(chunk);
      SOURCE_WORD.lastIndex = at;
      const word = group ? null : SOURCE_WORD.exec(chunk);
      const noun = group ?? (word && isAnonymousNoun(word[0]) ? word : null);
      if (noun) {
        SOURCE_TAIL.lastIndex = at + noun[0].length;
        if (SOURCE_TAIL.exec(chunk)) {
          out.push({ index: m.index, text: chunk.slice(m.index, SOURCE_TAIL.lastIndex) });
          INDEFINITE.lastIndex = SOURCE_TAIL.lastIndex;
          break;
        }
      }
      // (The next word, past this one and the spaces after it.)
      const next = (group ?? word)?.[0];
      if (!next) break;
      const gap = /^\s+/.exec(chunk.slice(at + next.length, at + next.length + 8));
      if (!gap) break;
      at += next.length + gap[0].length;
    }
  }
  return out;
}


export const NAT = new Map<string, string>(Object.entries({
  us: 'US', 'u.s.': 'US', american: 'US', "washington's": 'US',
  russian: 'Russian', "russia's": 'Russian', "moscow's": 'Russian', kremlin: 'Russian',
  uk: 'UK', 'u.k.': 'UK', british: 'UK', "britain's": 'UK',
  ukrainian: 'Ukrainian', "ukraine's": 'Ukrainian', estonian: 'Estonian', french: 'French', german: 'German', chinese: 'Chinese',
}));
const NAT_RE = "U\\.S\\.|US|American|Washington['’]s|Russian|Russia['’]s|Moscow['’]s|UK|U\\.K\\.|British|Britain['’]s|Ukrainian|Ukraine['’]s|Estonian|French|German|Chinese";
const ORG_PREFIX_RE = 'Kremlin|Pentagon|White House|State Department|State Division|NATO|Treasury';
const ROLE_RE =
  'Deputy Secretary of State|Secretary of State|Vice President|(?:Deputy )?President|(?:Deputy )?Prime Minister|Chancellor|' +
  '(?:Deputy )?(?:Foreign|Overseas|Defen[cs]e|Protection) Minister|Foreign Secretary|Defen[cs]e Secretary|Secretary(?:-| )General|' +
  'press secretary|spokes(?:man|woman|person)|political analyst|analyst|ambassador|envoy|Secretary|Minister|counterpart|top diplomat|deputy';
export const TITLE = new RegExp(`\\b(?:(${NAT_RE})\\s+)?(?:(${ORG_PREFIX_RE})\\s+)?(${ROLE_RE})\\b`, 'gi');
/** A capitalised word of a name, with one capital inside after a prefix ("McDowell", "DeSantis", "MacArthur"). */
const WORD = "[A-Z][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?";
const NAME_TOKEN = `(?:${WORD}(?:[-'’](?!s\\b)[A-Z]?[a-zà-öø-ÿ]+){0,2}|(?:al|el)-[A-Z][a-zà-öø-ÿ]+|[A-Z]\\.?)`;
/** The name after a title, or after a title and a comma ("the Kremlin spokesman, Dmitry Peskov, said"). */
export const NAME = new RegExp(`,?\\s+(${NAME_TOKEN}(?:(?:\\s+(?:${PARTICLES.map((p) => p.replace(' ', '\\s+')).join('|')})\\s+|\\s+)${NAME_TOKEN}){0,4})`, 'y');
// ("Mrs Justice Carol Ainsley", "Mr Justice Pike": a judge of England's High Court, styled so; the name comes after.)
export const HONORIFIC = new RegExp(`\\b(Mr|Mrs|Ms|Dr|Secretary|President)\\.?\\s+(?:Justice\\s+)?(${WORD}(?:-[A-Z][a-z]+)?)(?:\\s+(${WORD}(?:-[A-Z][a-z]+)?))?\\b`, 'g');
export const DEPUTY = new RegExp(`\\b([A-Z][a-z]+)['’]s (deputy|spokes(?:man|woman)|aide|adviser),?\\s+(${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,2})`, 'g');
/**
 * A capitalised word followed by a verb (see findPeople: the word before must not be capitalised too). ASCII only:
 * this runs over every article's text, and a plain pattern is far cheaper than a Unicode one.
 */
// (Irregular pasts too: "Swift got high-profile support" says "Swift" is used alone.)
// ("Norris now trails Verstappen": an adverb may come first, and a present tense a sports desk uses.)
const USED_ALONE = new RegExp(
  `\\b([A-Z][a-z][\\w'’-]*) (?:(?:now|also|still|then|later|again) )?(?:trails|leads|faces|remains|needs|wants|hopes|believes|insists|has|had|is|was|will|would|did|does|can|could|said|says|told|tells|added|adds|took|made|won|lost|met|led|held|became|wrote|${IRREGULAR_PASTS}|[a-z]+ly|[a-z]{3,}ed)\\b`,
  'g',
);

/**
 * Capitalised words the text uses alone, inside a sentence or as a subject before a verb ("Sinner does not forget"),
 * and pairs of them used alone the same way, as a surname of two words is ("Suu Kyi said", "López Obrador has").
 */
export function namesUsedAlone(text: string, spans: readonly Span[]): { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const span of spans) {
    const chunk = text.slice(span.start, span.end);
    USED_ALONE.lastIndex = 0;
    for (let m = USED_ALONE.exec(chunk); m; m = USED_ALONE.exec(chunk)) {
      const before = chunk.slice(Math.max(0, m.index - 30), m.index);
      // (Not the second word of a name: "Jannik Sinner has" says nothing of "Sinner" alone.)
      if (!/[A-Z][\w'’-]*\s$/.test(before)) words.add(m[1]!);
      // (A pair with nothing of a name before it: "Aung San Suu Kyi said" says nothing of "Suu Kyi" alone.)
      const first = /(?<![\p{L}'’.-]\s?)(\p{Lu}[\p{L}'’-]+)\s$/u.exec(before);
      if (first) pairs.add(`${first[1]} ${m[1]}`);
    }
  }
  return { words, pairs };
}

export const PRONOUN = /\b(?:he|she|He|She)\b/g;
/**
 * "According to him", "in her words", "to quote him", "her statement read": a source named by a pronoun, read as "he"
 * or "she".
 */
export const PRONOUN_SOURCE =
  /\b(?:[Aa]ccording to (him|her)|[Ii]n (his|her)(?: own)? words|[Tt]o quote (him|her)|([Hh]is|[Hh]er)(?= (?:[a-z]+ )?(?:statement|letter|post|tweet|message|note|email) (?:read|reads|said|says|stated|states|added|adds|continued)\b))\b/g;
// ("the 61-year-old businesswoman said": with a word or two of what they are, right before a speech verb.)
export const AGE_DESCRIPTION = /\b[Tt]he (\d{1,3})-year-old\b(?:(?: [a-z-]+){1,2}(?= (?:said|says|told|tells|added|adds|recalled|explained|wrote)\b))?/g;
/**
 * "the head of the Russian Foreign Ministry stressed", "according to the head of Russian diplomacy", as translated copy
 * names a minister: the minister of that ministry (its words before "Ministry" captured), or the foreign minister.
 */
export const HEAD_OF_MINISTRY = /\b[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?(?:((?:\p{Lu}\p{L}+\s+){1,3})Ministry\b|((?:\p{Lu}\p{L}+\s+)?)diplomacy\b)/gu;
/**
 * "the certified nursing assistant, 33, said": a description with an age set beside it, speaking (see AGE_DESCRIPTION);
 * the caller leaves a head that descriptions read by an introduction ("the mayor, 52, said") to them.
 */
export const AGED_DESCRIPTION = /\b[Tt]he (?:[a-z-]+ ){0,3}([a-z-]+), (\d{1,3}),(?= (?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|wrote)\b)/g;
/** "They said": a body spoken of in the plural ("Big Harbour Records have denied it. "…," they said"), or a group. */
export const THEY_SAID = /\b[Tt]hey\s+(?:also\s+|later\s+)?(?:said|say|added|stated|wrote|told|insisted|argued|claimed|warned)\b/g;
export const IT_SAID = /\b[Ii]t\s+(?:also\s+|later\s+)?(?:said|says|added|adds|stated|noted|warned|announced|insisted|argued|told|wrote|confirmed|denied|pointed out)\b/g;
export const FULL_NAME = `${WORD}(?:-[A-Z][a-zà-öø-ÿ]+)?\\s+${WORD}(?:-[A-Z][a-zà-öø-ÿ]+)?`;
export const SPEECH =
  'said|says|told|tells|added|adds|mentioned|noted|stressed|insisted|warned|wrote|writes|tweeted|argued|claimed|explained|declared|' +
  'announced|replied|answered|acknowledged|admitted|reiterated|repeated|urged|vowed|pledged|predicted|confirmed|denied';
/**
 * A post alone as a clause's subject, before a speech verb, as translated copy writes it: "US Secretary of State said",
 * "…, Russian Foreign Minister told": the text before it opens the clause, and a verb follows.
 */
export const BARE_POST = /(?:^|[.!?:;,\n]\s|\n)$/;
export const POST_SPEAKS = new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:also\\s+)?(?:${SPEECH})\\b`);
/** SPEECH and answers and asides, for a description before its verb ("the health secretary responded: "…""). */
export const SPEECH_WIDE = `${SPEECH}|responded|retorted|remarked|conceded|countered|recalled|quipped|observed|cautioned|complained|joked|agreed`;
/** Speech verbs that take no person as their object, so a name after them is their subject: ", said Maria Zakharova". */
// (", urged Addis Ababa to sign", ", told Jane Roe": after a closing mark the name says the words; after a clause it is told.)
const SUBJECT_AFTER = SPEECH.split('|').filter((v) => !/^(?:told|tells|urged|warned|answered|pledged|denied|confirmed|announced|acknowledged)$/.test(v)).join('|');
/** A verb after the name, which makes it the subject of a reported clause: ", said Red Bull had lacked pace". */
const CLAUSE_VERB = '(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|did|does|do|needed|wanted)\\b';
// ("Her Conservative shadow, Mel Stride, said", "His opposite number, X, said": a name set off by commas after a
// possessive's description, the fourth group.)
export const SPEAKER_NAME = new RegExp(
  `(?:(?<=[,.?!]["”’']\\s)(?:${SPEECH})|(?<=[,.?!]\\s)(?:${SUBJECT_AFTER}))\\s+(${FULL_NAME})\\b(?!\\s+[A-Z])(?!\\s+${CLAUSE_VERB})|(?<![A-Z][a-z]*\\s)\\b(${FULL_NAME})(?:,\\s+([^,"“”]{2,100}),|${NAME_ASIDE})?\\s+(?:${SPEECH})\\b|(?<=\\b(?:[Hh]er|[Hh]is|[Tt]heir)\\s+(?:[A-Za-z-]+\\s+){0,3}[a-z]+,\\s)(${FULL_NAME}),\\s+(?:${SPEECH})\\b`,
  'g',
);
/** A name of one or two words and a comma, right before a title: "Kuleba, Ukraine's foreign minister". */
// (Not the last word after a particle: "Ursula von der Leyen, President of …" is read whole.)
export const APPOSED = new RegExp(`(?<![A-Z][a-z]*\\s)(?<!\\b(?:${PARTICLES.map((p) => p.split(' ').at(-1)).join('|')})\\s)\\b(${NAME_TOKEN}(?:\\s+${NAME_TOKEN})?),\\s+(?:the\\s+)?$`);
/** What may follow that title: a few more words of it, the closing comma and a speech verb. */
export const APPOSED_VERB = new RegExp(`^[^,.;"“”]{0,30},\\s+(?:${SPEECH})\\b`);
/** Words that are capitalised without being part of a name (roles, places, institutions, nationalities). */
const NOT_BARE_WORDS = [
  'Foreign|Ministry|Department|House|Office|Council|Union|Government|Officials?|Diplomats?|Reporters?|Sources?|Analysts?',
  'Western|European|Russia|America|Britain|China|United|States|Kingdom|Nations|Both|Neither|Mr|Mrs|Ms|Dr|Sir',
  // Places of two words ("North Korea", "Downing Street").
  'North|South|East|West|New|Saudi|Hong|Kong|Korea|Arabia|Street|Hill|City|Island|Islands|Republic|Gulf|Sea|Bay',
  // Institutions that speak ("Amnesty International said", "Deutsche Bank said").
  'General|International|Watch|Bank|Group|Agency|Institute|Foundation|Company|Corporation|Party|Committee|Commission|Parliament',
  'Assembly|Army|Forces|Command|Times|Post|News|Press|Journal|Service|University|College|Centre|Center|Association',
  'Organi[sz]ation|Federation|Alliance|Network|Media|Television|Radio',
].join('|');
export const NOT_BARE_NAME = new RegExp(
  `^(?:${ROLE_RE.split('|').flatMap((r) => r.split(/[\s()?:]+/)).filter((w) => /^[A-Z][a-z]+$/.test(w)).join('|')}|${NAT_RE}|${NOT_BARE_WORDS})$`,
);
export const NOT_NAME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'The', 'A', 'An', 'And', 'But', 'On', 'In', 'At', 'As', 'If', 'It',
  'He', 'She', 'They', 'We', 'I', 'Geneva', 'Moscow', 'Washington', 'Kyiv', 'Kiev', 'Ukraine', 'Russia', 'Europe', 'NATO', 'Nato', 'US',
  'Berlin', 'London', 'Paris', 'Beijing', 'Minsk', 'Belarus', 'Crimea', 'Donbas', 'Of', 'For', 'To', 'By', 'With', 'After', 'Before',
]);

/** Organisations that speak, by the names the text uses for them. */
export const ORGANISATIONS: { key: string; name: string; pattern: RegExp }[] = [
  // (Only by its country: "the Foreign Ministry" of a story from Beijing is China's.)
  { key: 'o:russian-foreign-ministry', name: 'Russian Foreign Ministry', pattern: /\b(?:[Tt]he )?Russian (?:Foreign|Overseas) Ministry\b(?! of\b)/g },
  { key: 'o:state-department', name: 'US State Department', pattern: /\b(?:[Tt]he )?(?:US |U\.S\. )?State (?:Department|Division)\b/g },
  { key: 'o:treasury', name: 'US Treasury Department', pattern: /\b(?:[Tt]he )?(?:US |U\.S\. )?Treasury Department\b/g },
  { key: 'o:pentagon', name: 'Pentagon', pattern: /\b(?:[Tt]he )?Pentagon\b/g },
  { key: 'o:kremlin', name: 'Kremlin', pattern: /\b(?:[Tt]he )?Kremlin\b/g },
  { key: 'o:white-house', name: 'White House', pattern: /\b(?:[Tt]he )?White House\b/g },
  { key: 'o:nato', name: 'NATO', pattern: /\b(?:NATO|Nato)\b/g },
  // (A capital followed by another capitalised word is part of another name: "Washington University", "Moscow Times".)
  // (Not an adjective before people: "four top US health officials said" are the officials, unnamed.)
  // (Nor the first words of a body's name: "the United States Maritime Alliance", "the US Coast Guard".)
  { key: 'o:us-government', name: 'US government', pattern: new RegExp(`\\b(?:(?:[Tt]he )?(?:US|U\\.S\\.|United States)(?![\\w.])(?!\\s+(?:[a-z]+\\s+)?(?:officials?|forces|troops|diplomats?|lawmakers|soldiers|envoys?|sources|experts|analysts|investigators|prosecutors)\\b)(?!\\s+(?:[A-Z][a-z]+\\s+){0,2}(?:${[...ORG_HEADS, 'Treasury', 'Marines?'].join('|')})\\b)|Washington(?! (?!D\\.C\\.)[A-Z]))\\b`, 'g') },
  // The British prime minister's office by its address.
  { key: 'o:downing-street', name: 'Downing Street', pattern: /\b(?:Downing Street|No\.? ?10|Number 10)(?![\w-])(?= (?:(?:later|also|earlier|then) )?(?:said|says|added|told|insisted|confirmed|denied|stated|announced)\b| has\b| spokes)/g },
  { key: 'o:russian-government', name: 'Russian government', pattern: /\bMoscow(?! [A-Z])\b/g },
];

/** Each capital's government ("Beijing" speaks for the Chinese government), and each country's (below). */
export const CAPITAL_GOVERNMENTS = new Map<string, string>(Object.entries({
  Beijing: 'Chinese', Tokyo: 'Japanese', Seoul: 'South Korean', Pyongyang: 'North Korean', Kyiv: 'Ukrainian', Kiev: 'Ukrainian',
  London: 'British', Paris: 'French', Berlin: 'German', Rome: 'Italian', Madrid: 'Spanish', Warsaw: 'Polish', Budapest: 'Hungarian',
  Minsk: 'Belarusian', Ankara: 'Turkish', Tehran: 'Iranian', Riyadh: 'Saudi', Cairo: 'Egyptian', Damascus: 'Syrian', Baghdad: 'Iraqi',
  Jerusalem: 'Israeli', 'New Delhi': 'Indian', Islamabad: 'Pakistani', Kabul: 'Afghan', Taipei: 'Taiwanese', Manila: 'Philippine',
  Jakarta: 'Indonesian', Hanoi: 'Vietnamese', Bangkok: 'Thai', Canberra: 'Australian', Ottawa: 'Canadian', Caracas: 'Venezuelan',
  Havana: 'Cuban', Brasilia: 'Brazilian', Pretoria: 'South African', Nairobi: 'Kenyan', Abuja: 'Nigerian', 'Addis Ababa': 'Ethiopian',
  Tbilisi: 'Georgian', Yerevan: 'Armenian', Baku: 'Azerbaijani', Doha: 'Qatari', 'Abu Dhabi': 'Emirati',
  // (Not the capitals that are also people's names: Sofia, Lima, Santiago, Colombo, Wellington, Victoria, Kingston.)
  Accra: 'Ghanaian', Lomé: 'Togolese', Lome: 'Togolese', Dakar: 'Senegalese', Kinshasa: 'Congolese', Luanda: 'Angolan', Kampala: 'Ugandan',
  Kigali: 'Rwandan', Harare: 'Zimbabwean', Lusaka: 'Zambian', Maputo: 'Mozambican', Khartoum: 'Sudanese', Tripoli: 'Libyan',
  Algiers: 'Algerian', Rabat: 'Moroccan', Tunis: 'Tunisian', Bamako: 'Malian', Niamey: 'Nigerien', Ouagadougou: 'Burkinabe',
  Mogadishu: 'Somali', Asmara: 'Eritrean', Dodoma: 'Tanzanian', Stockholm: 'Swedish', Oslo: 'Norwegian', Copenhagen: 'Danish',
  Helsinki: 'Finnish', Athens: 'Greek', Lisbon: 'Portuguese', Dublin: 'Irish', Bucharest: 'Romanian', Belgrade: 'Serbian', Zagreb: 'Croatian',
  Prague: 'Czech', Bratislava: 'Slovak', Vilnius: 'Lithuanian', Riga: 'Latvian', Tallinn: 'Estonian', Chisinau: 'Moldovan', Astana: 'Kazakh',
  Tashkent: 'Uzbek', Dhaka: 'Bangladeshi', Kathmandu: 'Nepali', 'Kuala Lumpur': 'Malaysian', 'Phnom Penh': 'Cambodian',
  'Mexico City': 'Mexican', Bogota: 'Colombian', Bogotá: 'Colombian', 'Buenos Aires': 'Argentine', Quito: 'Ecuadorian',
}));

/** Each country's government ("Ghana says" speaks for the Ghanaian government, as "Accra" would). */
const COUNTRY_GOVERNMENTS: Record<string, string> = {
  China: 'Chinese', Japan: 'Japanese', 'South Korea': 'South Korean', 'North Korea': 'North Korean', Ukraine: 'Ukrainian',
  Russia: 'Russian', Britain: 'British', UK: 'British', 'United Kingdom': 'British', France: 'French', Germany: 'German', Italy: 'Italian', Spain: 'Spanish', Poland: 'Polish',
  Hungary: 'Hungarian', Belarus: 'Belarusian', Turkey: 'Turkish', Türkiye: 'Turkish', Iran: 'Iranian', 'Saudi Arabia': 'Saudi',
  Egypt: 'Egyptian', Syria: 'Syrian', Iraq: 'Iraqi', Israel: 'Israeli', India: 'Indian', Pakistan: 'Pakistani', Afghanistan: 'Afghan',
  Taiwan: 'Taiwanese', Philippines: 'Philippine', Indonesia: 'Indonesian', Vietnam: 'Vietnamese', Thailand: 'Thai', Australia: 'Australian',
  Canada: 'Canadian', Venezuela: 'Venezuelan', Cuba: 'Cuban', Brazil: 'Brazilian', 'South Africa': 'South African', Kenya: 'Kenyan',
  Nigeria: 'Nigerian', Ethiopia: 'Ethiopian', Georgia: 'Georgian', Armenia: 'Armenian', Azerbaijan: 'Azerbaijani', Qatar: 'Qatari',
  Ghana: 'Ghanaian', Mexico: 'Mexican', Argentina: 'Argentine', Colombia: 'Colombian', Chile: 'Chilean', Peru: 'Peruvian',
  Malaysia: 'Malaysian', Singapore: 'Singaporean', Bangladesh: 'Bangladeshi', 'Sri Lanka': 'Sri Lankan', Nepal: 'Nepali',
  Lebanon: 'Lebanese', Jordan: 'Jordanian', Morocco: 'Moroccan', Algeria: 'Algerian', Tunisia: 'Tunisian', Libya: 'Libyan',
  Sudan: 'Sudanese', Uganda: 'Ugandan', Tanzania: 'Tanzanian', Rwanda: 'Rwandan', Zimbabwe: 'Zimbabwean', Sweden: 'Swedish',
  Norway: 'Norwegian', Denmark: 'Danish', Finland: 'Finnish', Netherlands: 'Dutch', Belgium: 'Belgian', Austria: 'Austrian',
  Switzerland: 'Swiss', Greece: 'Greek', Portugal: 'Portuguese', Ireland: 'Irish', Romania: 'Romanian', Serbia: 'Serbian',
  Kazakhstan: 'Kazakh', Uzbekistan: 'Uzbek', Moldova: 'Moldovan', Lithuania: 'Lithuanian', Latvia: 'Latvian', Estonia: 'Estonian',
  Iceland: 'Icelandic', 'New Zealand': 'New Zealand', Croatia: 'Croatian', Slovakia: 'Slovak', Slovenia: 'Slovenian', 'Czech Republic': 'Czech',
  Bulgaria: 'Bulgarian', Cyprus: 'Cypriot', Albania: 'Albanian', Kosovo: 'Kosovan', Montenegro: 'Montenegrin', 'North Macedonia': 'North Macedonian',
  Myanmar: 'Myanmar', Cambodia: 'Cambodian', Mongolia: 'Mongolian', Senegal: 'Senegalese', Cameroon: 'Cameroonian', Somalia: 'Somali',
  Yemen: 'Yemeni', Oman: 'Omani', Kuwait: 'Kuwaiti', Bahrain: 'Bahraini', Ecuador: 'Ecuadorian', Bolivia: 'Bolivian', Paraguay: 'Paraguayan',
  Uruguay: 'Uruguayan', Panama: 'Panamanian', Nicaragua: 'Nicaraguan', Guatemala: 'Guatemalan', Honduras: 'Honduran', Haiti: 'Haitian',
  // (Not Chad, a given name too.)
  Togo: 'Togolese', Benin: 'Beninese', Mali: 'Malian', Niger: 'Nigerien', 'Burkina Faso': 'Burkinabe', Angola: 'Angolan', Zambia: 'Zambian',
  Mozambique: 'Mozambican', Namibia: 'Namibian', Malawi: 'Malawian', Eritrea: 'Eritrean', 'South Sudan': 'South Sudanese', Congo: 'Congolese',
  'Ivory Coast': 'Ivorian', Liberia: 'Liberian', 'Sierra Leone': 'Sierra Leonean', Gabon: 'Gabonese', Madagascar: 'Malagasy',
  Kyrgyzstan: 'Kyrgyz', Tajikistan: 'Tajik', Turkmenistan: 'Turkmen', Laos: 'Lao', Fiji: 'Fijian', Jamaica: 'Jamaican', 'El Salvador': 'Salvadoran',
  'Costa Rica': 'Costa Rican', 'Dominican Republic': 'Dominican', 'United Arab Emirates': 'Emirati', 'Papua New Guinea': 'Papua New Guinean',
};
for (const [country, adjective] of Object.entries(COUNTRY_GOVERNMENTS)) CAPITAL_GOVERNMENTS.set(country, adjective);

const anyCase = (w: string) => w.replace(/^[a-z]/, (c) => `[${c.toUpperCase()}${c}]`);
const BODY_WORDS =
  'foreign|defen[cs]e|interior|home|finance|economy|trade|health|justice|education|energy|environment|transport|emergencies|emergency|information|' +
  'agriculture|commerce|industry|labou?r|security|culture|water|irrigation|communications|tourism|planning|cabinet|presidential';
// (The forces too, "the Israeli military said", but only as a body that speaks: see ARMED.)
const BODY_HEADS = 'ministry|office|embassy|consulate|mission|government|cabinet|presidency|military|army|navy|police';
/** The armed forces or the police as a body that speaks, never before the thing they own ("a Russian military plane"). */
export const ARMED = /^(?:military|army|navy|police)$/i;
export const BODY_SPEAKS_AFTER = /^\s*(?:,|(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|added|stated|confirmed|denied|announced|warned|reported|claimed|insisted|told|wrote|described|called|accused|urged)\b)/;
/**
 * A country's body by its nationality or the country's possessive, in lower case or capitals: "the French foreign
 * ministry", "Russia's defence ministry", "the Chinese embassy". Not its people ("a French foreign ministry official",
 * "the Syrian government forces") nor a part of it ("the Chinese office of …").
 */
// ("held under India's presidency", "during the French presidency of the EU": a term of office, not a body; "the head
// of the Vietnamese government" is a person.)
export const NATIONAL_BODY = new RegExp(
  `(?<!\\b(?:under|during|throughout|(?:head|chief|leader)\\s+of)\\s+(?:the\\s+)?)\\b(?:[Tt]he\\s+)?(?:(${[...new Set(CAPITAL_GOVERNMENTS.values())].join('|')})|(${Object.keys(COUNTRY_GOVERNMENTS).join('|')})['’]s)\\s+` +
    `((?:(?:${BODY_WORDS.split('|').map(anyCase).join('|')})\\s+)?(?:${BODY_HEADS.split('|').map(anyCase).join('|')}))\\b` +
    '(?!\\s+(?:officials?|spokes\\w+|sources?|diplomats?|staff|employees|representatives?|aides?|forces|troops|soldiers|of)\\b)',
  'g',
);

/** The words NATIONAL_BODY needs, tested first with a plain pattern (most paragraphs have none). */
export const BODY_HEAD_WORDS = new RegExp(BODY_HEADS, 'i');

/** The body NATIONAL_BODY found, named "<Nationality> <Body>" ("Russian Foreign Ministry", "French government"). */
export function nationalBody(m: RegExpMatchArray): { key: string; name: string } {
  const adjective = m[1] ?? CAPITAL_GOVERNMENTS.get(m[2]!)!;
  const body = m[3]!.toLowerCase().replace(/\s+/g, ' ');
  const name = `${adjective} ${body === 'government' ? body : body.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`;
  return { key: `o:${name.toLowerCase().replace(/\s+/g, '-')}`, name };
}

/** The government a capital or a country speaks for ("Beijing" → o:chinese-government, "Chinese government"), if listed. */
export function governmentOf(place: string): { key: string; name: string } | null {
  const adjective = CAPITAL_GOVERNMENTS.get(place);
  return adjective ? { key: `o:${adjective.toLowerCase().replace(/\s+/g, '-')}-government`, name: `${adjective} government` } : null;
}

/** Capitalised words (up to three) before a speech verb; capitalsSpeaking looks the place up among their last words. */
// ("Pakistan on Friday rejected": the day may stand between.)
const CAPITAL_SPEAKING =
  /\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?= (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:(?:has|had|also|quickly|swiftly|later) )?(said|says|warned|warns|denied|denies|insisted|responded|rejected|accused|called|urged|stated|announced|added|saying|calling|accusing|warning|urging|insisting|denying)\b)/gu;
const PREPOSITION_BEFORE = /\b(?:in|at|from|to|of|near|for|on|with|and|by|over|against|beat|beats)\s$/;

/**
 * "Beijing said", "Tehran has warned", "Ghana says": a capital or a country speaking for its government, only as the
 * subject of a speech verb (never after a preposition: "officials in Beijing said" are the officials; "Russia's
 * envoy said" is the envoy), or after "with" before a participle ("with Manila calling it "…""). The word before is
 * tested here, not by a look-behind at every place in the text (a tenth of a second at 10,000 articles).
 */
export function capitalsSpeaking(chunk: string): { place: string; index: number }[] {
  const out: { place: string; index: number }[] = [];
  for (const m of chunk.matchAll(CAPITAL_SPEAKING)) {
    // The longest run of the words' last ones that is a place: "When Beijing said" is Beijing's.
    const words = m[1]!.split(' ');
    const k = [0, 1, 2].find((i) => i < words.length && CAPITAL_GOVERNMENTS.has(words.slice(i).join(' ')));
    if (k === undefined) continue;
    const place = words.slice(k).join(' ');
    const index = m.index! + m[1]!.length - place.length;
    // (Another capitalised word right before the place makes it part of another name: "Washington University said".)
    if (k > 0 && !NOT_NAME.has(words[k - 1]!) && !NOT_NAMES.has(words[k - 1]!)) continue;
    const before = chunk.slice(Math.max(0, index - 10), index);
    if (/ing$/.test(m[2]!) ? !/\bwith\s$/.test(before) : PREPOSITION_BEFORE.test(before)) continue;
    out.push({ place, index });
  }
  return out;
}
