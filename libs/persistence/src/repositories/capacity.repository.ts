import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { CapacityEntity } from '../entities/capacity.entity.js';

/** Persons and homes per size band (the figures of a capacity row, stated or free). */
export type CapacityFigures = Pick<CapacityEntity, 'persons' | 'homes1to2' | 'homes3to4' | 'homes5plus'>;

/** A capacity row's stated figures and what active proposals and placements hold of them. */
export type CapacityUsage = CapacityFigures & Pick<CapacityEntity, 'usedPersons' | 'usedHomes1to2' | 'usedHomes3to4' | 'usedHomes5plus'>;

/**
 * Capacity still free in a period: stated capacity minus what is held (`used_*`, taken when a run is published
 * and given back when a proposal ends). Never negative: a CHECK keeps `used_*` within capacity. The one
 * definition of free capacity, for new rounds and for the waiting list alike.
 */
export function freeCapacityOf(row: CapacityUsage): CapacityFigures {
  return {
    persons: row.persons - row.usedPersons,
    homes1to2: row.homes1to2 - row.usedHomes1to2,
    homes3to4: row.homes3to4 - row.usedHomes3to4,
    homes5plus: row.homes5plus - row.usedHomes5plus,
  };
}

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

  /**
   * Sets the capacity of one municipality for one period after `check` accepted it against the row as stored (null
   * when there is none), in one transaction under the row's lock: a publication taking capacity at the same time
   * (ProposalRepository.publish, which locks the same row) comes wholly before or wholly after, so what `check` saw
   * held is what is held when the figures are written (issue 14: the figures were checked against what was held
   * before a concurrent publication and then failed its CHECK). `check` may throw (a DomainError); nothing is then
   * written.
   */
  async setChecked(municipalityCode: string, period: string, figures: CapacityFigures, check: (current: CapacityEntity | null) => void): Promise<CapacityEntity> {
    return this.repo.manager.transaction(async (manager) => {
      const repo = manager.getRepository(CapacityEntity);
      const current = await repo
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.municipality_code = :municipalityCode AND c.period = :period', { municipalityCode, period })
        .getOne();
      check(current);
      await repo.upsert({ municipalityCode, period, ...figures, isDefault: false }, ['municipalityCode', 'period']);
      return repo.findOneByOrFail({ municipalityCode, period });
    });
  }

  find(municipalityCode: string, period: string): Promise<CapacityEntity | null> {
    return this.repo.findOneBy({ municipalityCode, period });
  }

  forMunicipality(municipalityCode: string): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { municipalityCode }, order: { period: 'DESC' } });
  }

  /** Capacity rows of the given municipalities (one query for a list of them), by municipality, newest period first. */
  forMunicipalities(municipalityCodes: readonly string[]): Promise<CapacityEntity[]> {
    if (municipalityCodes.length === 0) return Promise.resolve([]);
    return this.repo.find({ where: { municipalityCode: In([...municipalityCodes]) }, order: { municipalityCode: 'ASC', period: 'DESC' } });
  }

  forPeriod(period: string): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { period }, order: { municipalityCode: 'ASC' } });
  }

  /** Capacity rows of the given periods, by municipality, then period. */
  forPeriods(periods: readonly string[]): Promise<CapacityEntity[]> {
    return this.repo.find({ where: { period: In([...periods]) }, order: { municipalityCode: 'ASC', period: 'ASC' } });
  }
}
