/** What a transcript's labels and the lines around them say of who speaks: questioners, outlets, a record's speaker and portrait lines, notes and headings that are no turn, a title announcing a transcript (see turns.ts). */
import type { Line } from '../ingest/sections.js';

/** A capitalised word of a name, and the space after it. */
// (An initial, too: "Mr. C. Hughes".)
const NAME_WORDS = "(?:\\p{Lu}(?:[\\p{L}'’-]+|\\.)[ \\t]*)";

/**
 * A parliamentary record's speaker line: "Ms. Jane Okafor (Leeds North)", "The Minister for Transport (Mr. Peter
 * Vance)", "The Minister for Water (Rebecca Pow)" (a post and the name in brackets, with or without an honorific), and
 * "Jane Okafor (Leeds North) (Lab)" (a seat and a party: a name with one bracket is a round-up's heading, see
 * introductions.ts, and stays one).
 */
export const NAME_HEADING = new RegExp(
  [
    `(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\\.?[ \\t]+(${NAME_WORDS}{1,4})(?:\\([^)]{1,60}\\)[ \\t]*){0,2}`,
    `The[ \\t]+[\\p{L} ,]{3,80}\\((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\\.?[ \\t]+(${NAME_WORDS}{1,4})|(${NAME_WORDS}{2,4}))\\)`,
    `(${NAME_WORDS}{2,4})\\([^)]{2,60}\\)[ \\t]*\\([^)]{2,20}\\)`,
  ]
    .map((form) => `^${form}$`)
    .join('|'),
  'u',
);
/** A clock time or a column number alone on a line of a parliamentary record. */
// ("2:31 P.M. EDT", "END 2:31 P.M. EDT", "(END)": a White House record's clock with its zone, and its end.)
export const RECORD_MARK = /^(?:(?:END[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:a\.?m\.?|p\.?m\.?)(?:[ \t]+[A-Z]{2,4})?|Column[ \t]+\d+|\(?END\)?)$/i;
/** The chair of a sitting ("Mr Speaker", "Madam Deputy Speaker", "The Chairman"): a turn of nobody named. */
export const CHAIR = /^(?:Mr\.?|Madam|Madame|The)[ \t]+(?:Deputy[ \t]+)?(?:Speaker|Chairman|Chairwoman|Chair|President)$/;
/** Posts of whoever chairs a sitting, named by no label: "MR. SPEAKER:" is the chair's turn, nobody's. */
export const CHAIR_POSTS = new Set(['SPEAKER', 'MR. SPEAKER', 'MR SPEAKER', 'CHAIR', 'CHAIRMAN', 'CHAIRWOMAN', 'CHAIRPERSON', 'DEPUTY SPEAKER']);

/**
 * A speaker line copied from an online record with its portrait's alt text before it: "Stephen Metcalfe Portrait
 * Stephen Metcalfe (South Basildon) (Con)", "David Evennett Portrait Mr Evennett", "Lindsay Hoyle Portrait Mr Speaker":
 * the portrait names the speaker in full ("None Portrait Several hon. Members rose—": nobody).
 */
export const PORTRAIT = /^((?:\p{Lu}[\p{L}'’.-]+[ \t]+){1,3}\p{Lu}[\p{L}'’.-]+|None)[ \t]+Portrait[ \t]+\S/u;
/** The record's links under a speaker line: "- Hansard - - - Excerpts". */
export const RECORD_LINKS = /^[-–—\s]*Hansard(?:[-–—\s]+(?:Excerpts|Source)?)*$/;
/** Labels of whoever asks, named by no name of their own: "Q:", "REPORTER:", "Host:", "THE MODERATOR:", the writer's "Me:". */
// (With a number, as a transcription service writes an unnamed voice: "Speaker 1 (00:45):".)
export const QUESTIONERS = /^(?:THE )?(?:Q|ME|QUESTION|QUESTIONS|REPORTER|REPORTERS|JOURNALIST|MODERATOR|STAFF|AUDIENCE|AUDIENCE MEMBER|PARTICIPANT|OPERATOR|INTERVIEWER|HOST|PRESENTER|ANCHOR|CALLER|LISTENER|VIEWER|MEMBER|VOICE|SPEAKER|UNIDENTIFIED[\w ]*)(?: \d{1,2})?$/;
/**
 * One asking: "QUESTION", "Reporter", one named by where they work ("Bay Bank Analyst", "CNN reporter"), an outlet
 * (below), or two consonants, someone's initials ("BH:", resolved to a person where the page names one).
 */
export const isQuestioner = (label: string) =>
  QUESTIONERS.test(label) || /\s(?:ANALYST|REPORTER|JOURNALIST|CORRESPONDENT|QUESTIONER)$/.test(label) || isOutlet(label) || /^[B-DF-HJ-NP-TV-Z]{2}$/.test(label);
/**
 * An outlet asking in a briefing, which speaks as an organisation: letters with no vowel as a name has ("CNN:", "NHK:";
 * "LEE:" is a name), a wire agency ("AFP:", "TASS:"), or a paper, channel or agency by its last word ("People's Daily:",
 * "Shenzhen TV:", "Xinhua News Agency:", "The Paper:").
 */
export const isOutlet = (label: string) =>
  /^[B-DF-HJ-NP-TV-Z]{3,6}$/.test(label) ||
  WIRE_AGENCIES.test(label) ||
  /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,3}(?:DAILY|TIMES|TV|NEWS|AGENCY|POST|JOURNAL|RADIO|TELEVISION|HERALD|TRIBUNE|TELEGRAPH|GAZETTE|BROADCASTING|SERVICE|CHANNEL|PAPER|GUARDIAN|OBSERVER|ECONOMIST|EXPRESS|PRESS|NETWORK|MAGAZINE)$/u.test(label);
export const WIRE_AGENCIES = /^(?:AFP|AP|EFE|ANSA|TASS|DPA|APA|PTI|IANS|AAP|ANI|RIA|KYODO|YONHAP|XINHUA|REUTERS|BLOOMBERG|BERNAMA|ANTARA)$/;
/** A court record's posts: "THE COURT:", "THE WITNESS:" speak as their holders, whom the record may not name. */
export const COURT_POSTS = new Set(['COURT', 'WITNESS', 'CLERK', 'BAILIFF', 'JUROR', 'DEFENDANT', 'INTERPRETER']);

/** Who runs a show or a panel: named in brackets, the one who asks is that person. */
const SHOW_HOSTS = /^(?:THE )?(?:HOST|PRESENTER|ANCHOR|MODERATOR|INTERVIEWER)$/;

/** A name in brackets after a post's label, with or without an honorific: "(Ms. Sari Wulandari)", "(Shri Anil Mehra)". */
const BRACKET_NAME = /\((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Shri|Smt|H\.E|Sir|Dame|MR|MRS|MS|DR|SHRI)\.?[ \t]+)?((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+)\)/u;

/**
 * "Indonesian Foreign Minister (Ms. Sari Wulandari):": a record that names a post's holder in brackets the first time,
 * and later labels the post alone. The name, in the case a name is written ("(MR. WANG YI)" → "Wang Yi"), for a label
 * that holds a post's word, or a show's host with a person's name ("HOST (JANE ORLOV):"), never one who only asks
 * ("Reporter (Jane Roe):") nor an outlet ("Moderator (Daily Star):"); null otherwise.
 */
export function bracketedHolder(labelWithNote: string, label: string, isTitle: (word: string) => boolean): string | null {
  const m = BRACKET_NAME.exec(labelWithNote);
  if (!m) return null;
  const upper = label.toUpperCase();
  if (isQuestioner(upper) ? !SHOW_HOSTS.test(upper) || isOutlet(m[1]!.toUpperCase()) : !label.split(/\s+/).some(isTitle)) return null;
  return m[1]!
    .trim()
    .split(/\s+/)
    .map((w) => (/\p{Ll}/u.test(w) ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

/** A label that is a name of two or three words ("Dmitry Peskov", "Maria Zakharova"). */
export const FULL_NAME_LABEL = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Labels that head a note, a kicker or page furniture, not a turn, in capitals or not ("SEE MORE:", "Published:"). */
export const NOT_TURN =
  /^(?:note|editor'?s note|update|updated|correction|watch|read|read more|also read|must read|see more|see also|don['’]?t miss|related|breaking|exclusive|analysis|opinion|photos?|video|more|more from|live|source|sources|credit|warning|alert|fact check|key points|in brief|in pictures|timeline|file|image|picture|caption|tags?|topics?|posted|published|by|share|listen|follow|subscribe|email|tel|phone|fax|web|website|address|location|date|time|when|where|price|tickets|most read|trending|recommended|advertisement|sponsored|up next|top stories|latest|column|review|editorial|commentary|obituary|new release|(?:on\s+)?[\w-]+\.(?:com|org|net|co\.uk|com\.au)|(?:on|about|asked about|regarding)\s.+)$/i;

/** A short line in title case with no sentence's end: a heading inside a record. */
// ("Q&As", "Questions & Answers" too.)
// ("Clinton Woman Dies After Crash On Route 9": a teaser's headline in title case is no one's words, however long.)
// ("Questions & Answers:" with its colon, too.)
export const SECTION_HEADING = /^\p{Lu}[\p{L}&'’-]*(?:[ \t]+[\p{L}&'’-]+){0,15}:?$/u;

/** A transcript's heading over the answer on a topic: "On the delay to the bill", "Regarding the vote". */
export const TOPIC_HEADING = /^(?:On|About|Regarding|Asked about)\s[^.?!:]{3,120}$/;

/** A title's "Transcript with …", "Interview with …": whom the transcript below records. */
export const TRANSCRIPT_WITH = /\b(?:Transcript|Interview)\s+(?:with|of)\b[^\n]{3,120}/;

/** A line that says a transcript follows ("Video Transcript", "Transcript:"), right above the first label. */
export const TRANSCRIPT_LINE = /(?:^|\n)[ \t]*(?:Video |Full |Audio |Interview )?Transcript:?[ \t]*\n\s*$/i;

/** "SECRETARY ROLAND:", "QUESTION:", "Q:": a label in capitals opening a line, maybe with a post after a comma ("KASH
 * PATEL, FBI DIRECTOR NOMINEE:"), a note in brackets ("QUESTION (Reuters):", "MINISTER ALVES (via interpreter):") or
 * the asker's outlet after a slash ("JOSEPH MORONG/GMA7:"), which is left out of the label. */
export const CAPS_LABEL = /^((?:[A-Z][A-Z.'’-]*)(?:[ \t]+[A-Z][A-Z.'’-]*){0,5}(?:[ \t]+\d{1,2})?)(?:\/[A-Z0-9][A-Z0-9.'’&-]*(?:[ \t]+[A-Z0-9][A-Z0-9.'’&-]*){0,3})?(?:,[ \t]+[A-Z][A-Z.'’&-]*(?:[ \t]+[A-Z][A-Z.'’&-]*){0,6})?(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]*/;

/**
 * "… What is that about?    CONDOLEEZZA RICE: Well I think …": a copy that lost a paragraph break leaves the next label
 * after a sentence's end and a run of spaces; a label that also opens a line of its own starts a line there.
 */
export function splitRunOnLabels(lines: readonly Line[]): Line[] {
  const opening = new Set(lines.map((l) => CAPS_LABEL.exec(l.text)?.[1]).filter(Boolean));
  return lines.flatMap((l) => {
    const m = /[.?!]["”’]?( {2,}|\t+)(?=[A-Z])/.exec(l.text);
    const label = m ? CAPS_LABEL.exec(l.text.slice(m.index + m[0].length))?.[1] : undefined;
    if (!m || !label || !opening.has(label)) return [l];
    const at = m.index + m[0].length;
    const cut = at - m[1]!.length;
    return [{ text: l.text.slice(0, cut), start: l.start, end: l.start + cut }, ...splitRunOnLabels([{ text: l.text.slice(at), start: l.start + at, end: l.end }])];
  });
}
