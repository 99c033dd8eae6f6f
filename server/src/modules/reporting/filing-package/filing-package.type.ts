import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from '@zactonics/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const ReportKindEnum = Object.fromEntries(REPORT_KINDS.map((v) => [v, v])) as {
  [K in ReportKind]: K;
};
export const ReportFormatEnum = Object.fromEntries(REPORT_FORMATS.map((v) => [v, v])) as {
  [K in ReportFormat]: K;
};

registerEnumType(ReportKindEnum, {
  name: 'ReportKind',
  description:
    "FILING_PACKAGE covers a quarter (or a month); ANNUAL_REPORT a year; SALES_TAX_FILING is a state sales tax return's CPA packet (filingPacket).",
});
registerEnumType(ReportFormatEnum, { name: 'ReportFormat' });

@ObjectType({ description: 'One file of a filing package, with a download link.' })
export class FilingPackageFile {
  @Field(() => ID) id!: string;
  @Field(() => ReportFormatEnum) format!: ReportFormat;
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) bytes!: number;
  @Field({ description: "Lower-case hex SHA-256 of the file's bytes." }) sha256!: string;
  @Field({
    description:
      'Download link, relative to the hub (GET, no other credential): /downloads/reports/<id>/<filename>?token=...; it works for 24 hours.',
  })
  url!: string;
  @Field() expiresAt!: Date;
}

@ObjectType({
  description:
    'A filing package or annual report: statements with comparisons, commentary, ratios, projections and appendices, as PDF, XLSX and CSV.',
})
export class FilingPackage {
  @Field(() => ID) id!: string;
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field({ description: 'The period key: 2026-Q3, 2025 or 2026-10.' }) period!: string;
  @Field() title!: string;
  @Field() preparedAt!: Date;
  @Field({ description: 'Who prepared it (user:<id>, api_key:<id>).' }) preparedBy!: string;
  @Field(() => [FilingPackageFile], { description: 'PDF, XLSX and CSV, each with a fresh link.' })
  files!: FilingPackageFile[];
}
