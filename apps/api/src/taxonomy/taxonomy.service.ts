import { Injectable } from '@nestjs/common';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { DomainError } from '#common/domain-error.js';
import type { IscoOccupation } from './models/isco-occupation.model.js';
import { toOccupation } from './taxonomy.mapper.js';

@Injectable()
export class TaxonomyService {
  constructor(private readonly isco: IscoRepository) {}

  async searchOccupations(text: string, level: number | undefined, limit: number): Promise<IscoOccupation[]> {
    if (limit < 1 || limit > 100) throw DomainError.badInput([{ field: 'limit', message: 'must be between 1 and 100' }]);
    if (level !== undefined && (level < 1 || level > 4)) {
      throw DomainError.badInput([{ field: 'level', message: 'must be between 1 and 4' }]);
    }
    return (await this.isco.search(text.trim(), level, limit)).map(toOccupation);
  }

  async occupation(code: string): Promise<IscoOccupation> {
    const found = await this.isco.findByCode(code);
    if (!found) throw DomainError.notFound(`ISCO-08 occupation ${code}`);
    return toOccupation(found);
  }

  async children(code: string): Promise<IscoOccupation[]> {
    return (await this.isco.children(code)).map(toOccupation);
  }

  async titles(codes: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.isco.findByCodes(codes)).map((o) => [o.code, o.title]));
  }
}
