import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One problem of a household import, where it is in the file' })
export class HouseholdImportProblem {
  @Field(() => Int, { description: 'Row of the file: 1 is the header row, 2 the first member' }) row: number;
  @Field(() => String, { nullable: true, description: 'The column (e.g. birth_year); null for the row or the household as a whole' }) column: string | null;
  @Field({ description: 'What is wrong, in English (like every input message of the API)' }) message: string;
}

@ObjectType({ description: 'What a household import found and did: with a dry run, or with any problem, nothing is stored' })
export class HouseholdImport {
  @Field({ description: 'True when it was a dry run (checked, nothing stored)' }) dryRun: boolean;
  @Field(() => Int, { description: 'Member rows read (the header not counted)' }) rows: number;
  @Field(() => Int, { description: 'Households in the file (rows grouped by their household column)' }) households: number;
  @Field({ description: 'True when the households were stored (not a dry run, and no problem in any row): all of them in one transaction' }) stored: boolean;
  @Field(() => [HouseholdImportProblem], { description: 'The problems found, by row then column (the first 1,000: MAX_IMPORT_PROBLEMS); empty when the file can be stored' }) problems: HouseholdImportProblem[];
  @Field(() => Int, { description: 'How many problems were found in all (more than `problems` lists when over 1,000)' }) problemCount: number;
  @Field(() => [String], { description: 'The new households’ case references, in the file’s order; empty when nothing was stored' }) references: string[];
}
