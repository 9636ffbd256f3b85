import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

/** Most characters of one CSV file to import (within the request size limit, MAX_BODY_BYTES 256 KB). */
export const MAX_IMPORT_CHARACTERS = 250_000;

@ArgsType()
export class ImportHouseholdsArgs {
  @Field({ description: `The CSV file's text (UTF-8; a byte-order mark is allowed), at most ${MAX_IMPORT_CHARACTERS} characters: split a larger list into several files` })
  @IsString()
  @MaxLength(MAX_IMPORT_CHARACTERS)
  csv: string;

  @Field({ defaultValue: true, description: 'True (the default): check only, store nothing. False: store when no row has a problem' })
  @IsBoolean()
  dryRun: boolean;
}
