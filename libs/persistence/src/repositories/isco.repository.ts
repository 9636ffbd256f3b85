import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { searchKey, searchKeyContains } from '#common/search-key.js';
import { IscoOccupationEntity } from '../entities/isco-occupation.entity.js';

/** The search key of an occupation: its English and Dutch titles together (`searchKey` of both, space-separated). */
export function occupationSearchKey(title: string, titleNl: string | null): string {
  return searchKey(titleNl ? `${title} ${titleNl}` : title);
}

@Injectable()
export class IscoRepository {
  private readonly repo: Repository<IscoOccupationEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(IscoOccupationEntity);
  }

  /**
   * Codes starting with `text` first, then titles (English or Dutch) containing it, compared by search key (case, accents,
   * apostrophes, hyphens and spaces do not matter).
   */
  search(text: string, level: number | undefined, limit: number): Promise<IscoOccupationEntity[]> {
    const escaped = text.replace(/[%_\\]/g, (c) => `\\${c}`);
    const query = this.repo
      .createQueryBuilder('o')
      .where('(o.code LIKE :prefix OR o.search_key LIKE :contains)', { prefix: `${escaped}%`, contains: searchKeyContains(text) })
      .orderBy('CASE WHEN o.code LIKE :prefix THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('o.code', 'ASC')
      .limit(limit);
    if (level) query.andWhere('o.level = :level', { level });
    return query.getMany();
  }

  findByCode(code: string): Promise<IscoOccupationEntity | null> {
    return this.repo.findOneBy({ code });
  }

  async findByCodes(codes: readonly string[]): Promise<IscoOccupationEntity[]> {
    if (codes.length === 0) return [];
    return this.repo.findBy({ code: In([...new Set(codes)]) });
  }

  async unknownCodes(codes: readonly string[]): Promise<string[]> {
    const found = new Set((await this.findByCodes(codes)).map((o) => o.code));
    return [...new Set(codes)].filter((code) => !found.has(code));
  }

  children(parentCode: string): Promise<IscoOccupationEntity[]> {
    return this.repo.find({ where: { parentCode }, order: { code: 'ASC' } });
  }

  all(): Promise<IscoOccupationEntity[]> {
    return this.repo.find({ order: { code: 'ASC' } });
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
