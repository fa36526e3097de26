import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors';

/** Largest page a connection serves. */
export const MAX_PAGE = 100;

@ObjectType({ description: 'Relay 分页信息 Relay page info' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `每页条数，最多 ${MAX_PAGE} Page size, at most ${MAX_PAGE}` })
  @Min(0, { message: 'first must not be negative' })
  @Max(MAX_PAGE, { message: `first may be at most ${MAX_PAGE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: '从该游标之后开始 Start after this cursor' })
  after?: string | null;
}

/**
 * An edge whose cursor is encoded only when read: a dashboard lists 300 pledges by edges and asks for
 * none of their cursors.
 */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/** One page of rows plus a lazily counted total: `totalCount` costs a query only when asked for. */
export class Page<T> {
  constructor(
    readonly rows: T[],
    readonly hasNext: boolean,
    readonly hasPrevious: boolean,
    private readonly cursorOf: (row: T) => string,
    private readonly count: () => Promise<number>,
  ) {}

  get edges(): Edge<T>[] {
    return this.rows.map((node) => new Edge(node, this.cursorOf));
  }

  get pageInfo(): PageInfo {
    return {
      hasNextPage: this.hasNext,
      hasPreviousPage: this.hasPrevious,
      startCursor: this.rows.length ? this.cursorOf(this.rows[0]) : null,
      endCursor: this.rows.length ? this.cursorOf(this.rows[this.rows.length - 1]) : null,
    };
  }

  get totalCount(): Promise<number> {
    return this.count();
  }
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '总数 Total number of items' })
    totalCount!: number;
  }
  return Connection;
}

/** Cursors name a row by id; they are opaque to clients. */
export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes an id cursor; a malformed one is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null || cursor === '') return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = raw.startsWith('c:') ? raw.slice(2) : '';
  if (!UUID.test(id)) throw badInput('after', 'after is not a valid cursor');
  return id;
}
