#!/usr/bin/env -S node --max-semi-space-size=4
// `mawjaz`: the command line, compiled (see run-compiled.js).
// The flag (issue 15: serve and ingest within 256 MB) caps the main thread's young generation at 12 MiB
// instead of V8's 48: a 5,000-article ingest peaked 40 MiB lower (403 against 443 MiB). It applies when
// `mawjaz` runs as a command (npm's bin link, the Docker image, the systemd unit); `node bin/mawjaz.js`
// runs without it.
import { runCompiled } from './run-compiled.js';

await runCompiled('app/main.js');
