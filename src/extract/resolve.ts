import { COMPANY_HEADS, DESCRIBED, DOCUMENTS, EPITHETS, GROUPS, ledeRivals, licensedBodies, licenses, NAME_WORD_HEADS, ORGANISATION_HEADS, SPEAKING_HEADS, WEALTH_EPITHETS, withTranslatedPosts } from './descriptions.js';
import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import { COUNTRIES, DEMONYMS, NATIONALITY_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS } from './lexicon.js';
import { epithetFits, onlyBodySpokeInParagraph, onlyCompanyJustNamed, onlyPersonJustNamed, onWhoseBehalf, playerOrAny, spokeAfter, unlessOtherSpoke } from './justNamed.js';
import { isTitle } from './nameRuns.js';
import { escapeRegExp } from '../util/regexp.js';
import { sentenceStart } from './sentenceStart.js';
import { jointParts } from './joint.js';
import { laterDescribed } from './cataphora.js';
import { agedOne, statedAges } from './ages.js';

/**
 * What a description stands for, once the article's people are known: "the top EU diplomat", "the statement", "the
 * 52-year-old" (two speaking together are joint.ts', listed titles anaphors.ts').
 */

/** '," the teenager said': a description as a quote's tag. */
const TAG_DESCRIPTION = /[,?!]["”’]\s+the\s+[\p{L}\d\s'’-]{1,40}?\s+(?:said|says|told|tells|added|adds)\b/gu;

/** A past tense right before a name, of which the name is the object ("sentenced", "met"); not a naming verb ("a judge named"). */
const OBJECT_VERB = /\b(?:(?!(?:named|called|dubbed|nicknamed|renamed|titled|entitled|identified|listed)\s)\p{Ll}{3,}ed|met|told|beat|hit|sent|struck|fought|shot)\s+$/u;
/** Words in quote marks (a sentence's, not a short name's: those are kept). */
const QUOTED = /["“][^"“”\n]{25,}["”]/g;


/**
 * "the top EU diplomat added", "the judge ruled": the most recent person (or organisation, for "the agency") whose
 * introduction licenses the head noun (see descriptions.ts), else the only one; else someone the article does not
 * name, whose words get no speaker rather than the last speaker's.
 */
export function resolveDescriptions(text: string, mentions: Mention[], people: Map<string, LocalPerson>): void {
  // ("X read a statement on her behalf. ¶ "…," it said": "it" right after the sentence that names a statement is it.)
  // (Only when someone is found to have put it out: "they've put out another statement" leaves "it" to the attribution.)
  const its = mentions.filter((m) => m.kind === 'pronoun' && m.text === 'it' && STATEMENT_BEFORE.test(text.slice(Math.max(0, m.start - 900), m.start)));
  for (const m of its) Object.assign(m, { kind: 'anaphor', text: `${DESCRIBED}statement|` });
  if (!mentions.some((m) => m.kind === 'anaphor' && m.text.startsWith(DESCRIBED))) return;
  const described = mentions.map((m) => m.text);
  /** The ages the text gives, found when first asked for. */
  let ages: Map<string, string> | undefined;
  // What introduces each person: the words from the mention before to each of its mentions ("EU foreign policy chief
  // Kaja Kallas"), and its roles.
  const intro = new Map<string, string>();
  const own = new Map<string, string>();
  let named = false;
  mentions.forEach((m, i) => {
    // (Two speaking together are each introduced by their part of it: "Japanese Prime Minister Fumio Kishida and South
    // Korean President Yoon Suk Yeol agreed" makes Yoon "the South Korean leader", and Kishida named.)
    if (m.kind === 'anonymous') {
      for (const [key, part] of jointParts(m.text, people)) {
        intro.set(key, `${intro.get(key) ?? people.get(key)!.roles.join(' ')} ${part}`);
        named = true;
      }
      return;
    }
    // (And an honorific with a full name, "The trust's chief executive, Dr Fiona Rahman,", which introduces her too.)
    const fullHonorific = m.kind === 'honorific' && m.text.split(/\s+/).length >= 3;
    if (!m.key || (m.kind !== 'name' && m.kind !== 'title' && m.kind !== 'org' && !fullHonorific)) return;
    // The first one named may have been described before the name, in the lede ("The head coach of the women's team
    // spoke after the match. ¶ Maryam Irandoost said …"): its introduction reaches back over the paragraphs before.
    // And an apposition after it: "Tanaka, a shop owner in Osaka,".
    const apposition = /^,[^,.;:"“”\n]{1,60}(?:,|\.(?=\s))/.exec(text.slice(m.end, m.end + 64))?.[0] ?? '';
    // (Not one introduced by a title or a description of their own: "Dr. Owen Dempsey, a pulmonologist," is not "the
    // patient" the paragraphs before describe, nor "Karl Ruiz, Sandusky's attorney," the judge they quote.)
    // (Nor one with a role of their own right before the name: "Defense attorney Amit Mehta" is no "federal judge" of the lede.)
    const roleBefore = ROLE_NOUNS.has(/(?:^|\s)(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '');
    const described = m.kind === 'title' || roleBefore || /^,\s*(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s)\s/u.test(apposition);
    const reach = named || described ? 80 : 400;
    named ||= people.get(m.key)?.type === 'person';
    const near = Math.max(0, m.start - reach);
    // ("Foreign Ministry spokeswoman Olga Renko": the body a role is of, named right before it, is part of it.)
    const prev = i > 0 ? mentions[i - 1]! : undefined;
    const bodyRole = prev?.kind === 'org' && /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(text.slice(prev.end, m.start));
    // (The lede's reach stops at another person named in it: "A former aide to Mayor Victor Grell told jurors that Grell …
    // ¶ Lisa Marchetti said" does not make her the mayor.)
    const other = reach > 80 ? lastBefore(mentions, i, (x) => x.start >= near && x.key !== m.key && people.get(x.key ?? '')?.type === 'person') : undefined;
    // (Nor does the subject of a verb the name is the object of: "A federal judge sentenced Harold Jessup" is no judge.)
    const objectOf = OBJECT_VERB.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[0].length ?? 0;
    const from = objectOf ? m.start - objectOf : reach > 80 ? Math.max(near, other?.end ?? 0) : Math.max(prev ? (bodyRole ? prev.start : prev.end) : 0, near + text.slice(near, m.start).lastIndexOf('\n') + 1);
    // (A headline in that reach introduces nobody: "Judge's Comments …" above the first name is no judge's name.)
    // (Nor does a quote's tag there: '"…," the teenager said' before the first name is no one named after it.)
    // (Nor do quoted words: '"The judge could have given him more," said Karl Ruiz' does not make Ruiz the judge.)
    const words = (reach > 80 ? withoutHeadlines(text.slice(from, m.end), people.get(m.key)!.last).replace(TAG_DESCRIPTION, '') : text.slice(from, m.end)).replace(QUOTED, ' ');
    // ("Arne Slot's side looked comfortable": the one whose side a team is manages it, as sports desks write.)
    const side = /^['’]s\s+(?:side|team|squad|men)\b/.test(text.slice(m.end, m.end + 12)) ? ', manager' : '';
    // ("Argentina's Javier Milei … the Argentine leader", "Brazil's Lula … the Brazilian president": a country's own, as
    // a summit's copy names its leaders.)
    const country = /^(\p{Lu}\p{Ll}+)['’]s\s+\p{Lu}/u.exec(m.text)?.[1];
    const leads = m.kind === 'name' && country && COUNTRIES.has(country) ? ' (leader, president, prime minister, chancellor)' : '';
    intro.set(m.key, `${intro.get(m.key) ?? people.get(m.key)!.roles.join(' ')} ${withTranslatedPosts(words + apposition)}${side}${leads}`);
    // Its own words only: the mention with any title, an apposition after it, a role set before it with a comma.
    const lead = /[^.!?;:"“”\n]{0,60},\s*$/.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? '';
    // (Not an honorific's: "After questioning the patient, Dr. Owen Dempsey found" is no patient.)
    if (!fullHonorific) own.set(m.key, `${own.get(m.key) ?? people.get(m.key)!.roles.join(' ')} ${lead}${m.text}${apposition}`);
  });
  // (One named only inside a description, "A former aide to Mayor Victor Grell", and then by surname, is introduced by
  // the title the name had there.)
  for (const p of people.values()) if (p.type === 'person' && p.roles.length && !intro.has(p.key)) intro.set(p.key, p.roles.join(' '));
  const namedBefore = namedSoFar(mentions, people);
  const rivals = ledeRivals(mentions, people);
  /** The headline and lede: the text before the first person named. */
  let ledeText: string | undefined;
  const lede = () => (ledeText ??= text.slice(0, mentions.find((m) => m.key && people.get(m.key)?.type === 'person')?.start ?? 0));
  const nobodys: number[] = [];
  mentions.forEach((m, i) => {
    if (m.kind !== 'anaphor' || !m.text.startsWith(DESCRIBED)) return;
    const [head, modifiers, indefinite] = m.text.slice(DESCRIBED.length).split('|') as [string, string, string?];
    // (An indefinite one, "A federal judge", stands for someone only in the lede, before anyone is named; and there only
    // the lede's first description, its subject: see ledeRivals.)
    if ((indefinite && mentions.slice(0, i).some((x) => x.key && people.get(x.key)?.type === 'person')) || rivals.has(i)) {
      m.key = ANONYMOUS;
      m.text = text.slice(m.start, m.end);
      return;
    }
    // "the Dutch leader": a nationality among the modifiers must be in the introduction too.
    const nationality = modifiers.split(/\s+/).find((w) => DEMONYMS.has(w));
    // ("the WHO chief": a body named in capitals among the modifiers picks the one introduced with it, not another chief.)
    const bodies = modifiers.split(/\s+/).filter((w) => /^\p{Lu}{2,}$/u.test(w));
    if (head === 'age') {
      m.key = agedOne(text, mentions, i, people, modifiers, (ages ??= statedAges(text, people.values())));
      m.text = text.slice(m.start, m.end);
      return;
    }
    if (GROUPS.has(head.toLowerCase())) {
      m.key = ANONYMOUS;
      m.text = text.slice(m.start, m.end);
      return;
    }
    if (DOCUMENTS.has(head.toLowerCase())) {
      // "The Foreign Ministry issued a statement. … the statement said": the last one named with a statement.
      // (…the ministry said in a statement. "…," the statement continued: the one named with a statement just before.)
      // (In the same sentence: "Lim spoke. The board issued a statement" is the board's, and an unnamed board is nobody.)
      // (Or the verb the document is named for: "Baloch tweeted".)
      const said = new RegExp(`\\b${head}(?:ed)?\\b`, 'i');
      // (Not "X, according to a statement posted by the State Department": a statement that speaks of X is not X's.)
      // (Not a body named in someone's post: "Baloch, spokesperson of the Foreign Office, tweeted".)
      const issued = (x: Mention) => {
        if (/\b(?:of|at|for|from|with)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 10), x.start))) return false;
        const window = text.slice(x.end, Math.min(m.start, x.end + 60));
        const k = window.search(said);
        return k >= 0 && !/[.!?]["”’]?\s|\baccording to\b/.test(window.slice(0, k));
      };
      // ("a statement posted on the website of the State Department": one named after it put it out; "In the statement, X said" too.)
      const issuedBy = new RegExp(`\\b${head}\\s+(?:\\p{Ll}+\\s+){0,2}(?:on\\s+the\\s+(?:official\\s+)?website\\s+of|by|from)\\s+(?:the\\s+)?$|\\bin\\s+(?:the|a|an|its|their)\\s+(?:\\p{Ll}+\\s+)?${head},?\\s+(?:the\\s+)?$`, 'iu');
      const issuer = lastBefore(mentions, i, (x) => Boolean(x.key && (x.key === ANONYMOUS || people.has(x.key)) && (issued(x) || issuedBy.test(text.slice(Math.max(0, x.start - 70), x.start)))));
      // ("Guterres said in a statement. … He was referring to the presidential statement released by the Council. ¶
      // "…," concluded the statement": another statement named since, in a paragraph before this one, and nobody's.)
      const paragraph = text.lastIndexOf('\n', m.start) + 1;
      const since = issuer ? text.slice(issuer.end, paragraph) : '';
      const another = new RegExp(`\\b(?!(?:the|that|this)\\s)\\p{L}+\\s+${head}\\b`, 'iu');
      const behalf = issuer ? onWhoseBehalf(text, mentions, mentions.indexOf(issuer), people) : undefined;
      m.key = issuer && !another.test(since.slice(since.search(said) + head.length)) ? (behalf ?? issuer.key!) : ANONYMOUS;
      m.text = text.slice(m.start, m.end);
      return;
    }
    const org = ORGANISATION_HEADS.has(head.toLowerCase());
    const speakingHead = SPEAKING_HEADS.has(head) && !indefinite;
    // ("the representative of Algeria" is not the one introduced as "the representative of the United States".)
    const ofWhat = /^\s+of\s+(?:the\s+)?(\p{L}[\p{L}-]+)/u.exec(text.slice(m.end, m.end + 40))?.[1]?.toLowerCase();
    const fits = (key: string, anyNationality = false) => {
      const p = people.get(key)!;
      // (An organisation by any word of its name: "the ministry" is the Defence Ministry of Norland.)
      // ("The French foreign ministry said" is not Russia's Foreign Ministry: a nationality must be the body's own.)
      // ("the production company" is Dick Clark Productions: a modifier its name shares licenses the head too.)
      // ("the Unite union has announced … The union said": the kind the text writes right after its name, too.)
      if (org) return p.type === 'organisation' && (licenses(head, p.last) || sharesModifier(modifiers, p.last) || kindAfterName(text, p.last, head)) && (!nationality || sameCountry(nationality, [...p.names, ...p.aliases].join(' ')));
      // (A role noun with no licences of its own, "the patient", only by the person's own words: near a name it is
      // often someone else, "After questioning the patient, Dempsey found".)
      const introduced = (speakingHead ? own.get(key) : intro.get(key)) ?? '';
      // ("the former prime minister" is not the one introduced as Prime Minister: "former" must be in the introduction.)
      // ("the former Nurnberg coach" is a past post at another body, as sports desks write of a manager now elsewhere.)
      const elsewhere = modifiers.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:Former|Ex)$/.test(w) && !introduced.includes(w));
      const former = !/\b(?:former|ex)\b/i.test(modifiers) || /\b(?:former|ex-)/i.test(introduced) || elsewhere;
      // ("the chancellor" is not the one introduced as "Shadow chancellor", nor the other way round.)
      const shadow = /\bshadow\b/i.test(modifiers) === /\bshadow\b/i.test(introduced);
      // ("the ruling party leader" is not one introduced as "leader of the main opposition Democratic Party", and "the
      // opposition leader" is that one, not another leader whose side no introduction gives.)
      const stated = sideOf(modifiers);
      const sides = !stated || sideOf(introduced) === stated || (!sideOf(introduced) && ![...intro.values()].some((v) => sideOf(v) === stated));
      // ("Iran's Foreign Minister Abbas Araghchi" is "the Iranian foreign minister".)
      // ("the defence secretary" is not one introduced as "Health Secretary": a portfolio named must be the one held.)
      const portfolio = modifiers.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && TITLE_MODIFIERS.has(w[0]!.toUpperCase() + w.slice(1)) && !GRADES.test(w));
      // (Unless a counterpart, whose portfolio is the other's: "his British counterpart, Jonathan Reynolds … The business and
      // trade secretary said"; a country's, as there: "his counterpart David Frost" may hold any post.)
      const counterpart = COUNTERPART_HEADS.test(head) && /\p{Lu}[\p{L}-]*\s+counterpart\b/u.test(introduced);
      if (!counterpart && portfolio.some((w) => !new RegExp(`\\b${w}\\b`, 'i').test(introduced))) return false;
      // ("the Greenlandic leader" is not one introduced as "Danish Prime Minister": a nationality we do not list must be
      // in the introduction, by its country's name at least, "Greenland's Prime Minister".)
      const unlisted = modifiers.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+(?:ic|ian|ese|ish|i|an)$/u.test(w) && !DEMONYMS.has(w));
      const national = (!nationality || introduced.includes(nationality) || p.nationality === nationality || (anyNationality && !p.nationality && !introduced.split(/\s+/).some((w) => DEMONYMS.has(w))) || sameCountry(nationality, p.nationality ?? introduced)) && unlisted.every((w) => introduced.includes(w.replace(/(?:ic|ian|ese|ish|i|an)$/, '')));
      // ("the leader of the terrorist group": a post of something the introduction never named is someone else's.)
      const of = ofWhat === undefined || introduced.toLowerCase().includes(ofWhat);
      // ("talks with his Omani counterpart Badr Albusaidi … The Omani minister said": a counterpart holds the post, see above.)
      // ("Madrid coach Carlo Ancelotti" is not "the Liverpool manager": a post the introduction ties to another body;
      // unless a past one, as above.)
      const named = modifiers.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !DEMONYMS.has(w));
      const rival = named.length > 0 && !/\b(?:former|ex)\b/i.test(modifiers) && !named.some((w) => introduced.includes(w)) && licensedBodies(head, introduced).some((b) => !isTitle(b) && !DEMONYMS.has(b));
      return p.type === 'person' && former && shadow && sides && of && (licenses(head, introduced) || counterpart) && national && !rival;
    };
    // ("President Joko Widodo … The Indonesian leader said": a nationality no introduction gives but the lede does,
    // "Indonesian leader says …", for the one person of no nationality of their own the role fits, when none fits it
    // with the nationality.)
    const loose = nationality && !org && sameCountry(nationality, lede()) && ![...intro.keys()].some((k) => fits(k)) ? [...intro.keys()].filter((k) => fits(k, true)) : [];
    const fitsHere = loose.length === 1 ? (key: string) => key === loose[0] : fits;
    // (Only among those that fit, and only when one does: "the US president" is still the one introduced as "President
    // X" without "US".)
    const bodyWords = bodies.map((b) => new RegExp(`(?<![\\p{L}])${b}(?![\\p{L}])`, 'u'));
    const withBodies = bodyWords.length ? [...intro.keys()].filter((k) => fitsHere(k) && bodyWords.every((re) => re.test(intro.get(k)!))) : [];
    // ("the production company said" beside Big Machine Label Group and Dick Clark Productions: a body whose name shares
    // the description's modifier before any the head alone fits.)
    const shared = org && modifiers ? [...intro.keys()].filter((k) => fitsHere(k) && sharesModifier(modifiers, people.get(k)!.last)) : [];
    const fitting = (key: string) => (withBodies.length ? withBodies.includes(key) : shared.length ? shared.includes(key) : fitsHere(key));
    const before = lastFitting(text, mentions, i, (x) => Boolean(x.key && x.key !== ANONYMOUS && people.has(x.key) && fitting(x.key)));
    // (Once anyone is named, only someone named before it: "the chancellor replied" is no one introduced as chancellor
    // further down; a lede's "The Nigerian coach" before any name is still the coach named next.)
    // (A body only once named: "the company wrote" in a lede is not a company named paragraphs below.)
    const all = [...intro.keys()].filter((k) => namedBefore(k, i, org) && fitting(k));
    // ("Midfielder Pedri scored twice. "…," the Spaniard told reporters": a nationality no introduction before it gives
    // stands for the one person just named, if the paragraph, or the one before, names one and no other; not for a
    // Spanish minister named further down.)
    // ("Kroger said it was "…". In a filing, the company said …": no body named like a company; the one body just named
    // that is no public one.)
    // ("Rovers captain Dean Okafor was more measured. "…," the defender said": an epithet no introduction gives, the
    // same.)
    // ("Mikel Arteta praised his side. "…," the Arsenal manager said": a role with a body's, a team's or a party's name
    // that no introduction gives, the one person just named, if named speaking and with no role of their own; not "Bukayo
    // Saka scored twice. "…," the Arsenal manager said". A party's "politician" is any politician's: "the Green politician".)
    const epithet = EPITHETS.has(head.toLowerCase());
    const bodied = !org && /(?:^|\s)\p{Lu}/u.test(modifiers);
    // ("Eleri Vaughan did not expect to become an activist. ¶ The 63-year-old retired teacher has lived …": an age among
    // the modifiers describes the one just named, as "the 63-year-old" alone does; an epithet's age, "The 25-year-old
    // Nigerian international", is read as epithets are.)
    const aged = !org && /\b\d{1,3}-year-old\b/.test(modifiers) && all.length === 0;
    const alone = before
      ? undefined
      : !isNationality(head) && !epithet && aged
        ? onlyPersonJustNamed(text, mentions, i, people, true)
        : epithet
        ? playerOrAny(onlyPersonJustNamed(text, mentions, i, people, true, false, (k) => epithetFits(head.toLowerCase(), people.get(k)!.roles)), !WEALTH_EPITHETS.has(head.toLowerCase()), people)
        : isNationality(head)
        ? unlessOtherSpoke(text, mentions, i, onlyPersonJustNamed(text, mentions, i, people), people)
        : COMPANY_HEADS.has(head.toLowerCase()) && all.length === 0
          ? onlyCompanyJustNamed(text, mentions, i, people)
          : org && all.length === 0
            ? onlyBodySpokeInParagraph(text, mentions, i, people)
          : bodied && all.length === 0
            ? onlyPersonJustNamed(text, mentions, i, people, true, head.toLowerCase() !== 'politician')
            : undefined;
    // ("CBP announced … the agency said": a body named since the one the head fits may be the one meant; nobody.)
    // (Not when the description's modifier named which: "the production company" is no label group named since.)
    // ("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan. … "…," the leader said".)
    // (A body too, when no modifier picks it: "The European Space Agency and NASA signed … "…," the agency said".)
    if (before && !nationality && !(org && (shared.length || withBodies.length)) && fitsAnotherBefore(text, mentions, i, before, (key) => people.get(key)?.type === (org ? 'organisation' : 'person') && fitting(key))) {
      m.key = ANONYMOUS;
      m.text = text.slice(m.start, m.end);
      return;
    }
    const lastBody = org && before && !shared.length ? lastBefore(mentions, i, (x) => Boolean(x.key && people.get(x.key)?.type === 'organisation' && !x.key.endsWith('-government'))) : undefined;
    if (lastBody && lastBody.key !== before!.key) {
      m.key = ANONYMOUS;
      m.text = text.slice(m.start, m.end);
      return;
    }
    // ("A European diplomat, who spoke on condition of anonymity, said …. "…," the diplomat said": an unnamed source of
    // the same head named since the one who fits is the one meant.)
    // (Its head noun, not a word before one: "an agency spokesman" is no "agency".)
    const headWord = new RegExp(`\\b${escapeRegExp(head.toLowerCase())}s?(?:\\s+(?:in|for|of|at|to|from|with|close to|familiar with)\\b.*)?$`, 'i');
    const unnamed = org ? undefined : lastBefore(mentions, i, (x) => x.kind === 'anonymous' && headWord.test(x.text));
    const fitter = before ?? (alone ? lastBefore(mentions, i, (x) => x.key === alone) : undefined);
    m.key = unnamed && (!fitter || unnamed.start > fitter.start) ? ANONYMOUS : (before?.key ?? alone ?? (all.length === 1 ? all[0]! : ANONYMOUS));
    // ("Ogoina, chair of the WHO emergency committee, said the committee had agreed "unanimously"": a body's last word
    // that no body named here ends in is no one's description; the words stay with who said them.)
    if (m.key === ANONYMOUS && NAME_WORD_HEADS.has(head.toLowerCase())) nobodys.push(i);
    m.text = text.slice(m.start, m.end);
  });
  laterDescribed(mentions, described);
  for (const i of nobodys.reverse()) mentions.splice(i, 1);
  for (const m of its) if (m.key === ANONYMOUS) Object.assign(m, { kind: 'pronoun', key: null, text: 'it' });
}

