/**
 * A mistake the user made (an unknown name, a bad date), as opposed to a bug. Its message is written for the user
 * and shown as it is, privately; `id` names the kind of mistake for tests and logs.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}
