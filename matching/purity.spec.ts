import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The matching core must stay usable from a command line and from other hosts: no framework imports, and none of
// the layers built on it (the database layer, the API, their shared helpers), by alias or by relative path.
const FORBIDDEN =
  /from\s+['"](@nestjs\/|typeorm|@electric-sql\/|pg['"]|graphql|@apollo\/|class-validator|class-transformer|#persistence\/|#api\/|#common\/|(\.\.\/)+(libs|apps)\/)/;
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
  it('has no Nest, TypeORM, database, GraphQL, persistence, API or shared-helper imports', () => {
    const offenders = sourceFiles(root)
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the rule itself recognises a forbidden import', () => {
    expect(FORBIDDEN.test("import { Injectable } from '@nestjs/common';")).toBe(true);
    expect(FORBIDDEN.test("import { DataSource } from 'typeorm';")).toBe(true);
    expect(FORBIDDEN.test("import { HouseholdEntity } from '#persistence/entities/index.js';")).toBe(true);
    expect(FORBIDDEN.test("import { RoundsService } from '#api/rounds/rounds.service.js';")).toBe(true);
    expect(FORBIDDEN.test("import { DomainError } from '#common/domain-error.js';")).toBe(true);
    expect(FORBIDDEN.test("import { DomainError } from '../../libs/common/src/domain-error.js';")).toBe(true);
    expect(FORBIDDEN.test("import { solve } from './solver/solve.js';")).toBe(false);
    expect(FORBIDDEN.test("import { homeBand } from '#matching/vocabulary/index.js';")).toBe(false);
  });
});
