import type { AdminUserEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { IssuedLink } from './account.service.js';
import { ChangePasswordInput, InviteAdminUserInput, PasswordLink } from './account.type.js';
import { AdminUser } from './admin-user.type.js';

/**
 * Console users' passwords: one's own (any signed-in person, viewers too: operation-access.ts),
 * and an owner's invitations and reset links.
 */
@Resolver()
export class AccountResolver {
  @Mutation(() => AdminUser, {
    description:
      "Changes the signed-in person's password (not with an API key). Every other session of theirs ends; this one stays.",
  })
  changeMyPassword(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ): Promise<AdminUserEntity> {
    return ctx.services.accounts.changeOwnPassword(ctx, input.currentPassword, input.newPassword);
  }

  @Mutation(() => PasswordLink, {
    description:
      'Owners only. Adds a console user who chooses their password through a one-time link (72 h), emailed to them when the hub can send email.',
  })
  inviteAdminUser(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => InviteAdminUserInput) input: InviteAdminUserInput,
  ): Promise<IssuedLink> {
    return ctx.services.accounts.invite(ctx, input);
  }

  @Mutation(() => PasswordLink, {
    description:
      'Owners only. A one-time link (1 h) for the user to choose a new password; using it ends their sessions. A pending invitation gets a new invitation link.',
  })
  issuePasswordReset(
    @Ctx() ctx: ConsoleContext,
    @Arg('userId', () => ID) userId: string,
  ): Promise<IssuedLink> {
    return ctx.services.accounts.issuePasswordReset(ctx, userId);
  }
}
