import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Node. Every entity that implements it exposes its opaque global id through a `nodeId`
 * getter published as `id`; the uuid stays internal.
 */
@InterfaceType('Node', {
  description: '可按全局 ID 读取的对象 An object readable by its global id',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: '全局 ID（不透明）Opaque global id' })
  nodeId!: string;
}
