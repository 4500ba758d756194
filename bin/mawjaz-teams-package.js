#!/usr/bin/env node
// `mawjaz-teams-package`: writes the Teams app package (adapters/teams/appPackage/build-package.ts).
import { runCompiled } from './run-compiled.js';

await runCompiled('adapters/teams/appPackage/build-package.js');
