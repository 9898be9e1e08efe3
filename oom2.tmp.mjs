import { Worker } from 'node:worker_threads';
const w = new Worker(new URL('./src/kb/refresh-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 4 } });
w.on('error', (e) => console.log('error', e.code, e.message));
w.on('exit', (c) => console.log('exit', c));
w.on('message', (m) => console.log('message', Object.keys(m)));
w.postMessage({ id: 1, dir: 'seeds', full: true });
