/**
 * What both commands share: run a module of dist/ (npm run build makes it), never the TypeScript
 * sources, so no transpiler loads at run time. From the sources, use `npm run dev -- <command>`.
 */
import { existsSync } from 'node:fs';

export async function runCompiled(modulePath) {
  const entry = new URL(`../dist/${modulePath}`, import.meta.url);
  if (!existsSync(entry)) {
    process.stderr.write(`mawjaz: dist/${modulePath} is missing: run \`npm run build\` first (or \`npm run dev -- <command>\` to run the sources).\n`);
    process.exit(1);
  }
  // Stack traces in logs name the TypeScript lines (dist/ ships its source maps).
  process.setSourceMapsEnabled(true);
  await import(entry.href);
}