/** A sentence naming a statement, then only a quote: what "it said" after that quote stands for. */
const STATEMENT_BEFORE = /\bstatement\b[^.!?"“”\n]*[.:]\s*["“][^"“”]{1,800}["”]\s*$/;

/** Modifiers of a post that say its grade or standing, not its portfolio ("the former", "the acting", "the state"). */
const GRADES = /^(?:former|ex|acting|interim|outgoing|incoming|designate|elect|senior|junior|joint|assistant|associate|permanent|special|grand|supreme|under|head|managing|executive|regional|provincial|federal|national|international|public|state|party|parliamentary|majority|minority|opposition|shadow|press|ministerial)$/;

/** Which side of a parliament words put someone on, if they say. */
const sideOf = (words: string) => (/\bruling\b/i.test(words) ? 'ruling' : /\bopposition\b/i.test(words) ? 'opposition' : '');

/** The posts a counterpart of someone is said to hold, when the text says whose counterpart: ministers, presidents, diplomats. */
const COUNTERPART_HEADS = /^(?:minister|secretary|diplomat|president|premier|leader)$/i;

const isNationality = (head: string) => DEMONYMS.has(head[0]!.toUpperCase() + head.slice(1)) || NATIONALITY_NOUNS.has(head.toLowerCase());

/**
 * Whether someone was named before mention i, or no person at all was yet (a lede may describe the one named next).
 * Worked out once per article: a long one has tens of thousands of mentions.
 */
