import type { PubSub } from 'type-graphql';

/**
 * type-graphql refuses to build a schema with subscriptions unless given a PubSub, even when every
 * subscription brings its own `subscribe` function, as ours do (they read the event log through the
 * EventBus, not topics). This one fails loudly if anything ever tries to use topics.
 */
export const topicFreePubSub: PubSub = {
  publish() {
    throw new Error('Topic-based subscriptions are not used: subscriptions read the event log (see server/subscriptions)');
  },
  subscribe() {
    throw new Error('Topic-based subscriptions are not used: subscriptions read the event log (see server/subscriptions)');
  },
};
