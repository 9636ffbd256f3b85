import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('isco_occupation')
@Check('isco_code_format', `"code" ~ '^[0-9]{1,4}$'`)
@Check('isco_level_matches_code', `"level" = length("code")`)
export class IscoOccupationEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'smallint' })
  level: number;

  /** English title (ESCO's wording of the ILO title, seed/data/isco08.csv). */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /**
   * Dutch title (ESCO's Dutch preferred label, seed/data/isco08-titles.csv); null where the reference data has none
   * (and on rows stored before the Dutch titles were loaded, until the `reference:isco08-titles-nl` seed step runs).
   */
  @Column({ name: 'title_nl', type: 'varchar', length: 200, nullable: true })
  titleNl: string | null;

  /**
   * `occupationSearchKey(title, titleNl)`: the search key (libs/common/src/search-key.ts) of the English and the
   * Dutch title together, written with the titles; occupation search uses it, so "kok" finds 5120 as "cook" does.
   */
  @Column({ name: 'search_key', type: 'text' })
  searchKey: string;

  @Index('isco_parent_idx')
  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode: string | null;
}
