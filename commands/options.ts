import { UserError } from '../src/errors.js';
import { cleanInput } from '../src/util/format.js';
import type { Options } from './types.js';

/** An option's value, cleaned of control and zero-width characters, or undefined when empty; too long is a UserError. */
export function text(options: Options, name: string, max = 200): string | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  const v = cleanInput(raw);
  if (!v) return undefined;
  if (v.length > max) throw new UserError('tooLong', `\`${name}\` is too long (${v.length} characters; at most ${max}).`);
  return v;
}

export function required(options: Options, name: string, max = 200): string {
  const v = text(options, name, max);
  if (v === undefined) throw new UserError('missingOption', `\`${name}\` is required.`);
  return v;
}

/** A yes/no option: Discord sends true or false; on the console true/false/yes/no. Anything else names the option. */
export function flag(options: Options, name: string): boolean {
  const v = text(options, name, 10)?.toLowerCase();
  if (v === undefined || v === 'false' || v === 'no') return false;
  if (v === 'true' || v === 'yes') return true;
  throw new UserError('badFlag', `\`${name}\` is true or false, not "${v}".`);
}
