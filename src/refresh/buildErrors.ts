import { SeedsError } from '../ingest/load.js';

/** A build in the refresh worker that ran past the store's time limit (KnowledgeStore.buildTimeoutMs) and was stopped. */
export class BuildTimeout extends Error {
  override name = 'BuildTimeout';
}

/** What a moderator is told when a build fails: a seeds problem or a timeout as it is, anything else as a failed build. */
export function describeBuildError(err: unknown): string {
  return err instanceof SeedsError || err instanceof BuildTimeout ? err.message : `the build failed: ${(err as Error).message}`;
}
