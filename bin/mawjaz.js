#!/usr/bin/env node
// `mawjaz`: the command line, compiled (see run-compiled.js).
import { runCompiled } from './run-compiled.js';

await runCompiled('app/main.js');
