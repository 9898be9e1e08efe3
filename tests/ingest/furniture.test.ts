import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, furnitureRule, isMasthead } from '../../src/ingest/furniture.js';
import { splitSections } from '../../src/ingest/sections.js';

/** For each rule: a line it catches, and a line of reporting close to it that it must leave alone. */
const CASES: Record<string, [furniture: string, content: string]> = {
  'ad marker': ['- Advertisement -', 'The advertisement ran for a week before the election.'],
  navigation: ['You are here:   Home', 'Skip the queue, the minister told travellers.'],
  'menu word': ['All news', 'All news outlets were barred from the hall.'],
  breadcrumb: ['World › Europe', 'Russia/Ukraine talks resume in Geneva'],
  'home trail': ["Home > Spokesperson's Remarks > Regular Press Conference", 'Home > away: the club has won more on the road.'],
  'language menu': ['中文 العربي Contact Us Links', 'English football clubs made contact with the links league.'],
  'page kind': ['Press Release', 'Press releases from the ministry were withheld.'],
  'desk byline': ['Staff Reporter', 'Staff reporters walked out on Monday.'],
  'reading time': ['4 min read', 'It takes 4 minutes to read the ballot.'],
  'share line': ['Share this story', 'Share prices fell sharply on Monday.'],
  'glued share button': ['Share this articleComments', 'Share this article with a friend, the site urges readers.'],
  'empty stamp': ['Published on Updated', 'Published on Monday, the report was updated twice.'],
  'social buttons': ['Facebook Twitter WhatsApp', 'Facebook said it would appeal.'],
  'editing credit': ['Reporting by Jane Roe; Editing by John Poe', 'Reporting on the talks was restricted.'],
  'photo credit': ['Photo: Jane Roe', 'The photo was taken in 2019, police said.'],
  'caption with credit': ['Fans wait at the gate (Photo: Jane Roe/AFP via Getty Images)', 'Fans waited at the gate (some for hours), police said.'],
  'caption with photographer': ['Rep. Ana Ruiz speaks at the Capitol on July 25, 2019.Jane B. Roe / AP file', 'The talks ended, Ana Ruiz told AP / Reuters reporters at the Capitol.'],
  'caption with agency bar': ['Minister Rita Lim, right, meets the envoy in Seoul on Friday, Oct. 28. Xinhua-Yonhap |', 'Minister Rita Lim met the envoy in Seoul on Friday, Yonhap reported.'],
  'agency photo credit': ['(Reuters: Jane Roe)', '(Reuters) - The talks ended on Friday.'],
  'related link': ['MORE: Why the bridge failed', 'More than 200 people were evacuated.'],
  'editor note': ["Editor's note: this story was updated", 'The editor noted the error on Monday.'],
  copyright: ['© Daily Outlet 2024. All rights reserved.', 'The rights of the accused were reserved, the judge said.'],
  'licence notice': ['This article is republished from The Conversation under a Creative Commons license.', 'This article of the treaty is disputed.'],
  'bare link': ['http://example.org/2011/09/07/a-post-about-the-talks/', 'The site example.org posted the talks on 7 September 2011.'],
  'image tag': ['tag2024binary_ABC123X-VIEWIMAGE', 'Tags were found on 32 cars.'],
  markup: ['&lt;span data-type="bookmark" style="display: inline-block; width: 0px;"&gt;&lt;/span&gt;', 'The span of the bridge is 400 metres, <not> a record.'],
  'source citation': ['Harbor Daily, "Fentanyl bust highlights a fast-growing threat," Oct. 18, 2019', 'Mayor Ana Ruiz told the Harbor Daily, "We are ready," on Oct. 18.'],
  'comment form': ['Leave a Reply', 'Leave the room, she said.'],
  'aggregator note': ['Now you can see non-English news...', 'Now you can see why they left.'],
  'feed stamp': ['News/Politics 2024-03-03T10:00:00Z', 'News of the deal broke on 3 March.'],
  disclaimer: ['Opinions expressed by Harbor Contributors are their own.', 'Opinions expressed by voters are mixed, the poll found.'],
  'call to action': ['Stay informed', 'Stay informed about the vote, the mayor urged residents on Friday.'],
};

describe('furniture rules', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(FURNITURE_RULES.map((r) => r.name).sort());
  });

  for (const [name, [furniture, content]] of Object.entries(CASES)) {
    it(`${name}: "${furniture}" is furniture, "${content}" is not`, () => {
      expect(furnitureRule(furniture)).toBe(name);
      expect(furnitureRule(content)).toBeNull();
    });
  }

  it('reads "SEE MORE:" and "Read also:" before a headline as related links, not "See more of the city, the mayor urged"', () => {
    expect(furnitureRule('SEE MORE: Hong Kong protests: students under siege')).toBe('related link');
    expect(furnitureRule('Read also: Why the bridge failed')).toBe('related link');
    expect(furnitureRule('See more of the city, the mayor urged tourists.')).toBeNull();
  });

  it('reads skip links as navigation', () => {
    expect(furnitureRule('Skip to main content')).toBe('navigation');
    expect(furnitureRule('You are here to stay, the coach told him.')).toBeNull();
  });

  it('a masthead is a short name ending like a newspaper, only above the headline', () => {
    expect(isMasthead('The Limited Times')).toBe(true);
    expect(isMasthead('Kyiv Post')).toBe(true);
    expect(isMasthead('Storm cuts off coastal towns')).toBe(false);
    expect(isMasthead('Prime Minister faces the press')).toBe(false);
    const page = 'The Limited Times\nRuto rejects calls to drop tax plan\nKenyan President William Ruto said on Thursday the plan stays.';
    expect(splitSections(page, {}).map((s) => [s.kind, page.slice(s.start, s.end)])).toEqual([
      ['furniture', 'The Limited Times'],
      ['title', 'Ruto rejects calls to drop tax plan'],
      ['report', 'Kenyan President William Ruto said on Thursday the plan stays.'],
    ]);
  });

  it('the headline under navigation, a breadcrumb and a stamp is the title; the stamp is a dateline', () => {
    const page = 'Skip to main content\nWorld › Europe\nPublished: 9:15 AM March 3, 2024\nStorm leaves towns cut off\nShare this story\nThree villages were cut off, the coastguard said.';
    expect(splitSections(page, {}).map((s) => s.kind)).toEqual(['furniture', 'dateline', 'title', 'furniture', 'report']);
  });
});
