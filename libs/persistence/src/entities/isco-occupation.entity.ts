import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('isco_occupation')
@Check('isco_code_format', `"code" ~ '^[0-9]{1,4}$'`)
@Check('isco_level_matches_code', `"level" = length("code")`)
export class IscoOccupationEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** `searchKey(title)` (libs/common/src/search-key.ts), written with the title; occupation search uses it. */
  @Column({ name: 'search_key', type: 'text' })
  searchKey: string;

  @Index('isco_parent_idx')
  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode: string | null;
}
