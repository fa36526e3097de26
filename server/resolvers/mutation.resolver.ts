import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { OrganizationStatus } from '../domain/enums';
import { Alliance } from '../entities/alliance.entity';
import { Membership } from '../entities/membership.entity';
import { Need } from '../entities/need.entity';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Project } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { GqlContext } from '../graphql/context';
import { AddOrganizationInput } from './inputs/add-organization.input';
import { CreateAllianceInput } from './inputs/create-alliance.input';
import { CreateProjectInput } from './inputs/create-project.input';
import { GrantMembershipInput, RevokeMembershipInput } from './inputs/grant-membership.input';
import {
  ConfirmPledgeInput,
  FulfillPledgeInput,
  PledgeResourceInput,
  RejectPledgeInput,
  WithdrawPledgeInput,
} from './inputs/pledge.input';
import { RaiseNeedInput, UpdateNeedInput } from './inputs/raise-need.input';
import { RegisterResourceInput, UpdateResourceInput } from './inputs/register-resource.input';
import { ReinstateOrganizationInput, SuspendOrganizationInput } from './inputs/set-organization-status.input';
import { TransitionProjectInput } from './inputs/transition-project.input';

/** Every mutation of the contract: shape and arguments only; rules live in the services. */
@Resolver()
export class MutationResolver {
  @Mutation(() => Alliance, { description: '成立大工委（平台管理员）Create an alliance (platform admin)' })
  createAlliance(@Arg('input') input: CreateAllianceInput, @Ctx() ctx: GqlContext) {
    return ctx.services.alliances.create(ctx.viewer, input);
  }

  @Mutation(() => Organization, { description: '吸纳成员单位 Admit a member unit or social organization' })
  addOrganization(@Arg('input') input: AddOrganizationInput, @Ctx() ctx: GqlContext) {
    return ctx.services.organizations.add(ctx.viewer, input);
  }

  @Mutation(() => Organization, { description: '暂停成员单位 Suspend an organization' })
  suspendOrganization(@Arg('input') input: SuspendOrganizationInput, @Ctx() ctx: GqlContext) {
    return ctx.services.organizations.setStatus(ctx.viewer, input.organizationId, OrganizationStatus.SUSPENDED, input.reason);
  }

  @Mutation(() => Organization, { description: '恢复成员单位 Reinstate a suspended organization' })
  reinstateOrganization(@Arg('input') input: ReinstateOrganizationInput, @Ctx() ctx: GqlContext) {
    return ctx.services.organizations.setStatus(ctx.viewer, input.organizationId, OrganizationStatus.ACTIVE);
  }

  @Mutation(() => Membership, { description: '授予角色（新邮箱将创建用户）Grant a role; creates the user for a new email' })
  grantMembership(@Arg('input') input: GrantMembershipInput, @Ctx() ctx: GqlContext) {
    return ctx.services.memberships.grant(ctx.viewer, input);
  }

  @Mutation(() => Membership, { description: '撤销角色 Revoke a membership' })
  revokeMembership(@Arg('input') input: RevokeMembershipInput, @Ctx() ctx: GqlContext) {
    return ctx.services.memberships.revoke(ctx.viewer, input.membershipId);
  }

  @Mutation(() => Need, { description: '登记需求 Add to the needs list' })
  raiseNeed(@Arg('input') input: RaiseNeedInput, @Ctx() ctx: GqlContext) {
    return ctx.services.needs.raise(ctx.viewer, input);
  }

  @Mutation(() => Need, { description: '更新需求 Edit a need or move its status' })
  updateNeed(@Arg('input') input: UpdateNeedInput, @Ctx() ctx: GqlContext) {
    return ctx.services.needs.update(ctx.viewer, input);
  }

  @Mutation(() => Resource, { description: '登记资源 Add to the resource list' })
  registerResource(@Arg('input') input: RegisterResourceInput, @Ctx() ctx: GqlContext) {
    return ctx.services.resources.register(ctx.viewer, input);
  }

  @Mutation(() => Resource, { description: '更新资源 Edit a resource (capacity not below what is pledged)' })
  updateResource(@Arg('input') input: UpdateResourceInput, @Ctx() ctx: GqlContext) {
    return ctx.services.resources.update(ctx.viewer, input);
  }

  @Mutation(() => Project, { description: '创建共建项目 Create a joint project' })
  createProject(@Arg('input') input: CreateProjectInput, @Ctx() ctx: GqlContext) {
    return ctx.services.projects.create(ctx.viewer, input);
  }

  @Mutation(() => Project, {
    description:
      '变更项目状态；项目有进行中的决策或大工委设定了决策环节时，批准须决策通过 Move a project along its statuses; approval needs a passed decision when one is under way or the alliance set a stage list (INVALID_TRANSITION, reason DECISION_REQUIRED)',
  })
  transitionProject(@Arg('input') input: TransitionProjectInput, @Ctx() ctx: GqlContext) {
    return ctx.services.projects.transition(ctx.viewer, input);
  }

  @Mutation(() => Pledge, { description: '认领资源 Pledge part of a resource to a requirement' })
  pledgeResource(@Arg('input') input: PledgeResourceInput, @Ctx() ctx: GqlContext) {
    return ctx.services.pledges.pledge(ctx.viewer, input);
  }

  @Mutation(() => Pledge, { description: '确认认领 Confirm a pledge' })
  confirmPledge(@Arg('input') input: ConfirmPledgeInput, @Ctx() ctx: GqlContext) {
    return ctx.services.pledges.confirm(ctx.viewer, input);
  }

  @Mutation(() => Pledge, { description: '不采纳认领 Reject a pledge' })
  rejectPledge(@Arg('input') input: RejectPledgeInput, @Ctx() ctx: GqlContext) {
    return ctx.services.pledges.reject(ctx.viewer, input);
  }

  @Mutation(() => Pledge, { description: '撤回认领 Withdraw a pledge' })
  withdrawPledge(@Arg('input') input: WithdrawPledgeInput, @Ctx() ctx: GqlContext) {
    return ctx.services.pledges.withdraw(ctx.viewer, input);
  }

  @Mutation(() => Pledge, { description: '兑现认领 Record delivery of a pledge' })
  fulfillPledge(@Arg('input') input: FulfillPledgeInput, @Ctx() ctx: GqlContext) {
    return ctx.services.pledges.fulfill(ctx.viewer, input);
  }
}
