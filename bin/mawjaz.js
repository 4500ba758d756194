#!/usr/bin/env node
// Entry point for `npx mawjaz`: registers tsx so the TypeScript sources run without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../app/main.ts');