export function namedSoFar(mentions: readonly Mention[], people: Map<string, LocalPerson>): (key: string, i: number, strictly?: boolean) => boolean {
  const first = new Map<string, number>();
  let firstPerson = mentions.length;
  mentions.forEach((m, k) => {
    if (!m.key || first.has(m.key)) return;
    first.set(m.key, k);
    if (k < firstPerson && people.get(m.key)?.type === 'person') firstPerson = k;
  });
  return (key, i, strictly = false) => (!strictly && i <= firstPerson) || (first.get(key) ?? i) < i;
}

/** Whether the text writes a body's kind right after its name: "the Unite union" for "union". */
function kindAfterName(text: string, name: string, head: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+${escapeRegExp(head.toLowerCase())}(?![\\p{L}])`, 'u').test(text);
}

/** Whether a lower-case modifier ("production") begins a word of a body's name ("Dick Clark Productions"). */
function sharesModifier(modifiers: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return modifiers.split(/\s+/).some((m) => /^\p{Ll}{4,}$/u.test(m) && words.some((w) => w.startsWith(m)));
}

/**
 * Whether a text names the country of a nationality word: the word itself, one sharing its first four letters
 * ("Russian" and "Russia's", "Chinese" and "China"), or for a pair spelt apart the country's name or letters
 * ("Spanish" and "Spain's", "American" and "US"). Another country's does not match, so the description stays
 * unresolved rather than taken for another country's body.
 */
export function sameCountry(nationality: string, text: string): boolean {
  const stem = nationality.slice(0, 4).toLowerCase();
  return (text.match(/\p{Lu}\p{L}+/gu) ?? []).some((w) => w.slice(0, 4).toLowerCase() === stem) || (COUNTRY_LETTERS[nationality]?.test(text) ?? false);
}
/** A country's name or letters, for the nationality whose stem they do not share: "US Secretary of State" is American. */
const COUNTRY_LETTERS: Record<string, RegExp> = {
  American: /\b(?:US|U\.S\.)(?![\p{L}.])/u,
  British: /\b(?:UK|U\.K\.)(?![\p{L}.])/u,
  Emirati: /\bUAE\b/,
  French: /\bFrance\b/,
  Spanish: /\bSpain\b/,
  Dutch: /\b(?:Netherlands|Holland)\b/,
  Swiss: /\bSwitzerland\b/,
  Polish: /\bPoland\b/,
  Danish: /\bDenmark\b/,
  Finnish: /\bFinland\b/,
  Irish: /\bIreland\b/,
  Welsh: /\bWales\b/,
  Burmese: /\b(?:Myanmar|Burma)\b/,
  Filipino: /\bPhilippines\b/,
};

/**
 * The text without its headline-style lines above its last line: four or more words, most of them capitalised, or a
 * line with no sentence's end that does not name the one introduced (`name`): "Election night live: Labour heads for
 * landslide", "02:15" above Rishi Sunak; not "England skipper Stokes backs Bashir" above Ben Stokes.
 */
function withoutHeadlines(text: string, name: string): string {
  return text
    .split('\n')
    .filter((line, i, all) => {
      if (i === all.length - 1 || !line.trim()) return true;
      if (!/[.!?:;,"”’')]\s*$/.test(line) && !line.includes(name)) return false;
      const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      return words.length < 4 || words.filter((w) => /^\p{Lu}/u.test(w)).length * 5 < words.length * 3;
    })
    .join('\n');
}

/** How far back a description looks for the one it stands for: enough for any article, bounded for a huge one. */
const LOOK_BACK = 200;

/** The last mention before index i (within LOOK_BACK) that meets the test. */
export function lastBefore(mentions: readonly Mention[], i: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) if (test(mentions[k]!)) return mentions[k];
  return undefined;
}

/**
 * Whether someone else a description fits is named in the sentence of `named` (the one it would stand for), before
 * them: either may be meant, so the description stands for no one.
 */
export function fitsAnotherBefore(text: string, mentions: readonly Mention[], i: number, named: Mention, fits: (key: string) => boolean): boolean {
  const opens = sentenceStart(text, named.start);
  return mentions.some((x, j) => j < i && x.key !== null && x.key !== named.key && x.start >= opens && x.end <= named.start && fits(x.key));
}

/** How far back (in characters) the last one seen speaking is preferred to the last one named. */
const NEAR_CHARS = 400;

/**
 * The one a description or title at index i stands for, of those that fit: the last named, unless another that fits
 * was last seen speaking, just before ("López Obrador said … while conceding that U.S. President Joe Biden was …
 * ¶ "…," the president said" is López Obrador's).
 */
export function lastFitting(text: string, mentions: readonly Mention[], i: number, fits: (m: Mention) => boolean): Mention | undefined {
  const before = lastBefore(mentions, i, fits);
  const speaking = lastBefore(mentions, i, (x) => fits(x) && spokeAfter(text, x));
  // (Not over the subject of a sentence just before in the same paragraph: "Lakers coach Darvin Ham credited his bench.
  // "…," the coach said" is Ham's, though Kerr, the other coach, spoke last.)
  if (!speaking || !before || speaking.key === before.key || speaking.start < mentions[i]!.start - NEAR_CHARS) return before;
  const opens = sentenceStart(text, before.start);
  const subject = !text.slice(before.end, mentions[i]!.start).includes('\n') && opens >= before.start - 30 && /^[\s"“]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(text.slice(opens, before.start));
  return subject ? before : speaking;
}
