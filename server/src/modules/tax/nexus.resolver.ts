import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { NexusReport, NexusStateExposure } from './nexus.service.js';
import { NexusExposureView, type NexusStateExposureView } from './nexus.type.js';

function stateView(s: NexusStateExposure): NexusStateExposureView {
  return {
    state: s.state,
    stateName: s.stateName,
    status: s.status,
    registered: s.registered,
    registeredOn: s.registeredOn,
    actionKind: s.actionKind,
    action: s.action,
    reason: s.reason,
    rule: s.rule && {
      id: s.rule.id,
      ruleSetVersion: s.rule.ruleSetVersion,
      summary: s.rule.summary,
      effectiveFrom: s.rule.effective.from,
      effectiveTo: s.rule.effective.to,
      citation: s.rule.citation,
    },
    decidingWindow: s.decidingWindow && { ...s.decidingWindow, tests: [...s.decidingWindow.tests] },
    windows: s.windows.map((w) => ({ ...w, tests: [...w.tests] })),
  };
}

export function nexusExposureView(report: NexusReport): NexusExposureView {
  return { ...report, states: report.states.map(stateView) };
}

/** Economic nexus monitoring (the Tax & Compliance agent) for the console and the API. */
@Resolver()
export class NexusResolver {
  @Query(() => NexusExposureView, {
    description:
      "Economic nexus exposure for every state and DC from the shop's sales by state, with the rule and citation behind each status (INVALID_INPUT for a date that is not YYYY-MM-DD).",
  })
  async nexusExposure(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', () => String, {
      nullable: true,
      description: "YYYY-MM-DD; default today on the shop's calendar.",
    })
    asOf: string | null,
  ): Promise<NexusExposureView> {
    return nexusExposureView(await ctx.services.nexus.exposure(ctx.workspaceId, asOf));
  }
}
