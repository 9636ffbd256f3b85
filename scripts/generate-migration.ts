/**
 * Writes a TypeORM migration with the SQL that brings a database at the current migrations up to the
 * entities: `npm run migration:generate -- Name`. Runs against an in-memory PGlite, so no server is needed.
 */
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '#persistence/data-source.js';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: migration:generate -- PascalCaseName');
  const dataSource = new DataSource(buildDataSourceOptions({}));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  // Unqualified names, so the same migration serves any schema (tests use a fresh schema each).
  const quote = (q: string) => '`' + q.replace(/"public"\./g, '').replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = [...sql.downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const file = `libs/persistence/src/migrations/${timestamp}-${name}.ts`;
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
      `export class ${name}${timestamp} implements MigrationInterface {\n` +
      `  name = '${name}${timestamp}';\n\n` +
      `  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
      `  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`wrote ${file}; add it to libs/persistence/src/migrations/index.ts`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
