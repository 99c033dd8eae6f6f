import type { AdminRole, AdminUserEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { AdminRoleEnum, AdminUser, CreateAdminUserInput } from './admin-user.type.js';

/** Console users. Owner-only mutations are also refused before execution (operation-access.ts). */
@Resolver(() => AdminUser)
export class AdminUserResolver {
  @Query(() => AdminUser, {
    nullable: true,
    description: 'The signed-in console user; null when calling with an API key.',
  })
  me(@Ctx() ctx: ConsoleContext): Promise<AdminUserEntity | null> {
    return ctx.services.adminUsers.me(ctx);
  }

  @Query(() => [AdminUser], { description: 'Owners only.' })
  adminUsers(@Ctx() ctx: ConsoleContext): Promise<AdminUserEntity[]> {
    return ctx.services.adminUsers.list(ctx);
  }

  @Mutation(() => AdminUser, { description: 'Owners only.' })
  createAdminUser(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CreateAdminUserInput) input: CreateAdminUserInput,
  ): Promise<AdminUserEntity> {
    return ctx.services.adminUsers.create(ctx, input);
  }

  @Mutation(() => AdminUser, {
    description: 'Owners only. Takes effect on the next request; the last owner stays owner.',
  })
  setAdminUserRole(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => AdminRoleEnum) role: AdminRole,
  ): Promise<AdminUserEntity> {
    return ctx.services.adminUsers.setRole(ctx, id, role);
  }

  @Mutation(() => Boolean, {
    description: 'Owners only. Ends their sessions; not yourself, never the last owner.',
  })
  removeAdminUser(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.adminUsers.remove(ctx, id);
  }
}
