import type { ConversationEntity, ConversationMessageEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { DomainError } from '../../errors.js';
import { sanitizeReply } from '../runs/run-public-view.js';
import type { ConversationFeedEvent } from '../conversations/conversation-feed.js';
import type { VisitorPrincipal } from './visitor-session.service.js';
import type { WidgetContext } from './widget-context.js';
import {
  MeetingSlot,
  VisitorBooking,
  VisitorConversation,
  VisitorEvent,
  VisitorIdentityInput,
  VisitorLead,
  VisitorLeadInput,
  VisitorMessage,
  VisitorSession,
  type VisitorHandoff,
  type VisitorMessageRole,
} from './widget.types.js';

/**
 * The widget's whole API (served at /widget/graphql, its own schema). Nothing takes the id of a
 * conversation, lead or booking: each operation acts on the visitor the token names.
 */
@Resolver()
export class WidgetResolver {
  @Mutation(() => VisitorSession, {
    description:
      'Starts (or refreshes) the visitor session; with an identity, switches to that identity.',
  })
  async startVisitorSession(
    @Ctx() ctx: WidgetContext,
    @Arg('identity', () => VisitorIdentityInput, { nullable: true })
    identity?: VisitorIdentityInput | null,
  ): Promise<VisitorSession> {
    return ctx.services.visitorSessions.startSession(ctx.key, {
      currentToken: ctx.visitorToken,
      identity: identity ?? null,
      clientAddress: ctx.clientAddress,
    });
  }

  @Query(() => VisitorConversation, {
    nullable: true,
    description: "The visitor's conversation, or null before their first message.",
  })
  async visitorConversation(@Ctx() ctx: WidgetContext): Promise<VisitorConversation | null> {
    const visitor = requireVisitor(ctx);
    const conversation = await ctx.services.visitorChat.conversation(visitor);
    return conversation ? conversationView(ctx, conversation) : null;
  }

  @Mutation(() => VisitorMessage, {
    description:
      'The visitor writes; the support agent answers (see visitorEvents). Idempotent per clientMessageId.',
  })
  async sendVisitorMessage(
    @Ctx() ctx: WidgetContext,
    @Arg('text') text: string,
    @Arg('clientMessageId') clientMessageId: string,
  ): Promise<VisitorMessage> {
    const visitor = requireVisitor(ctx);
    return publicMessage(await ctx.services.visitorChat.send(ctx, visitor, text, clientMessageId));
  }

  @Mutation(() => VisitorMessage, { description: 'Thumbs up (true) or down on an agent reply.' })
  async rateReply(
    @Ctx() ctx: WidgetContext,
    @Arg('messageId', () => ID) messageId: string,
    @Arg('helpful') helpful: boolean,
  ): Promise<VisitorMessage> {
    return publicMessage(
      await ctx.services.visitorChat.rate(requireVisitor(ctx), messageId, helpful),
    );
  }

  @Mutation(() => VisitorConversation, { description: 'Asks for a person to reply here.' })
  async requestHuman(@Ctx() ctx: WidgetContext): Promise<VisitorConversation> {
    const visitor = requireVisitor(ctx);
    const conversation = await ctx.services.visitorChat.requestHuman(ctx, visitor);
    return conversationView(ctx, conversation);
  }

  @Mutation(() => VisitorLead, { description: 'The lead form: scored at once.' })
  async submitLead(
    @Ctx() ctx: WidgetContext,
    @Arg('input', () => VisitorLeadInput) input: VisitorLeadInput,
  ): Promise<VisitorLead> {
    const lead = await ctx.services.visitorLeads.submit(requireVisitor(ctx), input);
    const hot = lead.tier === 'HOT';
    return { id: lead.id, hot, offerMeeting: hot };
  }

  @Query(() => [MeetingSlot], {
    description: "Free slots for the visitor's hot lead, labelled in their time zone.",
  })
  meetingSlots(
    @Ctx() ctx: WidgetContext,
    @Arg('timeZone') timeZone: string,
  ): Promise<MeetingSlot[]> {
    return ctx.services.visitorMeetings.slots(requireVisitor(ctx), timeZone);
  }

  @Mutation(() => VisitorBooking)
  async bookMeeting(
    @Ctx() ctx: WidgetContext,
    @Arg('slotId', () => ID) slotId: string,
    @Arg('timeZone') timeZone: string,
  ): Promise<VisitorBooking> {
    const booking = await ctx.services.visitorMeetings.book(requireVisitor(ctx), slotId, timeZone);
    return {
      id: booking.id,
      start: new Date(booking.startsAt),
      end: new Date(booking.endsAt),
      label: booking.localLabel,
      hostName: booking.member.name,
      videoUrl: booking.videoUrl,
      ics: booking.ics,
    };
  }

  @Subscription(() => VisitorEvent, {
    description:
      'Messages with seq > afterSeq (replayed, then live), the handoff state, and the reply being written.',
    subscribe: ({ args, context }) => {
      const ctx = context as WidgetContext;
      const source = ctx.services.visitorChat.feedSource(requireVisitor(ctx));
      return ctx.services.conversationFeeds.open(
        ctx,
        source,
        (args as { afterSeq?: number | null }).afterSeq ?? 0,
      );
    },
  })
  visitorEvents(
    @Root() event: ConversationFeedEvent,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number,
  ): VisitorEvent {
    return {
      message: 'message' in event ? publicMessage(event.message) : null,
      reply: 'reply' in event ? event.reply : null,
      handoff: 'handoff' in event ? publicHandoff(event.handoff) : null,
    };
  }
}

async function conversationView(
  ctx: WidgetContext,
  conversation: ConversationEntity,
): Promise<VisitorConversation> {
  const messages = await ctx.services.conversationMessages.after(
    conversation.workspaceId,
    conversation.id,
    0,
  );
  return {
    id: conversation.id,
    handoff: publicHandoff(conversation.handoffState),
    lastSeq: messages.at(-1)?.seq ?? 0,
    messages: messages.map(publicMessage),
    reply: await ctx.services.conversationFeeds.replyInFlight(ctx, conversation.id),
  };
}

function requireVisitor(ctx: WidgetContext): VisitorPrincipal {
  if (!ctx.visitor) {
    if (ctx.visitorRefusal) throw ctx.visitorRefusal;
    throw new DomainError(
      'VISITOR_TOKEN_INVALID',
      'The visitor token is missing or not valid; start a new visitor session.',
      { http: { status: 401 } },
    );
  }
  return ctx.visitor;
}

const ROLES: Record<ConversationMessageEntity['role'], VisitorMessageRole> = {
  CUSTOMER: 'VISITOR',
  AGENT: 'AGENT',
  HUMAN: 'HUMAN',
};

/** Agent text passes the same last gate as the run's public view (redacted, no markup). */
function publicMessage(message: ConversationMessageEntity): VisitorMessage {
  return {
    id: message.id,
    seq: message.seq,
    role: ROLES[message.role],
    text: message.role === 'AGENT' ? sanitizeReply(message.text) : message.text,
    citations: message.citations.map(({ title, slug }) => ({ title: sanitizeReply(title), slug })),
    helpful: message.helpful,
    runId: message.runId,
    createdAt: message.createdAt,
  };
}

function publicHandoff(state: string): VisitorHandoff {
  return state === 'HUMAN_REQUESTED' ? 'WAITING_FOR_HUMAN' : (state as VisitorHandoff);
}
