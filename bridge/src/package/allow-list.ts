/**
 * The directories OpenCart 3's Extension Installer may write to (admin/controller/marketplace/install.php, the same
 * list in every tag from 3.0.2.0 to 3.0.5.1). A package with any other path is rejected as a whole.
 */
export const INSTALLER_ALLOWED_PREFIXES = [
  'admin/controller/extension/',
  'admin/language/',
  'admin/model/extension/',
  'admin/view/image/',
  'admin/view/javascript/',
  'admin/view/stylesheet/',
  'admin/view/template/extension/',
  'catalog/controller/extension/',
  'catalog/language/',
  'catalog/model/extension/',
  'catalog/view/javascript/',
  'catalog/view/theme/',
  'system/config/',
  'system/library/',
  'image/catalog/',
] as const;

/** Files at the zip's root besides `upload/`. */
export const ROOT_FILES = ['install.xml'] as const;

export interface PathProblem {
  readonly path: string;
  readonly reason: string;
}

/**
 * The installer's own test for one destination (a path below `upload/`, no trailing slash): a strict prefix of an
 * allowed directory (a parent on the way there) or a path strictly inside one.
 */
export function installerAccepts(destination: string): boolean {
  return INSTALLER_ALLOWED_PREFIXES.some(
    (allowed) =>
      (destination.length < allowed.length && allowed.startsWith(destination)) ||
      (destination.length > allowed.length && destination.startsWith(allowed)),
  );
}

/** Every parent directory of a relative file path, shortest first: `a/b/c.php` gives `a`, `a/b`. */
function parentsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

function problemOfName(name: string): string | undefined {
  if (name === '' || name.startsWith('/') || name.includes('\\')) {
    return 'not a relative path with forward slashes';
  }
  const segments = name.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return 'empty or dot segment';
  }
  // glob('*') in the installer skips dot-files, so they would silently not be installed.
  if (segments.some((segment) => segment.startsWith('.'))) {
    return 'dot-file or dot-directory (the installer skips it)';
  }
  return undefined;
}

/**
 * Checks zip entry names (files only, e.g. `upload/admin/...`, `install.xml`) the way the installer will see them:
 * every file and every directory it implies must be accepted. Returns the problems; empty means installable.
 */
export function checkPaths(entryNames: readonly string[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const seenDirectories = new Set<string>();
  for (const name of entryNames) {
    const nameProblem = problemOfName(name);
    if (nameProblem !== undefined) {
      problems.push({ path: name, reason: nameProblem });
      continue;
    }
    if ((ROOT_FILES as readonly string[]).includes(name)) {
      continue;
    }
    if (!name.startsWith('upload/')) {
      problems.push({ path: name, reason: 'outside upload/ and not a known root file' });
      continue;
    }
    const destination = name.slice('upload/'.length);
    for (const directory of parentsOf(destination)) {
      if (!seenDirectories.has(directory)) {
        seenDirectories.add(directory);
        if (!installerAccepts(directory)) {
          problems.push({ path: `upload/${directory}/`, reason: 'directory the installer may not write to' });
        }
      }
    }
    if (!installerAccepts(destination)) {
      problems.push({ path: name, reason: 'file outside the installer allow-list' });
    }
  }
  return problems;
}
