import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Fonts are shipped by npm packages, so CI and Lambda need no system font:
 * - DejaVu Sans (`dejavu-fonts-ttf`): Latin with every diacritic, Greek, Cyrillic,
 *   Armenian, Georgian, Hebrew, basic Arabic; its Mono face prints the hashes;
 * - Noto Sans SC (`@expo-google-fonts/noto-sans-sc`): Chinese ideographs, kana and
 *   hangul, loaded only when a text needs a character DejaVu lacks.
 * Scripts needing shaping (Arabic joining, Indic) print as separate letters.
 * `DOSSIER_FONT_DIR` points at a folder holding the same files (a Lambda bundle).
 */
export const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
} as const;
export type FontRole = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
const cache = new Map<FontRole, Promise<Uint8Array>>();

export function fontBytes(role: FontRole): Promise<Uint8Array> {
  let bytes = cache.get(role);
  if (!bytes) {
    const dir = process.env.DOSSIER_FONT_DIR;
    const path = dir
      ? join(dir, FONT_FILES[role].split('/').at(-1) as string)
      : require.resolve(FONT_FILES[role]);
    bytes = readFile(path).then((buffer) => new Uint8Array(buffer));
    cache.set(role, bytes);
  }
  return bytes;
}
