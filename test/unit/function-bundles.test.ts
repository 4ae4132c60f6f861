import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/case-functions.js';

/**
 * The project files (and packages) whose code a function's bundle holds, as the CDK app
 * bundles it (what tree shaking leaves, not every file imported).
 */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    minify: true,
    outdir: 'out',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@aws-sdk/*'],
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values((result.metafile as Metafile).outputs);
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  // Paths relative to the project, whether node_modules is a link or not.
  return inputs.map((path) => path.replace(/^(\.\.\/)*(main\/)?/, ''));
}

describe('the API and web functions', () => {
  it("keep the pages, their texts and the JSX runtime out of the API's bundle", async () => {
    const api = await bundledInputs(FUNCTION_ENTRIES.api);

    expect(api).toContain('functions/http/api-app.ts');
    expect(api.filter((path) => path.startsWith('functions/web/'))).toEqual([]);
    expect(api.filter((path) => /hono\/dist\/(jsx|helper\/html)\//.test(path))).toEqual([]);
  }, 60_000);

  it('keep the API routes and their OpenAPI route out of the web bundle', async () => {
    const web = await bundledInputs(FUNCTION_ENTRIES.web);

    expect(web).toContain('functions/web/app.tsx');
    expect(web.filter((path) => /^functions\/http\/.*-routes?\.ts$/.test(path))).toEqual([]);
    expect(web).not.toContain('functions/http/api-app.ts');
  }, 60_000);
});
