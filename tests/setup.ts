import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

// Every test file's temporary folders go when it has run (a run used to leave hundreds in /tmp).
afterAll(removeTempDirs);
