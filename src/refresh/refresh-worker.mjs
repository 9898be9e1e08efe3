// Entry point of the refresh worker thread. It registers tsx so the TypeScript sources load in any host
// (npm start under tsx, vitest, plain node), then runs the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./refresh-worker-main.ts');
