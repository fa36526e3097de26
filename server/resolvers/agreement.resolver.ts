import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Agreement, AgreementParty } from '../entities/agreement.entity';
import { Alliance } from '../entities/alliance.entity';
import { Organization } from '../entities/organization.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { govLoaders } from '../loaders/governance.loaders';
import { CreateAgreementInput, RenewAgreementInput, ReviewAgreementInput } from './inputs/agreement.input';

export const AgreementConnection = ConnectionType(Agreement);

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [AgreementParty], { description: '各方及承诺 The parties and their commitments' })
  parties(@Root() a: Agreement, @Ctx() ctx: GqlContext): Promise<AgreementParty[]> {
    return govLoaders(ctx).partiesByAgreement.load(a.id);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() p: AgreementParty, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(p.organizationId))!;
  }
}

@Resolver(() => Alliance)
export class AllianceAgreementResolver {
  @FieldResolver(() => AgreementConnection, { description: '共建协议（新的在前）Co-building agreements, newest first' })
  agreements(@Root() a: Alliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Agreement>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).agreementsByAlliance.load({ parentId: a.id, first, after });
  }
}

@Resolver()
export class AgreementMutationResolver {
  @Mutation(() => Agreement, { description: '签订共建协议（书记）Record a co-building agreement (secretary)' })
  createAgreement(@Arg('input') input: CreateAgreementInput, @Ctx() ctx: GqlContext) {
    return ctx.services.agreements.create(ctx.viewer, input);
  }

  @Mutation(() => Agreement, { description: '协议评估（书记）Record a review; the next falls due a cadence later' })
  reviewAgreement(@Arg('input') input: ReviewAgreementInput, @Ctx() ctx: GqlContext) {
    return ctx.services.agreements.review(ctx.viewer, input);
  }

  @Mutation(() => Agreement, { description: '协议续签（书记）Extend the agreement’s term' })
  renewAgreement(@Arg('input') input: RenewAgreementInput, @Ctx() ctx: GqlContext) {
    return ctx.services.agreements.renew(ctx.viewer, input);
  }
}

export const agreementResolvers = [AgreementResolver, AgreementPartyResolver, AllianceAgreementResolver, AgreementMutationResolver] as const;
