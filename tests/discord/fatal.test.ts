import { describe, expect, it } from 'vitest';
import { startBot, TOKEN } from './harness.js';

describe('failures Discord will not take back', () => {
  it('exits 1 with one line naming the cause when the gateway closes with 4004 (a revoked token)', async () => {
    const run = await startBot();
    try {
      run.discord.closeGateway(4004, 'Authentication failed.');
      expect(await run.exited).toBe(1);
      const lines = run.logs().split('\n').filter((l) => l.includes('closed the gateway for good'));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!).msg).toBe('Discord closed the gateway for good (4004): authentication failed: DISCORD_TOKEN is wrong or was reset');
      expect(run.logs()).not.toContain(TOKEN);
    } finally {
      await run.stop();
    }
  }, 40_000);

  it('exits 1 with one line, no stack trace, when the login is refused', async () => {
    const run = await startBot({
      ready: false,
      prepare: (discord) => discord.faults.push({ match: (m, p) => m === 'GET' && p === '/gateway/bot', status: 401, body: { message: '401: Unauthorized', code: 0 }, times: 1 }),
    });
    try {
      expect(await run.exited).toBe(1);
      const logs = run.logs();
      expect(logs).toMatch(/^parley: could not log in to Discord \(.+\)$/m);
      expect(logs).not.toMatch(/^\s+at /m);
      expect(logs).not.toContain(TOKEN);
    } finally {
      await run.stop();
    }
  }, 40_000);
});
