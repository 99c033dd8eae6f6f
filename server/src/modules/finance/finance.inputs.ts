import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A bank statement file, as text (CSV, OFX or QFX).' })
export class ImportBankFileInput {
  @Field(() => ID) bankAccountId!: string;
  @Field({ description: 'Its name; the extension (.csv, .ofx, .qfx) helps detect the format.' })
  fileName!: string;
  @Field({ description: 'The file content, at most 5 MB.' }) content!: string;
  @Field(() => String, {
    nullable: true,
    description: 'SINGLE_AMOUNT, DEBIT_CREDIT or AMOUNT_WITH_TYPE; detected when omitted.',
  })
  layout?: 'SINGLE_AMOUNT' | 'DEBIT_CREDIT' | 'AMOUNT_WITH_TYPE' | null;
  @Field(() => String, { nullable: true, description: 'YMD, MDY or DMY; detected when omitted.' })
  dateOrder?: 'YMD' | 'MDY' | 'DMY' | null;
  @Field(() => String, {
    nullable: true,
    description:
      'NEGATIVE_IS_OUTFLOW (most bank accounts, the default) or POSITIVE_IS_OUTFLOW (many card exports).',
  })
  signConvention?: 'NEGATIVE_IS_OUTFLOW' | 'POSITIVE_IS_OUTFLOW' | null;
}
