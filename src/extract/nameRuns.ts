import { BODY_ON, DEMONYMS, NOT_NAMES, ORG_HEADS, PARTICLES, PLACE_HEADS, PLACES, POSTNOMINALS, ROLE_NOUNS, TITLE_CASE_ACRONYMS, TITLE_MODIFIERS, TITLE_WORDS, WORD_FAMILY_OPENERS } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import { COMPANY_KINDS } from './bodyWords.js';

/** Runs of capitalised words, the raw material of open name finding (see findOpenNames), and the tests on their words. */

// ("H.V. Parashwanath", "S.A.M. Rizvi": initials glued together stand first; not a country's, "U.S." or "U.K.")
const TOKEN = "(?:(?!(?:U\\.[SKN]|E\\.U|D\\.C|[AP]\\.M)\\.)(?:\\p{Lu}\\.){2,3}(?=[ \\t]\\p{Lu}\\p{Ll})|\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{L}[\\p{L}'’]*)*\\.?|(?:al|el)-\\p{Lu}[\\p{Ll}'’]+)";
/** A word glued to a live page's stamp: "says Sunakpublished at 12:19" is Sunak, and the run ends there. */
const GLUED_STAMP = /^(\p{Lu}\p{Ll}+?)(?:published|updated|posted)$/u;
const PARTICLE = PARTICLES.map((p) => p.replace(' ', '[ \\t]+')).join('|');
/** A run of capitalised words on one line, with particles and "of"/"for" inside ("Minister for Transport Peter Vance"). */
// (Not right after a full stop with no space: "News.Az reports" is a site's name. Nor into one: "China-U.S. ties" is
// "China", not a name "China-U".)
const RUN = new RegExp(`(?<![\\p{L}'’.-])${TOKEN}(?:(?:[ \\t]+(?:${PARTICLE})[ \\t]+|[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?|[ \\t]+)${TOKEN})*(?!\\p{L}|\\.\\p{L}|-\\d)`, 'gu');
/** Words of a country's name that are no place alone: "the United States", "the United Arab Emirates". */
const COUNTRY_WORDS = /^(?:United|States|Kingdom|Arab|Emirates|Republic|US|UK|USA|UAE)$/;
export const word = (t: string) => t.replace(/\.$/, '');
export const isTitle = (t: string) => TITLE_WORDS.has(t) || TITLE_WORDS.has(word(t));
// ("I’ve said", "I'm told", "You’re", "We’ve": a word with a contraction is no name; nor is an acronym or its plural,
// "MPs", "CEOs".)
export const isNameToken = (t: string) =>
  !/^I['’]/.test(t) && !/['’](?:re|ve|ll|d|m|t)$/i.test(t) && !NOT_NAMES.has(word(t)) && !DEMONYMS.has(word(t)) && !TITLE_CASE_ACRONYMS.has(word(t)) && !/^\p{Lu}\.?$/u.test(t) && !ORG_HEADS.has(word(t)) && !isTitle(t) && !/^[\p{Lu}\p{N}-]{2,}s?$/u.test(word(t)) && !/^(?:of|for|the)$/.test(t) && !/s['’]$/.test(t);

/**
 * "Gov. Kristi NoemKristi Lynn NoemSouth Dakota …": a page's pop-up card glued to a name. A word whose second half is
 * a given name after three lower-case letters ends the name at its first half ("McDonald", "MacKenzie" stay whole).
 */
function gluedName(token: string): RegExpExecArray | null {
  const m = /^(\p{Lu}[\p{L}'’-]*?\p{Ll}{3})(\p{Lu}\p{Ll}+)/u.exec(token);
  return m && isGivenName(m[2]!) ? m : null;
}

/**
 * The runs of capitalised words in a text, as tokens with offsets. A full stop after a word (not an initial nor a
 * title like "Gen.") ends a sentence, so it splits a run: "met Martin Hale. Whitfield said" is two runs.
 */
export function runsIn(chunk: string): { t: string; at: number }[][] {
  const runs: { t: string; at: number }[][] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(chunk); m; m = RUN.exec(chunk)) {
    // The run's words and where each starts (a loop, not a pattern per run: runs are many and short).
    const tokens: { t: string; at: number }[] = [];
    const run = m[0];
    for (let i = 0; i < run.length; ) {
      while (i < run.length && (run[i] === ' ' || run[i] === '\t')) i++;
      const start = i;
      while (i < run.length && run[i] !== ' ' && run[i] !== '\t') i++;
      if (i > start) tokens.push({ t: run.slice(start, i), at: m.index + start });
      const glued = i > start ? (GLUED_STAMP.exec(tokens.at(-1)!.t) ?? gluedName(tokens.at(-1)!.t)) : null;
      if (glued) {
        tokens[tokens.length - 1] = { t: glued[1]!, at: m.index + start };
        break;
      }
    }
    // ("Simon Treadwell KC had told", "Jo Platt MP said": letters after a name are no part of it, and end the run; not
    // before a name of two words or more, where they are a title: "Labour's Leeds MP Tom Hale".)
    const postnominal = tokens.findIndex((x, k) => k >= 2 && POSTNOMINALS.test(x.t) && tokens.length - k < 3);
    if (postnominal > 0) tokens.length = postnominal;
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      // (A full stop ends the run after any word but an abbreviation: "Gen. Ana Ruiz" is one run, "Bureau of Prisons. Attorney …" two.)
      if (i < tokens.length - 1 && !(/\p{L}{2}\.$/u.test(tokens[i]!.t) && !TITLE_WORDS.has(tokens[i]!.t))) continue;
      const run = tokens.slice(from, i + 1);
      // "the Disaster Risk Reduction and Management Council": "and" inside the name of a body joins its two runs.
      const last = runs.at(-1);
      const gap = last ? chunk.slice(last.at(-1)!.at + last.at(-1)!.t.length, run[0]!.at) : '';
      // (Not a company's: "Big Machine and Dick Clark Productions" are two. Nor after a titled name or before a people's
      // word: "Premier Li Qiang and Vietnamese Party chief …", "the United Nations and European Union" are two.)
      // (Only the words after the run's last "of": "Dr. X of the Department of Health and Human Services" is one body.)
      const tail = last?.slice(last.map((x) => x.t).lastIndexOf('of') + 1);
      // (A title proper, not a modifier of one: "National Flood Risk and Management Council" is one body.)
      const titledName = tail?.some((x) => isTitle(x.t) && !TITLE_MODIFIERS.has(word(x.t))) && tail.some((x) => !isTitle(x.t) && !DEMONYMS.has(word(x.t)) && !ORG_HEADS.has(word(x.t)) && x.t !== 'the');
      // (And a body's portfolio after "of": "the National Institute of Allergy and Infectious Diseases" is one body, as
      // is "the Department of Health and Social Care", with a party's word opening the portfolio but no body's head.)
      const portfolioOf = last?.some((x, k) => ORG_HEADS.has(word(x.t)) && (last[k + 1]?.t === 'of' || last[k + 1]?.t === 'for')) && run.length <= 3 && !isGivenName(run[0]!.t);
      const joins = !titledName && (!DEMONYMS.has(word(run[0]!.t)) || (portfolioOf && run.length >= 2 && !ORG_HEADS.has(word(run.at(-1)!.t))));
      if (last && from === 0 && gap === ' and ' && joins && ((ORG_HEADS.has(word(run.at(-1)!.t)) && !ORG_HEADS.has(word(last.at(-1)!.t)) && !COMPANY_KINDS.test(word(run.at(-1)!.t))) || portfolioOf)) last.push({ t: 'and', at: run[0]!.at - 4 }, ...run);
      // ("the Department for Environment, Food and Rural Affairs": a portfolio's list, with commas, until its "and".)
      else if (last && from === 0 && gap === ', ' && portfolioOf && run.length <= 2 && !run.some((x) => PLACES.has(word(x.t))) && /^,?\s+and\s+\p{Lu}/u.test(chunk.slice(run.at(-1)!.at + run.at(-1)!.t.length))) last.push(...run);
      // "the National Commission on Human Rights", "the Council on Foreign Relations": a deliberative body's remit after
      // "on" is its name's (not "the Commission on Friday", nor "the Council on Capitol Hill" with its place).
      else if (last && from === 0 && gap === ' on ' && BODY_ON.has(word(last.at(-1)!.t)) && run.every((x) => !NOT_NAMES.has(word(x.t)) && !PLACES.has(word(x.t)) && (!isTitle(x.t) || TITLE_MODIFIERS.has(word(x.t)))) && !isGivenName(run[0]!.t)) last.push({ t: 'on', at: run[0]!.at - 3 }, ...run);
      else {
        // ("the head of the Russian Foreign Ministry Sergey Lavrov", "the Bank of England Governor Andrew Bailey": a body's
        // name, then a known given name and a surname with any title before them, are two runs, the body and the person.)
        // ("Sentencing Daniel Okoth, 61, the judge said", "Welcoming Anwar Ibrahim": a verb's -ing form opening the run,
        // then a given name, is no part of the name.)
        if (run.length >= 3 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(run[0]!.t) && isGivenName(run[1]!.t) && !isGivenName(run[0]!.t)) run.shift();
        const given = run.findIndex((x, k) => k >= 1 && k <= run.length - 2 && isGivenName(x.t) && isNameToken(run[k + 1]!.t));
        let cut = given;
        while (cut > 0 && isTitle(run[cut - 1]!.t)) cut--;
        // (Not a body's portfolio right after its "of": "the Russian Ministry of Foreign Affairs Sergey Lavrov".)
        if (cut > 0 && run[cut - 1]!.t === 'of' && run.slice(cut, given).every((x) => TITLE_MODIFIERS.has(word(x.t)))) cut = given;
        // ("Alex Horton of the Washington Post", "biologist Tamsin Okoro of the University of Leeds": a name of two or
        // three words, a title or role before it or none, then "of" and a body, are the person and where they work. The
        // name needs a known given name or the body a word that makes it one: "Gulf of Mexico", "Isle of Wight" stay.)
        const of = run.findIndex((x) => x.t === 'of');
        let named = 0;
        while (named < of && (isTitle(run[named]!.t) || ROLE_NOUNS.has(word(run[named]!.t).toLowerCase()))) named++;
        const name = run.slice(named, Math.max(named, of));
        const person =
          name.length >= 2 &&
          name.length <= 3 &&
          name.every((x) => isNameToken(x.t) && !PLACES.has(word(x.t)) && !PLACE_HEADS.has(word(x.t))) &&
          (isGivenName(name[0]!.t) || run.slice(of + 1).some((x) => ORG_HEADS.has(word(x.t))));
        // (And a post "of" a country, as translated copy writes it: "the President of Russia Vladimir Putin", "the Minister
        // of Foreign Affairs of Peru Lucia Campos": the country's words, then a name of two or three.)
        const countryAt = run.map((x) => x.t).lastIndexOf('of') + 1;
        let countryEnd = countryAt + (run[countryAt]?.t === 'the' ? 1 : 0);
        while (countryEnd < run.length && (PLACES.has(word(run[countryEnd]!.t)) || COUNTRY_WORDS.test(word(run[countryEnd]!.t)))) countryEnd++;
        const postName = run.slice(countryEnd);
        const post = countryAt > 1 && isTitle(run[run[0]!.t === 'The' ? 1 : 0]!.t) && countryEnd > countryAt && postName.length >= 2 && postName.length <= 3 && postName.every((x, k) => (isNameToken(x.t) || (k === 0 && WORD_FAMILY_OPENERS.test(x.t))) && !PLACES.has(word(x.t)));
        if (post) runs.push(run.slice(0, countryEnd), postName);
        else if (given > 0 && cut > 0 && run.slice(0, cut).some((x) => ORG_HEADS.has(word(x.t)))) runs.push(run.slice(0, cut), run.slice(cut));
        else if (person && run.length > of + 2) runs.push(run.slice(0, of), run.slice(run[of + 1]!.t === 'the' ? of + 2 : of + 1));
        else runs.push(run);
      }
      from = i + 1;
    }
  }
  return runs;
}
