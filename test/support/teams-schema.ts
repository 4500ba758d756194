/**
 * Validation against Microsoft's Teams app manifest JSON Schema (draft-04), kept in ../shared/schemas.
 * Absent from a user's fresh clone: tests that need it skip with a printed notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04, { type ErrorObject } from 'ajv-draft-04';
import { sharedDir } from './shared-corpus.js';

export const teamsSchemaPath = join(sharedDir, 'schemas', 'teams-app-manifest.schema.json');
export const hasTeamsSchema = existsSync(teamsSchemaPath);

if (!hasTeamsSchema) {
  console.warn(`[mawjaz tests] ${teamsSchemaPath} not found: validation against the Teams manifest schema is skipped.`);
}

// A CommonJS module whose class is also its `default` property: the one form both Node and vitest load.
const Ajv = ajvDraft04.default;

let validator: ((manifest: unknown) => string[]) | undefined;

/** The schema's complaints about a manifest, one readable line each; empty when it is valid. */
export function teamsSchemaErrors(manifest: unknown): string[] {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(teamsSchemaPath, 'utf8')) as Record<string, unknown>;
    // Format keywords (uri, on $schema) are not checked: ajv-formats is not installed, and the
    // schema's own patterns already check the URLs and GUIDs that matter.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    validator = (value) =>
      validate(value)
        ? []
        : (validate.errors ?? []).map(
            (e: ErrorObject) => `${e.instancePath === '' ? '(root)' : e.instancePath}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)} [schema ${e.schemaPath}]`,
          );
  }
  return validator(manifest);
}
