/**
 * Page furniture: the lines a copied web page carries around its article (navigation, share buttons, credits,
 * captions' photo credits, related links, ad markers). Each rule names the kind of line it catches; all are tested
 * on whole, trimmed lines, and none may match a sentence of reporting (each has a negative test).
 */
/** Headings over a list of other stories' headlines ("Related stories", "Most read"), as a pattern's alternatives. */
export const LIST_HEADINGS = "related|related stories|related articles|more on this story|more to read|read next|recommended|you might also like|most read|most popular|most viewed|popular now|trending now|editor['’]s picks";

export const FURNITURE_RULES: readonly { name: string; re: RegExp; long?: boolean }[] = [
  { name: 'ad marker', re: /^(?:\[ad_\d+\]|-*\s*advertisement\s*-*|ad|sponsored(?: content)?|story continues below(?: advertisement)?)$/i },
  { name: 'navigation', re: /^(?:(?:skip|jump) to (?:main |the )?(?:content|navigation|main|article|search|footer)\b|you are here\s*:)/i },
  { name: 'menu word', re: /^(?:menu|search|home|sign in|log ?in|subscribe|newsletters?|close|open menu|main menu|more|trends 24h|latest|top stories|find us|contact us|about us|(?:all|latest|top|world|europe|asia|africa|americas|us|uk|business|sports?|local|breaking|more|national|international) news)$/i },
  // "World › Europe", "Home | News | Politics", "News / World": parts of one or two words between separators.
  { name: 'breadcrumb', re: /^[\p{Lu}][\p{L}&'-]*(?: [\p{L}&'-]+)?(?:\s*(?:›|»|>)\s*|\s+(?:\||\/)\s+)[\p{L}][\p{L}&'-]*(?: [\p{L}&'-]+)?(?:(?:\s*(?:›|»|>)\s*|\s+(?:\||\/)\s+)[\p{L}][\p{L}&'-]*(?: [\p{L}&'-]+)?){0,4}$/u },
  // "Home > Spokesperson's Remarks > Regular Press Conference": a trail from the site's home, its parts any length.
  { name: 'home trail', re: /^(?:Home|Start|Startseite|Accueil|Inicio)\s*(?:›|»|>)\s*[^.!?]{2,150}$/ },
  // "中文 العربي Contact Us Links", "English Français": a row of languages to switch to, and menu words after it.
  { name: 'language menu', re: /^(?:(?:中文|English|Français|Español|Русский|العربي|العربية|Deutsch|Português|日本語|한국어|Italiano)\s+)+(?:中文|English|Français|Español|Русский|العربي|العربية|Deutsch|Português|日本語|한국어|Italiano|Contact Us|About Us|Links|Sitemap|Site Map|Home|Search)(?:\s+(?:Contact Us|About Us|Links|Sitemap|Site Map|Home|Search))*$/ },
  // "Press Release", "Press Briefing": the kind of page, above its own headline.
  { name: 'page kind', re: /^(?:press (?:release|briefing|statement)|news release|media (?:release|advisory))$/i },
  // "Staff Reporter", "Web Desk": a desk's byline with no name, above or below the headline.
  { name: 'desk byline', re: /^(?:(?:our )?staff (?:reporter|writer|correspondent)|(?:web|news|online|monitoring|sports|business|foreign|city) desk|our correspondent|special correspondent|news agencies)$/i },
  { name: 'reading time', re: /^(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s+read|reading time:?\s*\d+.*)$/i },
  { name: 'share line', re: /^(?:share|share this(?: story| article| page)?|tweet|email|e-mail|print|copy link|save|like|comments?|follow(?: us)?(?: on [\w ]+)?|share (?:on|via) [\w ]+)(?:\s*[|·,/]\s*(?:share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|reddit|copy link)\b.*)?:?$/i },
  // "Share this articleComments", "Share this articleClose Button": the button's label glued to the next one's.
  { name: 'glued share button', re: /^[Ss]hare this (?:story|article|page|post)[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?$/ },
  // "Published on Updated": a stamp whose dates the copy lost (no i flag: a capital starts it).
  { name: 'empty stamp', re: /^(?:Published|Updated|Posted|Last updated)(?: on| at)?(?: (?:Updated|Published|Posted)(?: on| at)?)?:?$/ },
  { name: 'social buttons', re: /^(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|messenger)(?:\s*[|·,/]?\s*(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|messenger|print))+$/i },
  { name: 'editing credit', re: /^(?:(?:additional )?reporting|writing|editing|edited|compiled|produced|translated) by\s/i },
  { name: 'photo credit', re: /^\(?(?:photo|photograph|image|picture|video|credits?|file photo|pictured)s?(?: by)?:\s*[^)]{1,80}\)?$|^(?:image|photo|media) (?:copyright|source)\b/i },
  // "Crowds wait at the gate (Photo: Jane Roe/AFP)", "Image via Getty/Jane Roe": a caption ending in its credit.
  { name: 'caption with credit', re: /(?:\((?:photo|image|picture|video|credit)s?(?: by)?:[^()]{1,80}\)|^(?:image|photo|picture)s? (?:via|courtesy of|from) [^.]{1,60})$/i },
  // "… meets the envoy in Beijing. Xinhua-Yonhap |": an agency credit and a bar closing a caption, however long.
  { name: 'caption with agency bar', re: /\b(?:AP|AFP|Reuters|Xinhua|Yonhap|EPA|Kyodo|Bloomberg)(?:-(?:AP|AFP|Reuters|Xinhua|Yonhap|EPA|Kyodo))? \|$/, long: true },
  // "… speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file", "… in Hialeah, Fla. (AP Photo/Alan Diaz,
  // File)", "Sonu Mehta/Hindustan Times/Getty Images": a caption closed by its photographer and agency, however long.
  {
    name: 'caption with photographer',
    re: /(?:\p{Lu}[\p{L}'’-]*\.?[ \t]?){1,4}[ \t]\/[ \t](?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Bloomberg)(?:[ \t](?:file|File|Photo))?$|\((?:AP|AFP) Photo\/[^()]{1,60}\)$|\bPhotograph(?: by)?:? [^.]{1,60}\/(?:AFP|Getty Images|Reuters|AP)(?:\/Getty Images)?$|^(?:\p{Lu}[\p{L}.'’-]*[ \t]){1,3}\p{Lu}[\p{L}.'’-]*\/(?:[\p{L} .'’-]{2,40}\/)?Getty Images$/u,
    long: true,
  },
  // "(Reuters: Jane Roe)", "Jane Roe / Getty Images"
  { name: 'agency photo credit', re: /^(?:\(\p{Lu}[\p{L}. ]{1,30}:\s*\p{Lu}[\p{L}. ]{1,40}\)|\p{Lu}[\p{L}. ]{1,40}\/\s*(?:Getty Images|AFP|Reuters|REUTERS|AP|EPA|Shutterstock|Alamy)(?: via Getty Images)?)$/u },
  { name: 'related link', re: new RegExp(`^(?:read more|also read|read also|see also)\\b.*$|^(?:see|watch) more\\s*:.*$|^(?:more|also read|see also|watch|listen|you may like|${LIST_HEADINGS})(?:\\s*[:|–—-].*)?$`, 'i') },
  { name: 'editor note', re: /^(?:editor['’]s note\b|(?:all )?times (?:are|in) |this (?:story|article) (?:has been|was) (?:updated|corrected)\b)/i },
  { name: 'copyright', re: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\.?$/i },
  { name: 'licence notice', re: /^(?:this (?:article|story) (?:is|was) (?:republished|published) (?:from|under)\b|licensed under\b)/i },
  // '&lt;span style="display: inline-block"&gt;&lt;/span&gt;': markup a copy kept as text, however long.
  { name: 'markup', re: /&lt;\/?[a-z][a-z0-9]*(?:\s[^&]{0,300})?&gt;|^<\/?(?:span|div|p|a|img|figure|script|style|iframe)\b[^>]*>/i, long: true },
  // 'Orange County Register, "Fentanyl bust highlights threat," Oct. 18, 2019': an entry of a list of sources.
  { name: 'source citation', re: /^[^"“”]{2,120}, ["“][^"“”]{4,250}[,.]?["”],? (?:(?:accessed |published )?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{4})\.?$/, long: true },
  // "http://example.org/2011/09/07/a-post/": a link alone on its line, its path no date of the story's.
  { name: 'bare link', re: /^(?:https?:\/\/|www\.)\S+$/i, long: true },
  { name: 'image tag', re: /^(?:[0-9a-f]{32}|\S*_[A-Z0-9]{6,}-VIEWIMAGE)$/ },
  { name: 'comment form', re: /^(?:leave a reply|post a comment|no comments:?|your email address will not be published\.?|source link|enlarge image)$/i },
  { name: 'aggregator note', re: /^(?:all news articles on |now you can see non-english news|the (?:information|inclusion) .*(?:external sources|links))/i },
  { name: 'feed stamp', re: /^(?:news\/[\w ]+|[\w ]+\/[\w ]+) \d{4}-\d{2}-\d{2}T/i },
  // "Opinions expressed by Forbes Contributors are their own."
  { name: 'disclaimer', re: /^(?:the )?(?:opinions|views) expressed (?:by|in|here)\b[^.]{0,80}\bare (?:their|his|her|its|the (?:author|writer|contributor)['’]?s?) own\.?$/i },
  // "Stay informed", "Sign up for our newsletter": a call to the reader.
  { name: 'call to action', re: /^(?:stay (?:informed|connected|tuned|up to date|in the know)|sign up (?:for|to) (?:our|the) [\w ]{1,40}|get (?:our|the) [\w ]{1,30}newsletter)[.!]?$/i },
];

/** Whether a whole line is page furniture (see FURNITURE_RULES). (The rules keep their own flags: \p{Lu} means a capital only without the i flag.) */
export function isFurniture(line: string): boolean {
  // (Only a caption may be long: its credit at the end is what marks it.)
  return FURNITURE_RULES.some((r) => (line.length <= 200 || (r.long && line.length <= 400)) && r.re.test(line));
}

/** The rule a furniture line meets, for tests and for reading why a line was dropped. */
export function furnitureRule(line: string): string | null {
  return FURNITURE_RULES.find((r) => r.re.test(line))?.name ?? null;
}

/** A name in Title Case ending like a newspaper's ("The Limited Times", "Daily Mail", "Kyiv Post"). No i flag: with it \p{Lu} matches any letter. */
const MASTHEAD = /^(?:The\s+)?\p{Lu}[\p{L}'&.-]*(?:\s+\p{Lu}[\p{L}'&.-]*){0,3}\s+(?:Times|Post|News|Daily|Herald|Journal|Tribune|Guardian|Observer|Telegraph|Gazette|Chronicle|Express|Mail|Today|Press|Review|Weekly|Magazine|Radio|TV|Network|Online|Standard|Independent|Insider|Monitor|Sun|Star|Mirror|Bulletin)$|^[\w-]+\.(?:com|org|net|co\.uk|in|ru)$/u;

/** Whether a line above the headline is the site's masthead: a short name ending like a newspaper's. */
export function isMasthead(line: string): boolean {
  return line.length <= 40 && MASTHEAD.test(line);
}
