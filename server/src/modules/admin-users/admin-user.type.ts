import { ADMIN_ROLES, type AdminRole } from '@zactonics/db';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export const AdminRoleEnum = Object.fromEntries(ADMIN_ROLES.map((r) => [r, r])) as {
  [K in AdminRole]: K;
};

registerEnumType(AdminRoleEnum, {
  name: 'AdminRole',
  description:
    'OWNER: everything, including console users and keys; ADMIN: every other change; VIEWER: read only.',
});

@ObjectType({ description: 'A person who signs in to the admin console.' })
export class AdminUser {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => AdminRoleEnum) role!: AdminRole;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Set while the user has not accepted their invitation (they cannot sign in yet).',
  })
  invitedAt!: Date | null;
}

@InputType()
export class CreateAdminUserInput {
  @Field({ description: 'Unique in the workspace; stored lower-case.' }) email!: string;
  @Field() name!: string;
  @Field(() => AdminRoleEnum) role!: AdminRole;
  @Field({ description: 'At least 12 characters; stored only as an argon2id hash.' })
  password!: string;
}
