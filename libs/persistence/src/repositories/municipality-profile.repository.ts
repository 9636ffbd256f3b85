import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { MunicipalityProfileEntity } from '../entities/municipality-profile.entity.js';

export type ProfileContent = Pick<
  MunicipalityProfileEntity,
  'labourMarket' | 'networks' | 'services' | 'whatToExpect' | 'priorities' | 'isDemo' | 'textLocale' | 'translations'
>;

@Injectable()
export class MunicipalityProfileRepository {
  private readonly repo: Repository<MunicipalityProfileEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(MunicipalityProfileEntity);
  }

  /**
   * Adds the next version. The municipality row is locked so two publications at once get versions
   * n+1 and n+2 instead of colliding; returns null when the municipality does not exist.
   */
  publish(municipalityCode: string, content: ProfileContent): Promise<MunicipalityProfileEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const municipality = await manager
        .getRepository(MunicipalityEntity)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.cbs_code = :code', { code: municipalityCode })
        .getOne();
      if (!municipality) return null;
      const latest = await manager
        .getRepository(MunicipalityProfileEntity)
        .createQueryBuilder('p')
        .select('COALESCE(MAX(p.version), 0)', 'max')
        .where('p.municipality_code = :code', { code: municipalityCode })
        .getRawOne<{ max: number | string }>();
      const profile = manager.getRepository(MunicipalityProfileEntity).create({
        ...content,
        municipalityCode,
        version: Number(latest?.max ?? 0) + 1,
      });
      return manager.getRepository(MunicipalityProfileEntity).save(profile);
    });
  }

  latest(municipalityCode: string): Promise<MunicipalityProfileEntity | null> {
    return this.repo.findOne({ where: { municipalityCode }, order: { version: 'DESC' } });
  }

  /** Latest version of each of the given municipalities (all when codes is undefined). */
  async latestOf(codes?: readonly string[]): Promise<MunicipalityProfileEntity[]> {
    const query = this.repo
      .createQueryBuilder('p')
      .distinctOn(['p.municipality_code'])
      .orderBy('p.municipality_code', 'ASC')
      .addOrderBy('p.version', 'DESC');
    if (codes) {
      if (codes.length === 0) return [];
      query.where('p.municipality_code IN (:...codes)', { codes: [...codes] });
    }
    return query.getMany();
  }

  versions(municipalityCode: string): Promise<MunicipalityProfileEntity[]> {
    return this.repo.find({ where: { municipalityCode }, order: { version: 'DESC' } });
  }

  /** Every version of the given municipalities (one query for a list of them), by municipality, newest first. */
  versionsOf(municipalityCodes: readonly string[]): Promise<MunicipalityProfileEntity[]> {
    if (municipalityCodes.length === 0) return Promise.resolve([]);
    return this.repo.find({ where: { municipalityCode: In([...municipalityCodes]) }, order: { municipalityCode: 'ASC', version: 'DESC' } });
  }

  findVersion(municipalityCode: string, version: number): Promise<MunicipalityProfileEntity | null> {
    return this.repo.findOneBy({ municipalityCode, version });
  }

  findByIds(ids: readonly string[]): Promise<MunicipalityProfileEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repo.findBy({ id: In([...ids]) });
  }
}
