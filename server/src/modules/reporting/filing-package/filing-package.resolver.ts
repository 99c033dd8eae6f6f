import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import type { FilingPackageView } from './filing-package.service.js';
import { FilingPackage } from './filing-package.type.js';

/**
 * Filing packages and annual reports on the console schema (console sessions and secret keys
 * only; preparing is a mutation, so viewers may list and download but not prepare).
 */
@Resolver()
export class FilingPackageResolver {
  @Mutation(() => FilingPackage, {
    description:
      'Prepares a filing package for a closed quarter (2026-Q3) or month (2026-10), or the annual report for a closed year (2025): a new package each time. INVALID_INPUT for any other period.',
  })
  prepareFilingPackage(
    @Ctx() ctx: ConsoleContext,
    @Arg('period', { description: '2026-Q3, 2025 or 2026-10.' }) period: string,
  ): Promise<FilingPackageView> {
    return ctx.services.filingPackages.prepare({
      workspaceId: ctx.workspaceId,
      actor: ctx.actor,
      periodKey: period,
      now: ctx.services.clock.now(),
    });
  }

  @Query(() => FilingPackage, {
    description: 'One package with fresh download links; REPORT_NOT_FOUND otherwise.',
  })
  filingPackage(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<FilingPackageView> {
    return ctx.services.filingPackages.get(ctx.workspaceId, id, ctx.services.clock.now());
  }

  @Query(() => [FilingPackage], {
    description: 'The most recent packages, newest first, each file with a fresh download link.',
  })
  filingPackages(
    @Ctx() ctx: ConsoleContext,
    // `first`, as the other lists: the operation cost model reads it as the page size.
    @Arg('first', () => Int, { defaultValue: 10, description: '1..50 packages.' }) first: number,
  ): Promise<FilingPackageView[]> {
    return ctx.services.filingPackages.list(ctx.workspaceId, first, ctx.services.clock.now());
  }
}
