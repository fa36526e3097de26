import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DeliveryStatus } from '../domain/notification.enums';
import { Alliance } from '../entities/alliance.entity';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { NotificationChannel } from '../entities/notification-channel.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { concernLoaders } from '../loaders/concern.loaders';
import {
  AddNotificationChannelInput,
  RemoveNotificationChannelInput,
  TestChannelInput,
  UpdateNotificationChannelInput,
  UpdateNotificationPreferencesInput,
} from './inputs/notification.input';

export const NotificationDeliveryConnection = ConnectionType(NotificationDelivery);

@ObjectType({ description: '渠道测试结果 Outcome of testChannel' })
export class ChannelTestResult {
  @Field({ description: '接收方是否已接受 Whether the receiver accepted the test message' })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: '失败原因 Why it failed' })
  error!: string | null;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@ArgsType()
export class DeliveriesArgs extends ConnectionArgs {
  @Field(() => DeliveryStatus, { nullable: true, description: 'DEAD 即死信 DEAD lists the dead letters' })
  status?: DeliveryStatus;
}

@Resolver()
export class NotificationMutationResolver {
  @Mutation(() => NotificationChannel, { description: '添加通知渠道（社区书记）Add a notification channel (secretary)' })
  addNotificationChannel(@Arg('input') input: AddNotificationChannelInput, @Ctx() ctx: GqlContext) {
    return ctx.services.notifications.addChannel(ctx.viewer, input);
  }

  @Mutation(() => NotificationChannel, { description: '修改通知渠道 Change a notification channel' })
  updateNotificationChannel(@Arg('input') input: UpdateNotificationChannelInput, @Ctx() ctx: GqlContext) {
    return ctx.services.notifications.updateChannel(ctx.viewer, input);
  }

  @Mutation(() => NotificationChannel, { description: '删除通知渠道（连同其待发通知）Remove a channel and its queued notifications' })
  removeNotificationChannel(@Arg('input') input: RemoveNotificationChannelInput, @Ctx() ctx: GqlContext) {
    return ctx.services.notifications.removeChannel(ctx.viewer, input.channelId);
  }

  @Mutation(() => ChannelTestResult, { description: '发送测试消息 Send a test message now and report the outcome' })
  testChannel(@Arg('input') input: TestChannelInput, @Ctx() ctx: GqlContext) {
    return ctx.services.notifications.testChannel(ctx.viewer, input);
  }

  @Mutation(() => NotificationPreference, { description: '设置我的邮件通知 Choose which events reach me by email, or a daily digest' })
  updateNotificationPreferences(@Arg('input') input: UpdateNotificationPreferencesInput, @Ctx() ctx: GqlContext) {
    return ctx.services.notifications.updatePreferences(ctx.viewer, input);
  }
}

@Resolver(() => Alliance)
export class AllianceNotificationsResolver {
  @FieldResolver(() => [NotificationChannel], { description: '通知渠道（社区书记可见）Notification channels (secretaries)' })
  notificationChannels(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<NotificationChannel[]> {
    return ctx.services.notifications.channels(ctx.viewer, a.id);
  }

  @FieldResolver(() => NotificationDeliveryConnection, { description: '通知投递记录与死信（社区书记可见）Notification deliveries and dead letters, newest first (secretaries)' })
  notificationDeliveries(@Root() a: Alliance, @Args() { first, after, status }: DeliveriesArgs, @Ctx() ctx: GqlContext): Promise<Page<NotificationDelivery>> {
    ctx.viewer.requireSecretaryOrAdmin(a.id);
    return concernLoaders(ctx).deliveriesByAlliance.load({ parentId: a.id, first, after, filters: { status } });
  }

  @FieldResolver(() => NotificationPreference, { description: '我的邮件通知设置 My email notification preferences' })
  myNotificationPreferences(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<NotificationPreference> {
    return ctx.services.notifications.preferences(ctx.viewer, a.id);
  }
}

@Resolver(() => NotificationDelivery)
export class NotificationDeliveryResolver {
  @FieldResolver(() => NotificationChannel, { nullable: true })
  channel(@Root() d: NotificationDelivery, @Ctx() ctx: GqlContext): Promise<NotificationChannel | null> {
    return concernLoaders(ctx).channel.load(d.channelId);
  }

  @FieldResolver(() => AllianceEvent, { nullable: true, description: '所通知的动态 The event notified (none for a digest)' })
  event(@Root() d: NotificationDelivery, @Ctx() ctx: GqlContext): Promise<AllianceEvent | null> | null {
    return d.eventId ? concernLoaders(ctx).event.load(d.eventId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: '个人邮件的收件人 Recipient of a personal email or digest' })
  recipient(@Root() d: NotificationDelivery, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return d.userId ? ctx.loaders.user.load(d.userId) : null;
  }
}

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  @FieldResolver(() => ID, { nullable: true, description: '尚未设置时为 null Null until first saved' })
  id(@Root() p: NotificationPreference): string | null {
    return p.id ? toGlobalId('NotificationPreference', p.id) : null;
  }
}
