import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('municipality')
@Check('municipality_code_format', `"cbs_code" ~ '^GM[0-9]{4}$'`)
@Check('municipality_urbanisation_range', `"urbanisation" BETWEEN 1 AND 5`)
@Check('municipality_population_nonnegative', `"population" >= 0`)
export class MunicipalityEntity {
  @PrimaryColumn({ name: 'cbs_code', type: 'varchar', length: 6 })
  cbsCode: string;

  @Index('municipality_name_idx')
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  province: string;

  @Column({ name: 'labour_market_region', type: 'varchar', length: 120 })
  labourMarketRegion: string;

  @Column({ type: 'integer' })
  population: number;

  @Column({ type: 'smallint' })
  urbanisation: number;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
