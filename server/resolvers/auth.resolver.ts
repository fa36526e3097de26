import { MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';

@ArgsType()
class LoginArgs {
  @Field()
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email!: string;

  @Field()
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password!: string;
}

@ObjectType({ description: '登录结果 A session token and its user' })
export class LoginPayload {
  @Field({ description: 'Authorization: Bearer <token>' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: '登录 Log in with email and password' })
  login(@Args() { email, password }: LoginArgs, @Ctx() ctx: GqlContext): Promise<LoginPayload> {
    return ctx.services.auth.login(email, password);
  }
}
