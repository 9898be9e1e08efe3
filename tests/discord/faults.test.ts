import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, chat, startBot, TOKEN, until, type Callback, type Running } from './harness.js';

let run: Running;
beforeAll(async () => {
  run = await startBot();
}, 40_000);
afterAll(async () => {
  if (run?.bot.exitCode === null) await run.stop();
});

const isCallback = (method: string, path: string) => method === 'POST' && path.startsWith('/interactions/');
const logLines = () => run.logs().split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return { raw: l }; } });

describe('Discord faults, through the stand-in', () => {
  it('waits out a 429 with Retry-After and then answers', async () => {
    run.discord.faults.push({
      match: isCallback, status: 429, times: 1,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user', 'x-ratelimit-global': 'false' },
      body: { message: 'You are being rate limited.', retry_after: 0.4, global: false, code: 0 },
    });
    const { id, token } = run.discord.interact({ type: 2, data: { id: '940000000000000001', name: 'about', type: 1 } });
    await until('the reply is sent again', () => run.discord.requests.filter(callbackOf(id, token)).length === 2);
    const calls = run.discord.requests.filter(callbackOf(id, token));
    expect(calls).toHaveLength(2);
    expect(logLines().some((l) => l.msg === 'rate limited by Discord')).toBe(true);
    expect((calls[1]!.body as Callback).data.embeds[0].title).toBe('About parley');
  }, 20_000);

  it('retries a 500 on a reply, logs it once, and answers', async () => {
    run.discord.faults.push({ match: isCallback, status: 500, times: 1 });
    const { id, token } = run.discord.interact({ type: 2, data: { id: '940000000000000001', name: 'who', type: 1, options: [{ name: 'name', type: 3, value: 'kirby' }] } });
    await until('the reply is sent again', () => run.discord.requests.filter(callbackOf(id, token)).length === 2);
    const calls = run.discord.requests.filter(callbackOf(id, token));
    expect(calls).toHaveLength(2);
    expect((calls[1]!.body as Callback).data.embeds[0].title).toBe('John Kirby');
    const retried = () => logLines().filter((l) => l.msg === 'Discord answered with a server error; the request is retried');
    // The bot's log comes through a pipe: wait for the line, then a little longer for a second one that must not come.
    await until('the retry is logged', () => retried().length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(retried()).toHaveLength(1);
  }, 20_000);

  it('logs an expired interaction (10062) once, stays up, and answers the next command', async () => {
    run.discord.faults.push({ match: isCallback, status: 404, times: 1, body: { message: 'Unknown interaction', code: 10062 } });
    const before = logLines().length;
    const expired = run.discord.interact({ type: 2, data: { id: '940000000000000001', name: 'about', type: 1 } });
    await run.discord.waitFor(callbackOf(expired.id, expired.token));
    const next = await chat(run.discord, 'who', { name: 'peskov' });
    expect(next.body.data.embeds[0].title).toBe('Dmitry Peskov');
    // The bot's log comes through a pipe and may trail the next reply: wait for the line, then a little longer for a
    // second one that must not come.
    const expiredLines = () => logLines().slice(before).filter((l) => l.msg === 'interaction expired before the reply');
    await until('the expiry is logged', () => expiredLines().length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(expiredLines()).toHaveLength(1);
    expect(logLines().slice(before).filter((l) => l.level === 'error')).toEqual([]);
    expect(run.bot.exitCode).toBeNull();
  }, 20_000);

  it('answers through a slow reply path', async () => {
    run.discord.delays.push({ match: isCallback, ms: 2000, times: 1 });
    const started = Date.now();
    const slow = await chat(run.discord, 'quote', { speaker: 'kirby' }, { timeoutMs: 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(slow.body.data.embeds[0].title).toBe('What John Kirby said');
  }, 20_000);

  it('resumes after the gateway connection drops, and answers again', async () => {
    run.discord.dropGateway();
    await until('the bot comes back', () => run.discord.resumes === 1);
    expect(run.discord.identifies).toBe(1); // resumed the same session rather than starting a new one
    const after = await chat(run.discord, 'who', { name: 'laanet' }, { timeoutMs: 15_000 });
    expect(after.body.data.embeds[0].title).toBe('Kalle Laanet');
  }, 30_000);

  it('survives malformed interactions from the gateway, logs each once, and answers the next command', async () => {
    const before = logLines().length;
    const base = { application_id: '900000000000000001', token: 'malformed-token', version: 1, guild_id: '900000000000000002', channel_id: '900000000000000003' };
    run.discord.dispatchRaw('INTERACTION_CREATE', { ...base, id: '950000000000000001', type: 2 }); // no data, no member, no user
    run.discord.dispatchRaw('INTERACTION_CREATE', { ...base, id: '950000000000000002', type: 3, data: { custom_id: 'page:1', component_type: 2 } }); // a button with no message
    run.discord.dispatchRaw('INTERACTION_CREATE', { ...base, id: '950000000000000003', type: 5, data: { custom_id: 'modal' } }); // a modal with no components
    run.discord.dispatchRaw('INTERACTION_CREATE', null);
    const next = await chat(run.discord, 'who', { name: 'peskov' });
    expect(next.body.data.embeds[0].title).toBe('Dmitry Peskov');
    expect(run.bot.exitCode).toBeNull();
    const fresh = logLines().slice(before);
    expect(fresh.filter((l) => l.raw !== undefined && /^\s+at /.test(l.raw))).toEqual([]); // no stack trace
    expect(fresh.filter((l) => l.msg === 'malformed interaction from the gateway; ignored').length).toBeGreaterThanOrEqual(3);
  }, 20_000);

  it('answers a button it did not make privately, so Discord shows no failure', async () => {
    const { id, token } = run.discord.interact({ type: 3, data: { custom_id: 'vote:yes', component_type: 2 }, message: { id: '960000000000000001', channel_id: '900000000000000003', content: '', author: { id: '900000000000000001', username: 'parley', discriminator: '0', avatar: null }, embeds: [], attachments: [], mentions: [], mention_roles: [], pinned: false, mention_everyone: false, tts: false, type: 0, timestamp: new Date().toISOString(), edited_timestamp: null, flags: 0, components: [] } });
    const cb = await run.discord.waitFor(callbackOf(id, token));
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'That button is not one of mine any more; ask again with a command.', flags: 64 } });
  }, 20_000);

  it('shuts down cleanly on SIGTERM: the gateway is closed with 1000, the process exits 0', async () => {
    run.bot.kill('SIGTERM');
    const code = await run.exited;
    expect(code).toBe(0);
    expect(run.discord.closes).toContain(1000);
    expect(logLines().map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(run.logs()).not.toContain(TOKEN);
    await run.stop();
  }, 20_000);
});
