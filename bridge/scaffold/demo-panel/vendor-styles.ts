import { access } from 'node:fs/promises';
import { join } from 'node:path';

/** A stylesheet package found on this machine, served below /panel/vendor/<name>/. */
export interface VendorPackage {
  readonly name: 'bootstrap' | 'font-awesome' | 'opencart';
  /** Folder served as the package root (its css/ and fonts/ live below it). */
  readonly root: string;
  /** Stylesheet path relative to `root`. */
  readonly stylesheet: string;
}

type Candidate = VendorPackage;

/**
 * Where Bootstrap 3 and Font Awesome 4 may already be on disk: the store's own admin (the real look), then
 * Debian's packages (libjs-bootstrap is 3.4, fonts-font-awesome is 4.7). Nothing is downloaded; whatever is
 * missing is covered by the panel's small fallback stylesheet.
 */
export function vendorCandidates(opencartRoot: string | undefined): Candidate[] {
  const admin = opencartRoot ? join(opencartRoot, 'admin/view') : undefined;
  return [
    ...(admin
      ? [
          { name: 'bootstrap', root: join(admin, 'stylesheet'), stylesheet: 'bootstrap.css' } as const,
          {
            name: 'bootstrap',
            root: join(admin, 'javascript/bootstrap'),
            stylesheet: 'css/bootstrap.min.css',
          } as const,
          {
            name: 'font-awesome',
            root: join(admin, 'javascript/font-awesome'),
            stylesheet: 'css/font-awesome.min.css',
          } as const,
          { name: 'opencart', root: join(admin, 'stylesheet'), stylesheet: 'stylesheet.css' } as const,
        ]
      : []),
    { name: 'bootstrap', root: '/usr/share/javascript/bootstrap', stylesheet: 'css/bootstrap.min.css' },
    { name: 'font-awesome', root: '/usr/share/fonts-font-awesome', stylesheet: 'css/font-awesome.min.css' },
  ];
}

/** The first existing candidate of each package. */
export async function findVendorStyles(candidates: readonly Candidate[]): Promise<VendorPackage[]> {
  const found = new Map<VendorPackage['name'], VendorPackage>();
  for (const candidate of candidates) {
    if (found.has(candidate.name)) {
      continue;
    }
    try {
      await access(join(candidate.root, candidate.stylesheet));
      found.set(candidate.name, candidate);
    } catch {
      // Not on this machine: try the next place, or fall back.
    }
  }
  return [...found.values()];
}
