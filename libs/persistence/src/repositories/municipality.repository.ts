import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { searchKeyContains } from '#common/search-key.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';

export interface MunicipalityFilter {
  readonly province?: string;
  readonly labourMarketRegion?: string;
  /** Part of the name, compared by search key: case, accents, apostrophes, hyphens and spaces do not matter. */
  readonly nameContains?: string;
  readonly urbanisation?: number;
  /** Also list retired municipalities (default: current ones only). */
  readonly includeRetired?: boolean;
}

@Injectable()
export class MunicipalityRepository {
  private readonly repo: Repository<MunicipalityEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(MunicipalityEntity);
  }

  /** Municipalities matching every given filter, ordered by CBS code; current ones only unless `includeRetired`. */
  find(filter: MunicipalityFilter = {}): Promise<MunicipalityEntity[]> {
    const query = this.repo.createQueryBuilder('m').orderBy('m.cbs_code', 'ASC');
    if (filter.province) query.andWhere('m.province = :province', { province: filter.province });
    if (filter.labourMarketRegion) query.andWhere('m.labour_market_region = :region', { region: filter.labourMarketRegion });
    if (filter.urbanisation) query.andWhere('m.urbanisation = :urbanisation', { urbanisation: filter.urbanisation });
    if (filter.nameContains) query.andWhere('m.search_key LIKE :name', { name: searchKeyContains(filter.nameContains) });
    if (!filter.includeRetired) query.andWhere('m.retired_on IS NULL');
    return query.getMany();
  }

  findByCode(code: string): Promise<MunicipalityEntity | null> {
    return this.repo.findOneBy({ cbsCode: code });
  }

  async findByCodes(codes: readonly string[]): Promise<MunicipalityEntity[]> {
    if (codes.length === 0) return [];
    return this.repo.find({ where: { cbsCode: In([...new Set(codes)]) }, order: { cbsCode: 'ASC' } });
  }

  /** Of the given codes, those that name no municipality. */
  async unknownCodes(codes: readonly string[]): Promise<string[]> {
    const found = new Set((await this.findByCodes(codes)).map((m) => m.cbsCode));
    return [...new Set(codes)].filter((code) => !found.has(code));
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
