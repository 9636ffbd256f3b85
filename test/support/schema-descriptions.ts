import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, isUnionType,
  type GraphQLSchema,
} from 'graphql';

/** The root operation types: their fields (the queries and mutations) need descriptions, the types themselves not. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Everything in `schema` that has no description, as `kind Path` lines sorted by path, e.g.
 * `field Run.status`, `argument Query.run(id)`, `input field CohortInput.limit`, `enum value Role.ADMIN`.
 * Built-in scalars and introspection types are left out; so are the root types themselves (not their fields).
 * A description of only white space counts as missing; an enum value may be described by its enum
 * (`enumValueDescribed`).
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const lacks = (description: string | null | undefined) => !description || description.trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!ROOT_TYPES.has(type.name) && lacks(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (lacks(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (lacks(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (lacks(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!enumValueDescribed(type.description, value)) missing.push(`enum value ${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      // A union's members are object types, checked on their own.
    }
  }
  return missing.sort((a, b) => (a.split(' ').pop()! < b.split(' ').pop()! ? -1 : 1));
}

/**
 * An enum value counts as described when it has its own description or when the enum's description names it
 * (e.g. `DECLARED: the newcomer said so …; VERIFIED: …`): a value whose meaning is written nowhere is missing.
 */
export function enumValueDescribed(enumDescription: string | null | undefined, value: { name: string; description?: string | null }): boolean {
  if (value.description && value.description.trim() !== '') return true;
  return new RegExp(`(^|[^A-Z0-9_])${value.name}([^A-Z0-9_]|$)`).test(enumDescription ?? '');
}

/**
 * `lines` of `undescribed` grouped by the source file under `root` that declares the type (its class, or the
 * enum's registered name), or, for a query, a mutation or a field resolved by a resolver, the resolver method; `(unknown file)` when none is found.
 * The grouping is found by reading the sources, so it only guides the reader; the list itself is the schema's.
 */
export function groupBySource(lines: readonly string[], root: string): string {
  const files = listTs(root).map((file) => ({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));
  const fileOf = (line: string): string => {
    const path = line.slice(line.lastIndexOf(' ') + 1);
    const [type, rest] = path.split('.');
    const member = rest?.split('(')[0];
    const pattern = ROOT_TYPES.has(type)
      ? new RegExp(`@(Query|Mutation|Subscription)\\([\\s\\S]{0,800}?\\n\\s*(async\\s+)?${member}\\(`)
      : new RegExp(`(class ${type}\\b)|(['"]${type}['"])`);
    // A field resolved by a resolver (@ResolveField) is declared there, not in the type's class.
    const resolved = member && !ROOT_TYPES.has(type)
      ? new RegExp(`@ResolveField\\([\\s\\S]{0,800}?\\n\\s*(async\\s+)?${member}\\(`)
      : null;
    const resolver = resolved && files.find((f) => new RegExp(`@Resolver\\(\\(\\) => ${type}\\)`).test(f.text) && resolved.test(f.text));
    return resolver ? resolver.file : (files.find((f) => pattern.test(f.text))?.file ?? '(unknown file)');
  };
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const file = fileOf(line);
    groups.set(file, [...(groups.get(file) ?? []), line]);
  }
  return [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([file, group]) => `${file} (${group.length}):\n  ${group.join('\n  ')}`).join('\n');
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}
