import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { request } from './api';
import { describeError } from './errors';
import type { EventType, TypedDocumentString } from './gql/graphql';
import { live } from './live';

/**
 * Runs a typed query now, again whenever `variables` change, and again after new live events
 * (live.tick), without clearing what is on screen while it refetches. With `options.on`, only events of
 * those types trigger the refetch (a meetings page does not reload for every pledge).
 */
export function useLiveQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: WatchSource<TVariables | null>,
  options: { on?: readonly EventType[] } = {},
) {
  const data = shallowRef<TResult | null>(null) as Ref<TResult | null>;
  const error = ref<string | null>(null);
  const loading = ref(false);
  let seq = 0;
  let stopped = false;

  async function run(vars: TVariables | null) {
    if (!vars || stopped) return;
    const mine = ++seq;
    loading.value = true;
    try {
      const result = await (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, vars);
      if (mine !== seq) return;
      data.value = result;
      error.value = null;
    } catch (err) {
      if (mine !== seq) return;
      error.value = describeError(err);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  const varsSource = variables;
  const stopVars = watch(varsSource, (v) => void run(v), { immediate: true, deep: true });
  const stopTick = watch(
    () => live.tick,
    () => {
      if (options.on && !live.tickTypes.some((t) => (options.on as readonly string[]).includes(t))) return;
      const v = typeof varsSource === 'function' ? (varsSource as () => TVariables | null)() : (varsSource as Ref<TVariables | null>).value;
      void run(v);
    },
  );
  onBeforeUnmount(() => {
    stopped = true;
    stopVars();
    stopTick();
  });
  const refetch = () => {
    const v = typeof varsSource === 'function' ? (varsSource as () => TVariables | null)() : (varsSource as Ref<TVariables | null>).value;
    return run(v);
  };
  return { data, error, loading, refetch };
}
