import { Field, ID, InterfaceType } from 'type-graphql';

/** The concrete type of a Node: entities are instances of the classes that define their GraphQL types. */
export const resolveNodeType = (value: object): string => value.constructor.name;

/**
 * Relay's Node. Every entity that implements it exposes its opaque global id through a `nodeId`
 * getter published as `id`; the uuid stays internal.
 */
@InterfaceType('Node', {
  description: '可按全局 ID 读取的对象 An object readable by its global id',
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: '全局 ID（不透明）Opaque global id' })
  nodeId!: string;
}
