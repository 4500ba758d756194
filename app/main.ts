/**
 * The composition root: the one module that sees the core (src/, digests/) and the adapters together.
 * It hands the command line the platforms this build ships (app/platforms.ts); the core only knows the
 * PlatformWiring port, so a command never imports an adapter and the boundary test can forbid it.
 */
import { runCli } from '../src/cli/program.js';
import { platformWiring } from './platforms.js';

await runCli(process.argv, platformWiring);
