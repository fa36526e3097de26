import 'reflect-metadata';
import { GraphQLInterfaceType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from '../resolvers';
import { topicFreePubSub } from '../subscriptions/topic-free-pubsub';
import { resolveNodeType } from './node.type';
import { createArgValidator } from './validate-args';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    // type-graphql 2 leaves validation off unless asked: every input is checked with class-validator
    // (through a validator that remembers inputs that passed; see validate-args.ts).
    validateFn: createArgValidator(),
    emitSchemaFile: false,
    pubSub: topicFreePubSub,
  }).then((schema) => {
    // type-graphql wraps resolveType in an async function; graphql-jit (jit-executor.ts) needs the
    // type name at once, and Node's resolver is synchronous, so it is installed as it is.
    (schema.getType('Node') as GraphQLInterfaceType).resolveType = resolveNodeType;
    return schema;
  });
  return built;
}

/** The schema as committed in schema.graphql: sorted SDL. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
