import { ROLE_NOUNS } from './lexicon.js';

/** The words around a name that say it is a body's, or a person's at a body (see findOpenNames). */

/** The lower-case word after a name that makes it a body: "the IG Metall union". */
export const ORG_NOUN_AFTER = /^\s+(?:union|party|group|company|firm|agency|ministry|council|bank|club|league|federation|association|alliance|coalition|movement|network|broadcaster|newspaper|institute|foundation|charity|campaign)\b/;

export const ORG_NOUN_DESCRIBED = new RegExp(`^\\s+[a-z]{3,}${ORG_NOUN_AFTER.source.slice(1)}`);

/** A determiner, a role noun, maybe "for/of/at …", and a comma, right before a name (all in one clause). */
// (A possessive may stand among the words before the role, or open them: "The WHO’s representative in Mexico, X,",
// "Norway's deputy director of public prosecutions, X,".)
// (Letters with full stops are no sentence's end: "Mexico's ambassador to the U.N., X,".)
// (The role may have a capital: "its former Speaker, X,".)
export const ROLE_PHRASE_BEFORE = /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Ii]ts|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+(?:['’]s)?\s+){0,2}?(\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+)(?:\s+(?:for|of|at|in|to|on)\s+(?:[^,;:"“”.!?]|(?<=\p{Lu})\.(?=\p{Lu}|,)){1,50})?,\s*$/u;

/**
 * Every role ROLE_PHRASE_BEFORE reads before a name, from the earliest start on: "the policies of her predecessor and
 * mentor, " reads "policies" (of her predecessor and mentor) first, then "mentor".
 */
export function rolePhrasesBefore(before: string): string[] {
  const roles: string[] = [];
  for (let from = 0; ; ) {
    const m = ROLE_PHRASE_BEFORE.exec(before.slice(from));
    if (!m) return roles;
    roles.push(m[1]!);
    // On from the word after the one this start took.
    const next = before.indexOf(' ', from + m.index + m[0].search(/\S/));
    if (next < 0) return roles;
    from = next;
  }
}

/** "the group that owns …,", "the carmaker,", "its parent company,": a word for a body, set off by a comma before a name. */
const ORG_APPOSED_BEFORE =
  /(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?(?:company|group|label|firm|agency|bank|party|union|carrier|airline|broadcaster|network|retailer|manufacturer|carmaker|automaker|maker|startup|publisher|studio|insurer|lender|chain|brand|charity|organi[sz]ation)(?:\s+(?:that|which)\s+[^,;:"“”.!?]{1,60}|\s+(?:for|of|at|in|to|on|behind)\s+[^,;:"“”.!?]{1,50})?,\s*$/u;

/** "the consultancy ", "the retailer ": a kind of business, right before its name. */
// ("the budget airline SkyJet", "Budget airline SkyJet has …", "Chinese carmaker BYD": a word may describe the kind, after
// "the" or opening the sentence.)
// (Anywhere, a maker of things or a start-up with what it does before it: "to buy battery start-up Cellion", "Electric-car
// maker Voltra"; a "policy maker" or a "playmaker" is a person.)
export const ORG_KIND_BEFORE =
  /(?:(?:\b[Tt]he\s+(?:[a-z-]+\s+)?|(?:^|[.!?]["”’]?\s+|\n)\p{Lu}[\p{Ll}-]+\s+)(?:consultancy|retailer|startup|carmaker|automaker|manufacturer|broadcaster|publisher|insurer|lender|airline|carrier|label|studio|charity|supermarket|conglomerate|bank|company|firm)|\b[a-z][a-z-]+\s+start-?up|\b(?:[Cc]ar|[Cc]hip|[Dd]rug|[Pp]hone|[Pp]lane|[Aa]ircraft|[Tt]ruck|[Ss]teel|[Bb]attery|[Vv]accine|[Ss]oftware|[Tt]oy|[Bb]eer|[Ee]lectric-car|[Ee]lectric-vehicle|EV)[- ]?maker)\s+$/u;

/** The words for a kind of company that end its name ("Records", "Inc"). */
export const COMPANY_KINDS = /^(?:Records|Productions|Pictures|Studios|Entertainment|Technologies|Pharmaceuticals|Telecom|Ventures|Labs|PLC|LLC|Inc|Corp|Company|Corporation|Ltd|Group|Holdings|Airlines|Airways|Motors|Industries|Partners|Capital|Energy)$/;

/** Nouns for the people someone has ("her colleague", "his cousin"). */
export const KIN = /^(?:colleague|friend|wife|husband|son|daughter|brother|sister|mother|father|parent|cousin|uncle|aunt|nephew|niece|partner|fiancée?|girlfriend|boyfriend|boss|deputy|aide|successor|predecessor|rival|ally|mentor|protégée?|spouse|widow|widower|grandson|granddaughter|teammate|classmate|neighbou?r)$/;

/**
 * Whether the words before a name set it off as a body ("The group that owns her music, Big Machine,"), not as a
 * person whose role is at a body ("Her predecessor at the union, Tomas Okafor,").
 */
export function apposedBody(before: string): boolean {
  if (!ORG_APPOSED_BEFORE.test(before)) return false;
  const role = ROLE_PHRASE_BEFORE.exec(before)?.[1]?.toLowerCase();
  return !(role && (KIN.test(role) || ROLE_NOUNS.has(role)));
}

/** A body named beside a name after it: "Civic Matters, a watchdog group that …", "Chatham House, a think tank". */
export const BODY_APPOSED =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|charity|think[- ]?tank|coalition|alliance|association|nonprofit|non-profit|watchdog|lobby|foundation|institute|network|union|agency|company|firm)(?=\s+(?:that|which|whose|based|of|for|in|with|behind)\b|\s*[,.;:)])/u;
