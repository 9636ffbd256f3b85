import { Injectable } from '@nestjs/common';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { DomainError } from '#common/domain-error.js';
import type { Locale } from '#matching/messages/index.js';
import type { IscoOccupation } from './models/isco-occupation.model.js';
import { occupationOf, toOccupation, type StoredOccupation } from './taxonomy.mapper.js';

@Injectable()
export class TaxonomyService {
  constructor(private readonly isco: IscoRepository) {}

  async searchOccupations(text: string, level: number | undefined, limit: number): Promise<IscoOccupation[]> {
    if (limit < 1 || limit > 100) throw DomainError.badInput([{ field: 'limit', message: 'must be between 1 and 100' }]);
    if (level !== undefined && (level < 1 || level > 4)) {
      throw DomainError.badInput([{ field: 'level', message: 'must be between 1 and 4' }]);
    }
    return (await this.isco.search(text.trim(), level, limit)).map((o) => toOccupation(o));
  }

  async occupation(code: string): Promise<IscoOccupation> {
    const found = await this.isco.findByCode(code);
    if (!found) throw DomainError.notFound(`ISCO-08 occupation ${code}`);
    return toOccupation(found);
  }

  async children(code: string): Promise<IscoOccupation[]> {
    return (await this.isco.children(code)).map((o) => toOccupation(o));
  }

  /**
   * The occupations of `codes`, in their order (repeated codes once); a code not in the reference data is shown with
   * the code as its title (`occupationOf`). Reads the whole ISCO-08 tree (619 rows) once and keeps it: the tree
   * changes only with a new release of the reference data and a restart; a failed read is not kept. `viewLocale`: the
   * language of the view they are shown in (default of their `title`).
   */
  async occupationsOf(codes: readonly string[], viewLocale?: Locale): Promise<IscoOccupation[]> {
    this.tree ??= this.isco.all().then((rows) => new Map(rows.map((o) => [o.code, o]))).catch((error: unknown) => {
      this.tree = null;
      throw error;
    });
    const tree = await this.tree;
    return [...new Set(codes)].map((code) => occupationOf(code, tree, viewLocale));
  }

  private tree: Promise<Map<string, StoredOccupation>> | null = null;
}
