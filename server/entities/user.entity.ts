import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '用户 A person with a login' })
@Entity('users')
export class User implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('User', this.id);
  }

  @Field({ description: '姓名 Name' })
  @Column()
  name!: string;

  /** Stored lower-cased; unique. Exposed only to the user and to those who manage memberships. */
  @Column()
  email!: string;

  @Column({ type: 'text', select: true })
  passwordHash!: string;

  @Field({ description: '平台管理员 Platform administrator' })
  @Column({ default: false })
  isAdmin!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
