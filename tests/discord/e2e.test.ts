import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASKER, callbackOf, chat, MOD_ROLE, startBot, TOKEN, type Callback, type Running } from './harness.js';
import { APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, type DiscordStandIn } from './standin.js';

let run: Running;
let discord: DiscordStandIn;
let seeds: string;

beforeAll(async () => {
  run = await startBot();
  discord = run.discord;
  seeds = run.seeds;
}, 40_000);

afterAll(async () => {
  if (run?.bot.exitCode === null) await run.stop();
});

describe('the bot through the real discord.js client, against a local stand-in of Discord', () => {
  it('logs in and registers its commands in the configured server', async () => {
    const put = discord.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.auth).toBe(`Bot ${TOKEN}`);
    expect((put.body as { name: string; type: number }[]).map((c) => [c.name, c.type])).toEqual([
      ['ask', 1],
      ['quote', 1],
      ['timeline', 1],
      ['fact', 1],
      ['sources', 1],
      ['who', 1],
      ['about', 1],
      ['check', 1],
      ['refresh', 1],
      ['article', 1],
      ['feedback', 1],
      ['Check quote', 3],
    ]);
    const refresh = (put.body as { name: string; default_member_permissions: string }[]).find((c) => c.name === 'refresh')!;
    expect(refresh.default_member_permissions).toBe('32'); // Manage Server
  });

  it('answers /quote lavrov with his quotes, citations, page buttons and no mentions', async () => {
    const { id, token } = discord.interact({ type: 2, data: { id: '940000000000000001', name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'lavrov' }] } });
    const cb = await discord.waitFor(callbackOf(id, token));
    expect(cb.auth).toBeUndefined();
    const body = cb.body as Callback;
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0].title).toBe('What Sergey Lavrov said');
    expect(body.data.embeds[0].description).toContain('never threatened the Ukrainian people');
    expect(body.data.embeds[0].description).toMatch(/`00\d`/);
    expect(body.data.embeds[0].footer.text).toBe('14 statements, 15 quotes · page 1 of 3');
    expect(body.data.components[0].components.map((c: { label: string }) => c.label)).toEqual(['◀ Previous', '1 / 3', 'Next ▶', 'Report a problem']);
  });

  it('answers privately with private:true (#18), pages and all', async () => {
    const { id, token } = discord.interact({
      type: 2,
      data: { id: '940000000000000001', name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'lavrov' }, { name: 'private', type: 5, value: true }] },
    });
    const body = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0].title).toBe('What Sergey Lavrov said');
    expect(body.data.components[0].components).toHaveLength(4);
    const put = discord.requests.find((r) => r.method === 'PUT' && r.path.endsWith('/commands'))!;
    const defs = put.body as { name: string; options?: { name: string }[] }[];
    expect(defs.filter((d) => d.options?.some((o) => o.name === 'private')).map((d) => d.name)).toEqual(['ask', 'quote', 'timeline', 'fact', 'sources', 'who', 'about', 'check']);
  });

  it('answers in a DM and as a user-installed app; the moderators\' commands stay in servers (#18)', async () => {
    const put = discord.requests.find((r) => r.method === 'PUT' && r.path.endsWith('/commands'))!;
    const defs = put.body as { name: string; contexts: number[]; integration_types: number[] }[];
    const where = Object.fromEntries(defs.map((d) => [d.name, [d.contexts, d.integration_types]]));
    expect(where.quote).toEqual([[0, 1, 2], [0, 1]]);
    expect(where.about).toEqual([[0, 1, 2], [0, 1]]);
    expect(where.refresh).toEqual([[0], [0]]);
    expect(where.article).toEqual([[0], [0]]);
    const { id, token } = discord.interact({ type: 2, dm: true, data: { id: '940000000000000001', name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'lavrov' }] } });
    const body = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(body.data.embeds[0].title).toBe('What Sergey Lavrov said');
    // Outside a server nobody moderates: /refresh sent from a DM anyway is refused, privately.
    const refused = discord.interact({ type: 2, dm: true, data: { id: '940000000000000002', name: 'refresh', type: 1 } });
    const refusal = (await discord.waitFor(callbackOf(refused.id, refused.token))).body as Callback;
    expect(refusal.data.flags).toBe(64);
    expect(refusal.data.content).toMatch(/moderators/i);
  });

  it('checks a message someone posted (right-click, Apps, "Check quote"), privately, and says whom the articles credit (#18)', async () => {
    const messageId = '960000000000000001';
    const message = {
      id: messageId,
      channel_id: CHANNEL_ID,
      author: { id: '900000000000000077', username: 'poster', discriminator: '0', avatar: null, global_name: 'Poster' },
      content: 'Blinken today: “The Russian experience of dealing with the West on security issues is full with cases of broken promises.” @everyone',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    };
    const { id, token } = discord.interact({ type: 2, data: { id: '940000000000000003', name: 'Check quote', type: 3, target_id: messageId, resolved: { messages: { [messageId]: message } } } });
    const body = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('Check: “The Russian experience of dealing with the West on security issues is full with cases of broken promises.”');
    expect(embed.description.split('\n\n').slice(0, 2)).toEqual([
      '⚠ The message credits this to **Antony Blinken**; the articles credit it to **Sergey Lavrov**.',
      '**Sergey Lavrov** said it, in 1 article (1 independent).',
    ]);
    // A message with no text gets a private explanation.
    const empty = discord.interact({ type: 2, data: { id: '940000000000000003', name: 'Check quote', type: 3, target_id: messageId, resolved: { messages: { [messageId]: { ...message, content: '' } } } } });
    const refusal = (await discord.waitFor(callbackOf(empty.id, empty.token))).body as Callback;
    expect(refusal.data).toMatchObject({ content: 'That message has no text to check (an image or an embed only).', flags: 64 });
  });

  it('answers an autocomplete from memory with at most 25 choices', async () => {
    const { id, token } = discord.interact({
      type: 4,
      data: { id: '940000000000000001', name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'lav', focused: true }] },
    });
    const body = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(body.type).toBe(8);
    expect(body.data.choices[0]).toEqual({ name: 'Sergey Lavrov (15 quotes)', value: 'sergey-lavrov' });
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('takes a report from any answer through a form, keeps it in STATE_DIR, and lists it for moderators (#18)', async () => {
    const asked = discord.interact({ type: 2, data: { id: '940000000000000001', name: 'who', type: 1, options: [{ name: 'name', type: 3, value: 'peskov' }] } });
    const answer = (await discord.waitFor(callbackOf(asked.id, asked.token))).body as Callback;
    const button = answer.data.components.at(-1).components.at(-1);
    expect(button).toMatchObject({ type: 2, label: 'Report a problem' });
    const message = {
      id: '950000000000000002', channel_id: CHANNEL_ID, author: { id: BOT_ID, username: 'parley', discriminator: '0', avatar: null, bot: true }, content: '',
      embeds: answer.data.embeds, components: answer.data.components, attachments: [], mentions: [], mention_roles: [], mention_everyone: false,
      pinned: false, tts: false, type: 20, flags: 0, timestamp: new Date().toISOString(), edited_timestamp: null,
    };
    const press = discord.interact({ type: 3, data: { custom_id: button.custom_id, component_type: 2 }, message });
    const form = (await discord.waitFor(callbackOf(press.id, press.token))).body as Callback;
    expect(form.type).toBe(9);
    expect(form.data).toMatchObject({ custom_id: button.custom_id, title: 'Report a problem' });
    expect(form.data.components[0].components[0]).toMatchObject({ type: 4, custom_id: 'reason', required: true, max_length: 1000 });
    const submit = discord.interact({
      type: 5,
      data: { custom_id: button.custom_id, components: [{ type: 1, components: [{ type: 4, custom_id: 'reason', value: 'Peskov is the Kremlin spokesman, not a minister.' }] }] },
      message,
    });
    const thanks = (await discord.waitFor(callbackOf(submit.id, submit.token))).body as Callback;
    expect(thanks.data).toMatchObject({ content: 'Thank you: your report is saved for the moderators.', flags: 64 });
    const saved = (await readFile(path.join(run.state, 'feedback.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      userId: ASKER,
      command: 'who',
      options: { name: 'peskov' },
      shown: { title: answer.data.embeds[0].title },
      kb: { articles: 5 },
      reason: 'Peskov is the Kremlin spokesman, not a minister.',
    });
    // Moderators read the latest reports, privately; a member is refused.
    const mod = await chat(discord, 'feedback', {}, { roles: [MOD_ROLE] });
    expect(mod.body.data.flags).toBe(64);
    expect(mod.body.data.embeds[0].title).toBe('Reports (1)');
    expect(mod.body.data.embeds[0].description).toContain('`/who name:peskov` · by <@900000000000000010>\n> Peskov is the Kremlin spokesman, not a minister.');
    const member = await chat(discord, 'feedback');
    expect(member.body.data).toMatchObject({ flags: 64 });
    expect(member.body.data.content).toMatch(/^Only moderators/);
  });

  it('turns a page for the person who asked and refuses anyone else', async () => {
    const first = discord.interact({ type: 2, data: { id: '940000000000000001', name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'blinken' }] } });
    const answer = (await discord.waitFor(callbackOf(first.id, first.token))).body as Callback;
    const next = answer.data.components[0].components[2].custom_id as string;
    const message = {
      id: '950000000000000001', channel_id: CHANNEL_ID, author: { id: BOT_ID, username: 'parley', discriminator: '0', avatar: null, bot: true }, content: '',
      embeds: answer.data.embeds, components: answer.data.components, attachments: [], mentions: [], mention_roles: [], mention_everyone: false,
      pinned: false, tts: false, type: 20, flags: 0, timestamp: new Date().toISOString(), edited_timestamp: null,
    };
    const press = (userId: string) => discord.interact({ type: 3, userId, data: { custom_id: next, component_type: 2 }, message });
    const mine = press(ASKER);
    const turned = (await discord.waitFor(callbackOf(mine.id, mine.token))).body as Callback;
    expect(turned.type).toBe(7);
    expect(turned.data.embeds[0].footer.text).toMatch(/page 2 of \d+$/);
    const theirs = press('900000000000000099');
    const refused = (await discord.waitFor(callbackOf(theirs.id, theirs.token))).body as Callback;
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toMatch(/^Only the person who asked/);
  });

  it('refuses /refresh to a plain member, privately, even if the server let them see it', async () => {
    const { id, token } = discord.interact({ type: 2, permissions: '0', data: { id: '940000000000000007', name: 'refresh', type: 1 } });
    const body = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toMatch(/^Only moderators/);
  });

  it('refreshes for a moderator: defers, rebuilds, and reports the new article and a bad file', async () => {
    await writeFile(path.join(seeds, '005_extra.txt'), 'Kremlin spokesman Dmitry Peskov said: "We will see next week."\n');
    await writeFile(path.join(seeds, '006_broken.txt'), Buffer.from([0, 1, 2]));
    const { id, token } = discord.interact({ type: 2, roles: [MOD_ROLE], data: { id: '940000000000000007', name: 'refresh', type: 1 } });
    const deferred = (await discord.waitFor(callbackOf(id, token))).body as Callback;
    expect(deferred.type).toBe(5);
    const edit = await discord.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`);
    const embed = (edit.body as { embeds: { title: string; description: string }[] }).embeds[0]!;
    expect(embed.title).toBe('Knowledge base refreshed');
    expect(embed.description).toContain('articles: +1 −0');
    expect(embed.description).toContain('new: 005\\_extra');
    expect(embed.description).toMatch(/006\\_broken\.txt: the file is binary/);
    expect((edit.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('adds an article from an attached file for a moderator, refuses a member, and /quote answers from it', async () => {
    discord.attachments.set('port-strike.txt', {
      type: 'text/plain; charset=utf-8',
      body: 'Dock workers strike in Rotterdam\n\nMay 2, 2024\n\nDock workers in Rotterdam walked out on Thursday over pay.\n\n"We have waited long enough," union leader Anja de Vries told reporters.\n',
    });
    const attachment = { id: '970000000000000001', filename: 'port-strike.txt', size: 180, url: discord.attachmentUrl('port-strike.txt'), proxy_url: discord.attachmentUrl('port-strike.txt'), content_type: 'text/plain' };
    const data = {
      id: '940000000000000008',
      name: 'article',
      type: 1,
      options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: attachment.id }] }],
      resolved: { attachments: { [attachment.id]: attachment } },
    };
    const refused = discord.interact({ type: 2, data });
    const no = (await discord.waitFor(callbackOf(refused.id, refused.token))).body as Callback;
    expect(no).toMatchObject({ type: 4, data: { content: 'Only moderators (Manage Server, or the moderator role) can add or remove articles.', flags: 64 } });
    const { id, token } = discord.interact({ type: 2, roles: [MOD_ROLE], data });
    expect(((await discord.waitFor(callbackOf(id, token))).body as Callback).type).toBe(5);
    const edit = await discord.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`, 20_000);
    const embed = (edit.body as { embeds: { title: string; description: string }[] }).embeds[0]!;
    expect(embed.title).toBe('Article added');
    expect(embed.description).toBe('*Dock workers strike in Rotterdam*, 2 May 2024 `doc`\n1 quote: Anja de Vries (1)\nnew people: Anja de Vries\n1 dated event');
    const quote = await chat(discord, 'quote', { speaker: 'de vries' });
    expect(quote.body.data.embeds[0].title).toBe('What Anja de Vries said');
  }, 30_000);

  it('adds an article from a link for a moderator, and refuses the same article twice', async () => {
    discord.attachments.set('harbour.html', {
      type: 'text/html; charset=utf-8',
      body: '<html><head><meta property="og:site_name" content="Harbour News"><meta property="article:published_time" content="2024-05-03"></head><body><article><h1>Ferry crews join the strike</h1><p>Ferry crews in Rotterdam joined the dock strike on Friday, stopping the crossings to the islands for the day.</p><p>"We stand with the dockers," crew spokesman Piet Jansen told reporters at the quay.</p></article></body></html>',
    });
    const data = { id: '940000000000000008', name: 'article', type: 1, options: [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: discord.attachmentUrl('harbour.html') }] }] };
    const first = discord.interact({ type: 2, roles: [MOD_ROLE], data });
    const added = await discord.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${first.token}/messages/@original`, 20_000);
    expect((added.body as { embeds: { title: string; description: string }[] }).embeds[0]!.description).toMatch(
      /^\[Ferry crews join the strike\]\(http:\/\/127\.0\.0\.1:\d+\/attachments\/harbour\.html\) — Harbour News, 3 May 2024 `fer`\n1 quote: Piet Jansen \(1\)\nnew people: Piet Jansen\n1 dated event$/,
    );
    // The same again: the public "thinking…" goes, and the refusal comes privately.
    const again = discord.interact({ type: 2, roles: [MOD_ROLE], data });
    await discord.waitFor((r) => r.method === 'DELETE' && r.path === `/webhooks/${APP_ID}/${again.token}/messages/@original`, 20_000);
    const refused = await discord.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${again.token}`, 20_000);
    expect(refused.body).toMatchObject({ flags: 64 });
    expect((refused.body as { content: string }).content).toMatch(/^Nothing changed: already have it as ferry-crews-join-the-strike-[0-9a-f]{8}\.$/);
  }, 30_000);

  it('logs one JSON line per interaction with the command, the user and the duration', () => {
    const lines = run.logs().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const quote = lines.find((l) => l.msg === 'interaction' && l.command === 'quote')!;
    expect(quote).toMatchObject({ level: 'info', user: ASKER });
    expect(typeof quote.ms).toBe('number');
  });

  it('never writes the token to its logs', () => {
    expect(run.logs()).toContain('"msg":"ready"');
    expect(run.logs()).not.toContain(TOKEN);
  });

  it('shuts down cleanly on SIGINT: gateway closed with 1000, exit code 0', async () => {
    const closes = discord.closes;
    expect(await run.stop('SIGINT')).toBe(0);
    expect(closes).toContain(1000);
  });
});
