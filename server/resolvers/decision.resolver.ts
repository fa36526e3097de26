import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { DecisionStageKind, DecisionStatus } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Decision, DecisionStage } from '../entities/decision.entity';
import { Project } from '../entities/project.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { govLoaders } from '../loaders/governance.loaders';
import { PublicAlliance } from './alliance.resolver';
import { ConfigureDecisionStagesInput, RecordDecisionStageInput, StartDecisionInput } from './inputs/decision.input';

export const DecisionConnection = ConnectionType(Decision);

@ArgsType()
export class DecisionsArgs extends ConnectionArgs {
  @Field(() => DecisionStatus, { nullable: true })
  status?: DecisionStatus;
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Project, { description: '所决策的项目 The project decided on' })
  async project(@Root() d: Decision, @Ctx() ctx: GqlContext): Promise<Project> {
    return (await ctx.loaders.project.load(d.projectId))!;
  }

  @FieldResolver(() => DecisionStageKind, { nullable: true, description: '下一个待记录的环节 The next stage to record; null when done or rejected' })
  nextStage(@Root() d: Decision): DecisionStageKind | null {
    return d.status === DecisionStatus.REJECTED ? null : (d.stages[d.nextPosition] ?? null);
  }

  @FieldResolver(() => [DecisionStage], { description: '已记录的环节（按顺序）The stages recorded so far, in order' })
  records(@Root() d: Decision, @Ctx() ctx: GqlContext): Promise<DecisionStage[]> {
    return govLoaders(ctx).stagesByDecision.load(d.id);
  }

  @FieldResolver(() => User, { nullable: true, description: '提议人（仅成员可见）Who proposed it; members only' })
  proposedBy(@Root() d: Decision, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return ctx.viewer.canRead(d.allianceId) ? ctx.loaders.user.load(d.proposedById) : null;
  }
}

@Resolver(() => DecisionStage)
export class DecisionStageResolver {
  @FieldResolver(() => User, { nullable: true, description: '记录人（仅成员可见）Who recorded it; members only' })
  recordedBy(@Root() s: DecisionStage, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return ctx.viewer.canRead(s.allianceId) ? ctx.loaders.user.load(s.recordedById) : null;
  }
}

@Resolver(() => Alliance)
export class AllianceDecisionResolver {
  @FieldResolver(() => [DecisionStageKind], {
    nullable: true,
    description:
      '本大工委设定的决策环节；null 表示未设定：决策按默认的四议两公开进行，项目无进行中的决策时可直接批准 The stage list the alliance set; null when it set none: decisions then follow the default 四议两公开 list, and a project without a live decision may be approved directly',
  })
  decisionStages(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<DecisionStageKind[] | null> {
    return govLoaders(ctx).decisionStagesByAlliance.load(a.id);
  }

  @FieldResolver(() => DecisionConnection, { description: '项目决策（新的在前）Staged decisions, newest first' })
  decisions(@Root() a: Alliance, @Args() { first, after, status }: DecisionsArgs, @Ctx() ctx: GqlContext): Promise<Page<Decision>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).decisionsByAlliance.load({ parentId: a.id, first, after, filters: { status } });
  }
}

@Resolver(() => Project)
export class ProjectDecisionResolver {
  @FieldResolver(() => [Decision], { description: '项目的决策（含未通过的）Decisions on the project, oldest first, rejected ones included' })
  decisions(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<Decision[]> {
    ctx.viewer.requireRead(p.allianceId, 'The project');
    return govLoaders(ctx).decisionsByProject.load(p.id);
  }
}

@Resolver(() => PublicAlliance)
export class PublicDecisionResolver {
  @FieldResolver(() => DecisionConnection, { description: '已公开的决议（决议公开后任何人可读）Published decisions, readable by anyone' })
  decisions(@Root() p: PublicAlliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Decision>> {
    return govLoaders(ctx).decisionsByAlliance.load({ parentId: p.alliance.id, first, after, filters: { published: true } });
  }

  @FieldResolver(() => [DecisionStageKind], {
    nullable: true,
    description: '本大工委设定的决策环节；null 表示采用默认的四议两公开 The stage list the alliance set; null when its decisions follow the default 四议两公开 list',
  })
  decisionStages(@Root() p: PublicAlliance, @Ctx() ctx: GqlContext): Promise<DecisionStageKind[] | null> {
    return govLoaders(ctx).decisionStagesByAlliance.load(p.alliance.id);
  }
}

@Resolver()
export class DecisionMutationResolver {
  @Mutation(() => Alliance, {
    description:
      '设定决策环节（书记或平台管理员）；设定后每个项目须经决策通过方可批准 Set the alliance’s stage list (secretary or platform admin); from then on every project needs a passed decision to be approved',
  })
  configureDecisionStages(@Arg('input') input: ConfigureDecisionStagesInput, @Ctx() ctx: GqlContext) {
    return ctx.services.decisions.configure(ctx.viewer, input);
  }

  @Mutation(() => Decision, {
    description:
      '提议：启动项目决策（书记、兼职委员），按本大工委设定的环节或默认的四议两公开；决策进行中项目不能直接批准 Put a PROPOSED project to a staged decision (secretary, committee member), along the alliance’s stage list or the default 四议两公开; while it is open the project cannot be approved',
  })
  startDecision(@Arg('input') input: StartDecisionInput, @Ctx() ctx: GqlContext) {
    return ctx.services.decisions.start(ctx.viewer, input);
  }

  @Mutation(() => Decision, { description: '记录下一个决策环节（书记）Record the next stage: attendance and votes, street review, or publication' })
  recordDecisionStage(@Arg('input') input: RecordDecisionStageInput, @Ctx() ctx: GqlContext) {
    return ctx.services.decisions.record(ctx.viewer, input);
  }
}

export const decisionResolvers = [
  DecisionResolver,
  DecisionStageResolver,
  AllianceDecisionResolver,
  ProjectDecisionResolver,
  PublicDecisionResolver,
  DecisionMutationResolver,
] as const;
