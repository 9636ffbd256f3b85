import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The matching core must stay usable from a command line and from other hosts: no framework imports.
const FORBIDDEN = /from\s+['"](@nestjs\/|typeorm|@electric-sql\/|pg['"]|graphql|@apollo\/|class-validator|class-transformer)/;
const root = join(process.cwd(), 'matching');
const __self = join(root, 'purity.spec.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && path !== __self ? [path] : [];
  });
}

describe('matching core purity', () => {
  it('has no Nest, TypeORM, database or GraphQL imports', () => {
    const offenders = sourceFiles(root)
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the rule itself recognises a forbidden import', () => {
    expect(FORBIDDEN.test("import { Injectable } from '@nestjs/common';")).toBe(true);
    expect(FORBIDDEN.test("import { DataSource } from 'typeorm';")).toBe(true);
    expect(FORBIDDEN.test("import { solve } from './solver/solve.js';")).toBe(false);
  });
});
