import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPhpBinaries, listPhpFiles } from './php-binaries';
import { EXTENSION_DIR, PHP_TEST_DIR, runPhpJson } from './php-runner';

interface Finding {
  file: string;
  line: number;
  construct: string;
}

const otherTestDirs = ['../package/', '../opencart-e2e/']
  .map((relative) => join(PHP_TEST_DIR, relative))
  .filter((dir) => existsSync(dir));
const phpFiles = listPhpFiles([EXTENSION_DIR, PHP_TEST_DIR, ...otherTestDirs]);
const binaries = findPhpBinaries();
const hasPhp73 = binaries.some((binary) => binary.version.startsWith('7.3.'));

describe('PHP lint', () => {
  it("finds the extension's PHP files and at least one PHP binary", () => {
    expect(phpFiles.length).toBeGreaterThan(20);
    expect(binaries.length).toBeGreaterThan(0);
  });

  for (const binary of binaries) {
    it(`php -l with PHP ${binary.version} (${binary.path}) accepts every file`, () => {
      const failures: string[] = [];
      for (const file of phpFiles) {
        const result = spawnSync(binary.path, ['-d', 'error_reporting=-1', '-l', file], { encoding: 'utf8' });
        if (result.status !== 0 || !result.stdout.includes('No syntax errors')) {
          failures.push(`${file}: ${result.stdout}${result.stderr}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it(`the extension has no syntax newer than PHP 7.3 (token check${hasPhp73 ? ', also linted by php7.3 above' : '; no php7.3 binary here'})`, () => {
    const extensionFiles = phpFiles.filter((file) => file.startsWith(EXTENSION_DIR));
    const findings = runPhpJson<Finding[]>('compat73.php', extensionFiles);
    expect(findings).toEqual([]);
  });
});

describe('the PHP 7.3 token check itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meschain-compat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (code: string): string[] => {
    const file = join(dir, `case-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(file, `<?php\n${code}\n`);
    return runPhpJson<Finding[]>('compat73.php', [file]).map((finding) => finding.construct);
  };

  const newer: Record<string, string> = {
    'typed property (7.4)': 'class A { private ?string $x; }',
    'typed class constant (8.3)': "class A { const string X = 'a'; }",
    'constructor property promotion (8.0)': 'class A { function __construct(private $x) {} }',
    'new in an initializer (8.1)': 'function f($x = new B()) {}',
    'trailing comma in a parameter or use list (8.0)': 'function f($a, $b,) {}',
    'static return type (8.0)': 'class A { function f(): static { return $this; } }',
    'mixed type (8.x)': 'function f(mixed $v) {}',
    'union type (8.0)': 'function f(int|string $v) {}',
    'match (8.0)': '$a = match ($v) { default => 1 };',
    'arrow function (7.4)': '$f = fn($x) => $x;',
    'nullsafe operator (8.0)': '$y = $a?->b;',
    '??= (7.4)': '$z ??= 3;',
    'numeric literal separator (7.4)': '$n = 1_000;',
    'named argument (8.0)': 'foo(name: 1);',
    'throw expression (8.0)': '$v = $a ?? throw new Exception();',
    'array unpacking (7.4)': '$a = [...$b];',
    'catch without a variable (8.0)': 'try {} catch (Exception) {}',
    'first-class callable syntax (8.1)': '$c = strlen(...);',
    '$object::class (8.0)': '$c = $o::class;',
    'function missing in PHP 7.3: str_contains': "str_contains('a', 'b');",
    'silence operator @ (OpenCart logs it on PHP 8)': "$q = @file_get_contents('x');",
    'enum (8.1)': 'enum Suit { case A; }',
    'attribute (8.0)': '#[Attr]\nfunction g() {}',
  };
  for (const [construct, code] of Object.entries(newer)) {
    it(`flags ${construct}`, () => {
      expect(check(code)).toContain(construct);
    });
  }

  it('accepts PHP 7.3 code that looks similar (ternaries, bit flags, labels, nullable and self types, spreads in calls)', () => {
    const findings = check(readFileSync(join(PHP_TEST_DIR, 'fixtures', 'compat73-valid.php.txt'), 'utf8'));
    expect(findings).toEqual([]);
  });
});
