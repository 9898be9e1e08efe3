import { ROLE_NOUNS } from './lexicon.js';
import { KIN, rolePhrasesBefore } from './bodyWords.js';
import { LOWER_CASE_ROLES, NOT_OCCUPATIONS, isRoleNoun, roleInRun } from './openNameWords.js';

/** The role written before a name, which is evidence it is a person's (see findOpenNames). */
export interface RoleBefore {
  /** The role noun, capitalised role, ranking or ministry's post before the name, or null. */
  role: string | null;
  /** A lower-case role right before the name ("coach Hansi Flick"): [match, its words, the role noun, a comma]. */
  match: RegExpMatchArray | null;
  /** A role noun with a capital among the run's words before the name ("Pilot Joao Reis"). */
  capitalRole: string | null;
  /** A role phrase set off by a comma before the name ("the union's spokesman, Ana Cruz,"). */
  phraseRole: string | null;
}

/** A compound that starts with a count: "five-member", "twelve-man". */
const COUNT_COMPOUND = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|hundred|multi|many)-/u;

/** The role before the name at `at` in `chunk`, its run's tokens from `lastTitle` (the run's last title) to `from` (its first name word). */
export function roleBeforeName(chunk: string, at: number, tokens: readonly { t: string }[], lastTitle: number, from: number): RoleBefore {
  const before = chunk.slice(Math.max(0, at - 60), at);
  // (On its own line and sentence: "on Friday.\n\nHis brother Callum" is "His brother", not "Friday. His brother".)
  // (Not a count's compound: "the 22-member Asian Cooperation Dialogue", "a five-member Regional Council" is no member.)
  const roleMatch = before.match(/(?:^|[^\p{L}\p{N}-])((?:(?!\p{L}{4,}\.)\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}(\p{Ll}[\p{Ll}-]+))(\s*,)?\s+$/u);
  // A role noun written with a capital at the start of a sentence ("Pilot Joao Reis landed") is a role all the same.
  // ("Star Wars Jedi: Fallen Order": a role noun that is also a common noun with a capital, "Star", "Fan", "Host", is
  // a role only in lower case, "the NBA star X".)
  const capitalRole = tokens.slice(lastTitle >= 0 && roleInRun(tokens, lastTitle) ? lastTitle : lastTitle + 1, from).find((x) => isRoleNoun(x.t.toLowerCase()) && !LOWER_CASE_ROLES.has(x.t.toLowerCase()))?.t ?? null;
  // A role noun of ours, or after a possessive a noun for a person: a relation ("her colleague Ousmane Sow") or
  // one that names a doer ("his trainer, Ana Ruiz"), not a thing ("their album Blue Harbour").
  const kinWord = /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(\p{Ll}+)\s*,?\s+$/u.exec(before)?.[1];
  const kin = roleMatch && kinWord !== undefined && (KIN.test(kinWord) || /(?:er|or|ist|ant|ent|ian)$/.test(kinWord));
  // (An occupation by its ending, too: "astrophysicist Laura Bennett", "historian Ana Ruiz", "statistician …".)
  const occupation = roleMatch && /^\p{Ll}{4,}(?:ist|ian|ologist|ographer|ician)$/u.test(roleMatch[2]!) && !NOT_OCCUPATIONS.has(roleMatch[2]!);
  // ("singer-turned-farmer Dana Reyes", "co-founder Ana Ruiz": a compound is the role its last part names.)
  const roleBefore = roleMatch && !COUNT_COMPOUND.test(roleMatch[2]!) && (ROLE_NOUNS.has(roleMatch[2]!) || ROLE_NOUNS.has(roleMatch[2]!.split('-').at(-1)!) || kin || occupation) ? roleMatch : null;
  // "her challenger for the party leadership, Erik Strand,": a role phrase set off before the name by a comma.
  // ("its former Speaker, Ike Obaro,": a role with a capital, unless one that is as often a common noun's start.)
  // (A wider look back than `before`: "A spokesman for the Kenya National Commission on Human Rights, X,".)
  const rolePhraseAsWritten = rolePhrasesBefore(chunk.slice(Math.max(0, at - 100), at)).find((r) => ROLE_NOUNS.has(r.toLowerCase()) || KIN.test(r.toLowerCase()));
  const rolePhrase = rolePhraseAsWritten?.toLowerCase();
  const capitalOnly = rolePhrase !== rolePhraseAsWritten && LOWER_CASE_ROLES.has(rolePhrase ?? '');
  const phraseRole = rolePhrase && ((ROLE_NOUNS.has(rolePhrase) && !capitalOnly) || KIN.test(rolePhrase)) ? rolePhrase : null;
  // ("World number one Jannik Sinner", "top seed Iga Swiatek", "third-seeded Ana Ruiz": a ranking is a player's role.)
  const ranking = /(?:^|[^\p{L}])((?:[Ww]orld\s+)?(?:number|No\.?)\s*(?:one|two|three|\d{1,3})|(?:top|\w+-ranked|\d+(?:st|nd|rd|th))\s+seed|(?:top|\w+)-seeded)\s+$/iu.exec(before)?.[1];
  // ("the head of the Russian Foreign Ministry Sergey Lavrov", as translated copy names a minister: that minister.)
  const ministry = /\b(?:head|chief)\s+of\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3})Ministry\s+$/u.exec(before);
  const role = roleBefore ? roleBefore[2]! : (capitalRole ?? ranking ?? (ministry ? `${ministry[1]}Minister` : null));
  return { role, match: roleBefore, capitalRole, phraseRole };
}
