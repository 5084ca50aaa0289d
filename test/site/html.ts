import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it (forward slashes). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) visit(child);
      else out.push(child);
    }
  };
  visit('');
  return out;
}

export function read(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}
