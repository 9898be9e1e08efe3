import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A request the bot made to the stand-in's REST API. */
export interface Recorded {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
}

export const APP_ID = '900000000000000001';
export const GUILD_ID = '900000000000000002';
export const BOT_ID = '900000000000000003';
export const CHANNEL_ID = '900000000000000004';
export const DM_CHANNEL_ID = '900000000000000005';

/**
 * A local stand-in for Discord: the REST API and the gateway, on 127.0.0.1, speaking the real protocol (API v10,
 * JSON encoding, no compression). It records every REST call and lets a test send interactions as Discord would.
 */
export class DiscordStandIn {
  readonly requests: Recorded[] = [];
  /** Roles the server has besides @everyone (sent in GUILD_CREATE, as Discord does). */
  constructor(private readonly roles: string[] = []) {}
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  identified!: Promise<void>;
  private markIdentified!: () => void;
  /** Close codes of gateway connections the bot closed itself. */
  readonly closes: number[] = [];
  /** How many times the bot identified (a new session) and resumed (the same session after a drop). */
  identifies = 0;
  resumes = 0;
  /** Requests matching are answered only after this many milliseconds (a slow Discord). */
  delays: { match: (method: string, path: string) => boolean; ms: number; times: number }[] = [];
  /** Files users attached, served as Discord's CDN would serve them: `attachmentUrl(name)` links to one. */
  attachments = new Map<string, { type: string; body: string }>();
  attachmentUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/attachments/${encodeURIComponent(name)}`;
  }
  /** When set, the next REST calls matching get this status instead (fault injection). */
  faults: { match: (method: string, path: string) => boolean; status: number; body?: unknown; headers?: Record<string, string>; times: number }[] = [];

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.identified = new Promise((r) => (this.markIdentified = r));
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on('connection', (ws) => this.gateway(ws));
    await new Promise<void>((r) => this.http.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    await new Promise<void>((r) => this.http.close(() => r()));
  }

  /** Resolves with the first recorded request (already made or still to come) that matches. */
  waitFor(match: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
    const done = this.requests.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stand-in: timed out waiting for a request')), timeoutMs);
      this.waiters.push({ match, resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      } });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* multipart or text: keep it raw */
    }
    const url = new URL(req.url!, 'http://x');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const rec: Recorded = { method: req.method!, path, auth: req.headers.authorization, body };
    this.requests.push(rec);
    const delay = this.delays.find((d) => d.times > 0 && d.match(rec.method, path));
    if (delay) {
      delay.times--;
      await new Promise((r) => setTimeout(r, delay.ms));
    }
    const fault = this.faults.find((f) => f.times > 0 && f.match(rec.method, path));
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const attached = rec.method === 'GET' && path.startsWith('/attachments/') ? this.attachments.get(path.slice('/attachments/'.length)) : undefined;
    if (attached) {
      res.writeHead(200, { 'content-type': attached.type });
      res.end(attached.body);
    } else if (fault) {
      fault.times--;
      send(fault.status, fault.body ?? { message: 'injected fault', code: 0 }, fault.headers);
    } else if (rec.method === 'GET' && path === '/gateway/bot') {
      send(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    } else if (rec.method === 'GET' && path === '/applications/@me') {
      send(200, { id: APP_ID, name: 'parley', flags: 0 });
    } else if (rec.method === 'PUT' && /^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) {
      send(200, (body as { name: string }[]).map((c, i) => ({ ...c, id: String(910000000000000000n + BigInt(i)), application_id: APP_ID, version: '1' })));
    } else if (rec.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
    } else if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      send(200, this.message(body));
    } else if (rec.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      send(200, this.message(body));
    } else {
      send(404, { message: 'Unknown route in stand-in', code: 0 });
    }
    for (const w of [...this.waiters]) {
      if (w.match(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
  }

  private message(body: unknown) {
    return {
      id: '920000000000000000',
      channel_id: CHANNEL_ID,
      author: { id: BOT_ID, username: 'parley', discriminator: '0', avatar: null, bot: true, global_name: null },
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 20,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      ...(typeof body === 'object' && body ? body : {}),
    };
  }

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: ++this.seq, d });
  }

  private gateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', (code) => {
      if (this.sockets.delete(ws)) this.closes.push(code);
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: unknown };
      if (msg.op === 1) this.send(ws, { op: 11, d: null, s: null, t: null });
      else if (msg.op === 2) {
        this.identifies++;
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: ++this.seq,
          d: {
            v: 10,
            user: { id: BOT_ID, username: 'parley', discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 },
            guilds: [{ id: GUILD_ID, unavailable: true }],
            session_id: 'standin-session',
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            application: { id: APP_ID, flags: 0 },
            private_channels: [],
          },
        });
        this.send(ws, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guild() });
        this.markIdentified();
      } else if (msg.op === 6) {
        this.resumes++;
        this.send(ws, { op: 0, t: 'RESUMED', s: ++this.seq, d: null });
      }
    });
  }

  /** Sends any gateway event as it is, malformed or not. */
  dispatchRaw(t: string, d: unknown): void {
    this.dispatch(t, d);
  }

  /** Closes every gateway connection with a close code of Discord's (4004: authentication failed, …). */
  closeGateway(code: number, reason = ''): void {
    for (const s of [...this.sockets]) {
      this.sockets.delete(s);
      s.close(code, reason);
    }
  }

  /** Drops every gateway connection, as a network fault would. */
  dropGateway(): void {
    for (const s of [...this.sockets]) {
      this.sockets.delete(s); // dropped by the network, not closed by the bot
      s.terminate();
    }
  }

  private guild() {
    return {
      id: GUILD_ID,
      name: 'Stand-in server',
      icon: null,
      owner_id: '900000000000000009',
      roles: [
        { id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        ...this.roles.map((id, i) => ({ id, name: `role ${i + 1}`, permissions: '0', position: i + 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 })),
      ],
      emojis: [],
      stickers: [],
      features: [],
      member_count: 2,
      members: [],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      unavailable: false,
      large: false,
      joined_at: new Date().toISOString(),
      premium_tier: 0,
      preferred_locale: 'en-US',
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
    };
  }

  /** Sends an interaction as Discord would; returns its id and token. */
  interact(opts: {
    type: 2 | 3 | 4 | 5;
    data: object;
    userId?: string;
    permissions?: string;
    roles?: string[];
    message?: object;
    /** Sent in a DM with the bot by a user who installed it (no server, no member: the user at the top). */
    dm?: boolean;
  }): { id: string; token: string } {
    const id = String(930000000000000000n + BigInt(++this.seq));
    const token = `interaction-token-${id}`;
    const user = { id: opts.userId ?? '900000000000000010', username: 'asker', discriminator: '0', avatar: null, global_name: 'Asker' };
    const where = opts.dm
      ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user, context: 1, authorizing_integration_owners: { '1': user.id } }
      : {
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID },
          member: { user, roles: opts.roles ?? [], permissions: opts.permissions ?? '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
          context: 0,
          authorizing_integration_owners: {},
        };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: opts.type,
      data: opts.data,
      ...where,
      token,
      version: 1,
      app_permissions: '2147483647',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10485760,
      ...(opts.message ? { message: opts.message } : {}),
    });
    return { id, token };
  }
}
