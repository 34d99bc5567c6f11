// Reading a Polis export folder's files, shared by `consensus-analyse` and `import-polis`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The file's text, from <name> or <name>.gz; null when neither exists. */
export async function readExportFile(dir: string, name: string): Promise<string | null> {
  for (const [file, gz] of [
    [name, false],
    [`${name}.gz`, true],
  ] as const) {
    try {
      const data = await readFile(join(dir, file));
      return (gz ? gunzipSync(data) : data).toString('utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return null;
}
