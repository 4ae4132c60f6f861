import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from './document.js';

/** `npm run openapi`: writes `docs/openapi.json` from the zod schemas and `operations.ts`. */
export const DOCUMENT_PATH = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));

export function openApiText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
  writeFileSync(DOCUMENT_PATH, openApiText());
  console.log(`wrote ${DOCUMENT_PATH}`);
}
