import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { WorkspaceLocale } from './workspace-locale.js';
import { WorkspaceSettings, WorkspaceSettingsInput } from './workspace-settings.type.js';

@Resolver(() => WorkspaceSettings)
export class WorkspaceSettingsResolver {
  @Query(() => WorkspaceSettings, {
    description: "The workspace's locale, currency and time zone.",
  })
  workspaceSettings(@Ctx() ctx: ConsoleContext): Promise<WorkspaceLocale> {
    return ctx.services.workspaceSettings.get(ctx);
  }

  @Mutation(() => WorkspaceSettings, {
    description:
      "Owners only. Changes the workspace's locale, currency or time zone. INVALID_INPUT for a locale the hub cannot format in or a currency that is not ISO 4217 with two decimals; TIME_ZONE_UNKNOWN. Audited (workspace.locale) with each change's from and to.",
  })
  updateWorkspaceSettings(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => WorkspaceSettingsInput) input: WorkspaceSettingsInput,
  ): Promise<WorkspaceLocale> {
    return ctx.services.workspaceSettings.update(ctx, {
      locale: input.locale ?? undefined,
      currency: input.currency ?? undefined,
      timeZone: input.timeZone ?? undefined,
    });
  }
}
