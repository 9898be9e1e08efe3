/**
 * What the words right after a capitalised run say of it: that it names a person (see findOpenNames). Each pattern is
 * tested on the text after the run.
 */
import { ADDRESSEE_VERBS, IRREGULAR_PASTS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

/** "Lavrov was quoted by RIA Novosti as saying": someone quoted is someone speaking. */
export const QUOTED_AS = /^\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;"“”]{1,40}?\s+)?as\s+saying\b/;

/**
 * "Denzel Ward is still waiting for his first interception", "Ana Paz broke her wrist": a verb, then "his" or "her"
 * owning something in the same clause, with only lower-case words and numbers between. A team or a company owns with
 * "its" or "their". ("Her" before a preposition is an object, someone else: "Universal dropped her from its roster".)
 */
export const OWNS_AFTER_VERB = /^\s+[a-z]+(?:\s+(?:[a-z]+|\d[\d,.]*)){0,6}?\s+(?:his|her(?!\s+(?:from|to|in|on|at|for|with|by|as|and|or|that|after|before|over|off|out|up|down|back|into|onto|about)\b))\s+[a-z]/;
/** A finite verb right after a name: an auxiliary or a past tense ("has won", "was named", "achieved"). */
// (And the short and irregular pasts the ending alone misses: "Kemi Badenoch used her first …", "Iga Swiatek came from a
// set down".)
export const VERB_RIGHT_AFTER = new RegExp(`^\\s+(?:has|had|is|was|will|would|did|does|could|can|won|lost|met|led|took|made|became|held|used|urged|aimed|owned|sued|died|eyed|${IRREGULAR_PASTS}|[a-z]{3,}ed)\\b`);
/** A plural or modal verb after a name: the subject of a reported clause ("insisted Arsenal remain in the race"). */
export const CLAUSE_VERB_AFTER = /^\s+(?:are|were|have|remain|must|should|may|might|shall|cannot|need|want|deserve|face|plan|hope|look|seem|appear|continue|believe|expect|know)\b/;
/** A verb in the present after a name ("Jessie Buckley performs"); a product's name does that too, so only after a given name. */
export const PRESENT_RIGHT_AFTER = /^\s+[a-z]{2,}[^s\W]s\b/;
/** A time between a name and its verb: "on Sunday", "last week", "earlier", "also". */
export const TIME_AFTER = /^\s+(?:on\s+\p{Lu}\p{Ll}+|(?:last|this|next)\s+\p{Ll}+|earlier|later|also|yesterday|today)\b/u;

/** A role given to the one just named: "as manager", "as its new chief executive", "as head of sales". */
// ("Prabowo Subianto was sworn in as Indonesia's eighth president": after a verb of taking office, and a country's.)
const AS_ROLE =
  /^(?:,[^,"“”.;:]{1,60},)?(?:\s+(?:was|has\s+been|had\s+been|is)\s+(?:sworn\s+in|elected|re-elected|appointed|installed|inaugurated))?\s+as\s+(?:(?:its|the|our|their|his|her|a|an)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?:new|next|interim|acting|permanent|first|sole|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?([\p{L}-]+)/u;
/**
 * "Dana Whitlock is the new chief executive of …": a post said of the one just named (a person's, not a word a company
 * is also called: "Northfield Sports is the official sponsor of …", "a leader in …").
 */
const IS_ROLE = /^\s+(?:is|was|became)\s+(?:the|an?)\s+(?:(?:new|former|current|first|acting|interim|incoming|outgoing)\s+)?(?:chief\s+)?([a-z-]+)\s+(?:of|at|for)\s/;
const NOT_PERSONS_ROLE = /^(?:leader|sponsor|partner|owner|host|winner|champion|runner|rival|ally|backer|supporter|critic|opponent|parent|monitor|observer|agent|broker|regulator|developer|producer|designer|investor|trader|administrator|coordinator|mediator|local|head|star)$/;
/** A role noun of ours, or a title word, in any case ("manager", "chief", "President"). */
const isRoleWord = (w: string | undefined) => w !== undefined && (ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w[0]!.toUpperCase() + w.slice(1).toLowerCase()) || TITLE_WORDS.has(w));

/**
 * "Mihai Popșoi became Moldova's foreign minister", "was appointed foreign minister": a post taken, a country's or
 * named right after the verb of taking it (its words, up to three, read for a role: not "most valuable company").
 */
const POST_TAKEN = /^\s+(?:(?:is|was|became|has\s+been|had\s+been)\s+\p{Lu}[\p{L}.-]*['’]s|(?:was|has\s+been|had\s+been)\s+(?:appointed|named|elected)|became)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/u;

/** Whether the words after a name give it a role: "as its new chief executive", "is the new chief executive of". */
export function roleGivenAfter(after: string): boolean {
  const is = IS_ROLE.exec(after)?.[1];
  const taken = POST_TAKEN.exec(after)?.[1]?.split(/\s+/) ?? [];
  return isRoleWord(AS_ROLE.exec(after)?.[1]) || [is, ...taken].some((w) => w !== undefined && ROLE_NOUNS.has(w) && !NOT_PERSONS_ROLE.test(w));
}

/**
 * A post with capitals set beside a name, its last title word captured: "Halvard Prestmo, Under-Secretary-General for
 * Political Affairs, briefed" (the caller checks the word is a title).
 */
export const POST_APPOSED = /^,\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(\p{Lu}[\p{L}-]*)(?:\s+(?:for|of)\s+[^,.;"“”\n]{1,60})?(?:,|[ \t]*(?:\n|$))/u;

/**
 * "who" set off after a name: with a known given name alone, someone the article names by that name only ("Tommy —
 * who only goes by his first name online — retired", "Maria, who asked that her surname not be used, said").
 */
export const WHO_AFTER = /^\s*(?:,|[—–]|\s-)\s*who\s/;
/**
 * "to beat Ekaterina Alexandrova … Alexandrova, who had won their last meeting, was left to rue …": the surname alone
 * before ", who" elsewhere in the text, not the end of another name, with a verb in the singular after it, says the
 * full name is someone's; a team is written so in the plural ("Villa, who were relegated", "Milan, who had won, were").
 */
export function surnamesWithWho(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes(', who ')) return found;
  for (const m of text.matchAll(/(\p{Lu}[\p{L}'’-]+), who /gu)) {
    if (/[\p{L}'’-]$|\p{Lu}[\p{L}'’-]*\s+$|(?:^|\s)\p{Lu}\.\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (WHO_SINGULAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) found.add(m[1]!);
  }
  return found;
}
const WHO_SINGULAR = /^(?:is|was|has)\b|^(?!(?:were|are|have)\b)[^,.;"“”]{1,80},\s+(?:is|was|has|had)\b/;

/** "who" after the body a name is "of" or "from": "Marie-Agnes Strack-Zimmermann of the FDP, who heads …". */
export const WHO_AFTER_BODY = /^\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'’-]*){0,3},\s+who\s/u;
/** The clause says so: "who asked that her surname not be used", "who gave only her first name". */
export const SURNAME_WITHHELD = /^[^.;"“”]{0,40}\b(?:sur|last |family |full |first )name\b/;

/** A name set beside a description: "Jane Roe, a nurse", "Jane Roe, 52,", "Jane Roe, who …". */
const APPOSITION_AFTER = /^,\s+(?:\d{1,3},|(?:a|an|the|who|whose|whom|one of|head of|chief of)\b|[a-z]+['’]s\b)/;
/**
 * A preposition opening the sentence before a name: what follows the name's comma is the sentence's subject, not an
 * apposition, unless a second comma closes it ("With Fast Fuel, a short charge gives …"; "With Ana Ruiz, a nurse, …").
 */
const OPENING_PREPOSITION = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:With|Without|For|Like|Unlike|Despite|Besides|Using|Through|Thanks to)\s+$/;

/** A short description with no verb, closed by a comma: ", a nurse from Lima,". */
const CLOSED_APPOSITION = /^,\s+(?![^,]*\b(?:can|could|will|would|may|is|are|was|were|has|have|had)\b)[^,.;:"“”]{1,40},/;

/** A place set beside a name: "Inner Mongolia, an autonomous and sparsely populated region", "Tregaron, a town of 1,000". */
const PLACE_APPOSED = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,4}(?:region|province|city|town|village|country|state|island|district|area|county|territory|republic|kingdom|enclave|port|suburb|neighbou?rhood|municipality|prefecture|oblast|peninsula|archipelago|valley|resort|capital|hamlet)\b/u;

/** Whether the words after a name (`after`) set a description beside it, given the words right before it (`before`). */
export function apposedAfter(before: string, after: string): boolean {
  return APPOSITION_AFTER.test(after) && !PLACE_APPOSED.test(after) && !(OPENING_PREPOSITION.test(before) && !CLOSED_APPOSITION.test(after));
}

/**
 * Whether a name alone on its line heads the quotes below it: "Roger Federer, on winning:", or "Christine Lagarde
 * (ECB)", "Ana Ruiz (Banco Central)": a body's initials or name in brackets (not a column's name over its date, "Daily
 * Dawg Chow (11/20/19)", nor a menu's "La Voz (Español)", "Market Notes (Weekly)", "Morning Notes (M-F)").
 */
export function headsQuotes(before: string, after: string): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(before)) return false;
  return /^(?:,\s+(?:on|about)\s+[^:\n]{1,80}:|\s+\((?:\p{Lu}(?:\.?[\p{Lu}&])+\.?|\p{Lu}[^()\n]*\s[^()\n]+)\))[ \t]*(?:\n|$)/u.test(after);
}

/** The word where a verb after a name would stand, past a description in commas and adverbs; tested against SPEECH_SET (a Set is far cheaper than a 570-way pattern). */
// (Past where they work, too: "Tamsin Okoro of the University of Leeds said".)
export const WORD_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*){0,6})?(?:,[^,"“”.;:]{1,80},)?\s+(?:(?:also|then|later|earlier|has|had|have|was|is|would|will|did|once|[a-z]+ly)\s+)*([a-z]+)\b/u;

/**
 * Whether the verb after a name (WORD_AFTER's) says nothing of them speaking: a passive ("Smith was asked"), or a verb
 * of going on with where or how long after it ("Aftershocks continued into the evening").
 */
export function saysNothing(wordAfter: RegExpExecArray | null, after: string): boolean {
  if (!wordAfter) return false;
  const verb = wordAfter[1]!;
  if (/\b(?:is|was|were|are)\s+$/.test(wordAfter[0].slice(0, -verb.length)) && !ADDRESSEE_VERBS.has(verb) && !/ing$/.test(verb)) return true;
  return /^continu/.test(verb) && /^\s+(?:into|to|for|through|until|on|in|at|unabated)\b/.test(after.slice(wordAfter.index + wordAfter[0].length));
}

/**
 * An apposition that says the name is a work or a thing: "Growing Up Weightless, a story of intrigue on the moon,",
 * "The Last Hot Time, an urban fantasy about …", "…, the story collection Heat of Fusion" (the noun ends its phrase
 * or a name follows it: "a story editor at …" is a person's).
 */
export const WORK_APPOSED =
  /^,\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:story|stories|novel|novella|book|film|movie|song|album|single|show|series|play|game|collection|documentary|drama|comedy|thriller|podcast|fantasy|memoir|poem|opera|musical|tale|sequel|prequel|anthology|painting|exhibition|festival|app|website|magazine|newspaper)(?=\s+(?:of|about|by|in|on|from|that|which|for|set|where|with)\b|\s+\p{Lu}|\s*[,.;:)]|$)/u;
/** A role with capitals before it closing a name's line: ", European Commission president" ⏎. */
export const ROLE_LINE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)[ \t]*(?:\n|$)/u;
/** Words that open a clause or a phrase of their own after a comma, not an apposition. */
const CLAUSE_OPENERS = /^(?:after|before|when|while|as|since|until|because|although|though|if|unless|and|but|or|so|with|without|by|for|from|in|on|at|to|of|like|unlike|where|which|said|says|according)\b/;
/** "Jane Roe, partner at Roe LLP": a role noun among the first words after the comma. */
export function roleApposed(after: string): boolean {
  // ("Lee Jae-myung, South Korea's president,": a country's or a body's possessive may open it; on a line of its own over
  // the quotes of a reactions list, a body's or a country's words: "Antonio Guterres, UN secretary-general".)
  const words = (/^,\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u.exec(after) ?? ROLE_LINE.exec(after))?.[1];
  // ("Iceberg Passages, after the novelist X explained them": a clause after the comma describes nothing before it.)
  if (!words || CLAUSE_OPENERS.test(words)) return false;
  // ("Sinner, the world number one,", "Swiatek, the top seed,": a ranking is a player's role.)
  return words.split(/\s+/).some((w) => ROLE_NOUNS.has(w)) || /^,\s+the\s+(?:world\s+(?:number|No\.?)\s*(?:one|\d+)|(?:top|\w+-ranked|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+seed)\b/.test(after);
}
