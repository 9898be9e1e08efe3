import { KnowledgeStore } from './src/kb/store.js';
import { warmUp } from './src/query/answers.js';
const store = await KnowledgeStore.open(process.argv[2]!, { worker: true, prepare: warmUp });
let last = performance.now();
const t = setInterval(() => { const now = performance.now(); if (now - last > 30) console.error('GAP', Math.round(now - last), 'ending', Math.round(now)); last = now; }, 2);
const s = performance.now();
await store.refresh({ full: true });
console.error('full', Math.round(performance.now() - s));
clearInterval(t); await store.close();
