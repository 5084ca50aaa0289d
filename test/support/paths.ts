import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The sub-path the second build is deployed under, to prove base-path handling. */
export const SUB_BASE = '/some/sub/path/';
/** Output of the root build (base "/"). */
export const DIST_ROOT = path.join(ROOT, 'dist');
/** Output of the sub-path build (base SUB_BASE). */
export const DIST_SUB = path.join(ROOT, 'dist-sub');
