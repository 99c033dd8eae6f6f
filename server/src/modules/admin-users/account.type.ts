import { ADMIN_ROLES, type AdminRole } from '@zactonics/db';
import { Field, InputType, ObjectType } from 'type-graphql';
import { AdminRoleEnum, AdminUser } from './admin-user.type.js';

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'Checked like a sign-in (and throttled like one).' })
  currentPassword!: string;
  @Field({ description: 'At least 12 characters; stored only as an argon2id hash.' })
  newPassword!: string;
}

@InputType()
export class InviteAdminUserInput {
  @Field({ description: 'Unique in the workspace; stored lower-case.' }) email!: string;
  @Field() name!: string;
  @Field(() => AdminRoleEnum, { description: ADMIN_ROLES.join(', ') }) role!: AdminRole;
}

@ObjectType({
  description:
    'A one-time link for a console user to choose a password: an invitation (72 h) or a reset (1 h).',
})
export class PasswordLink {
  @Field(() => AdminUser) user!: AdminUser;
  @Field({ description: 'Works once, until expiresAt; a newer link for the user replaces it.' })
  link!: string;
  @Field() expiresAt!: Date;
  @Field({
    description:
      'Whether it was emailed to the user (or kept in the Outbox by the development mail catcher); otherwise pass it on yourself.',
  })
  emailed!: boolean;
}
