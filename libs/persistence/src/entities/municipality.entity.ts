import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('municipality')
@Check('municipality_code_format', `"cbs_code" ~ '^GM[0-9]{4}$'`)
@Check('municipality_urbanisation_range', `"urbanisation" BETWEEN 1 AND 5`)
@Check('municipality_population_nonnegative', `"population" >= 0`)
@Check('municipality_successors_only_when_retired', `"retired_on" IS NOT NULL OR cardinality("successor_codes") = 0`)
export class MunicipalityEntity {
  @PrimaryColumn({ name: 'cbs_code', type: 'varchar', length: 6 })
  cbsCode: string;

  @Index('municipality_name_idx')
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** `searchKey(name)` (libs/common/src/search-key.ts), written with the name; `nameContains` searches it. */
  @Column({ name: 'search_key', type: 'text' })
  searchKey: string;

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

  /**
   * Day the municipality ceased to exist (CBS date of the merger or split, else the day the reference
   * data step found it gone from the CBS list); null while it exists. Retired municipalities stay for
   * history (proposals, capacities, profiles, accounts keep pointing at them) but take no new capacity
   * and no part in new rounds.
   */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn: string | null;

  /** CBS codes that continue a retired municipality (e.g. Weesp GM0457 → Amsterdam GM0363); empty while current. */
  @Column({ name: 'successor_codes', type: 'text', array: true, default: () => `'{}'` })
  successorCodes: string[];
}
