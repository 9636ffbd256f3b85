import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A CSV file made for download (exports for case systems): its name, type, row count and text. */
@ObjectType({ description: 'A CSV file for download: RFC 4180, UTF-8 with a byte-order mark, CRLF, a header row; texts that a spreadsheet would run as a formula start with an apostrophe (libs/common/src/csv.ts)' })
export class CsvFile {
  @Field({ description: 'A file name to save it under, e.g. placements-run-1a2b3c4d.csv' }) filename: string;
  @Field({ description: 'Its media type: text/csv; charset=utf-8' }) contentType: string;
  @Field(() => Int, { description: 'Rows of data (the header row not counted)' }) rows: number;
  @Field({ description: 'The file’s text' }) content: string;
}

/** The media type of every CSV file the API gives. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
