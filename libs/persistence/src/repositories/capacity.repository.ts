import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { CapacityEntity } from '../entities/capacity.entity.js';

export type CapacityFigures = Pick<CapacityEntity, 'persons' | 'homes1to2' | 'homes3to4' | 'homes5plus'>;

@Injectable()
export class CapacityRepository {
  private readonly repo: Repository<CapacityEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(CapacityEntity);
  }

  /** Sets the capacity of one municipality for one period, replacing an earlier figure atomically. */
  async set(municipalityCode: string, period: string, figures: CapacityFigures, isDefault = false): Promise<CapacityEntity> {
    await this.repo.upsert({ municipalityCode, period, ...figures, isDefault }, ['municipalityCode', 'period']);
    return this.repo.findOneByOrFail({ municipalityCode, period });
  }

  find(municipalityCode: string, period: string): Promise<CapacityEntity | null> {
    return this.repo.findOneBy({ municipalityCode, period });
  }

  forMunicipality(municipalityCode: string): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { municipalityCode }, order: { period: 'DESC' } });
  }

  forPeriod(period: string): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { period }, order: { municipalityCode: 'ASC' } });
  }

  /** Capacity rows of the given periods, by municipality, then period. */
  forPeriods(periods: readonly string[]): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { period: In([...periods]) }, order: { municipalityCode: 'ASC', period: 'ASC' } });
  }
}
