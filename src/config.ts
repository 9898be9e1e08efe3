import { z } from 'zod';

const snowflake = (name: string) => z.string().regex(/^\d{17,20}$/, `${name} must be a Discord ID (17 to 20 digits)`);

/** Every setting parley reads from the environment (and .env), with its default. */
export const ConfigSchema = z.object({
  DISCORD_TOKEN: z.string().min(50, 'DISCORD_TOKEN looks too short to be a bot token').optional(),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  MODERATOR_ROLE_ID: snowflake('MODERATOR_ROLE_ID').optional(),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Where the bot keeps what it must remember between runs (the hash of the registered commands). */
  STATE_DIR: z.string().min(1).default('.parley'),
  /** How long a build in the refresh worker may take before it is stopped (a worker that hangs would hold every refresh after it). */
  REFRESH_TIMEOUT_S: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'REFRESH_TIMEOUT_S must be a whole number of seconds (1 to 999999)')
    .default('600')
    .transform(Number),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from an environment. Empty values count as unset. A bad value throws a ConfigError whose
 * one-line message names the variable; the value of DISCORD_TOKEN never appears in it.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const v = env[key]?.trim();
    if (v) raw[key] = v;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
  throw new ConfigError(message);
}
