import {
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** A small deterministic PRNG so a failing fuzz case can be reproduced from its seed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STRINGS = [
  '',
  ' ',
  'a',
  '社区',
  "' OR 1=1 --",
  '"; DROP TABLE pledges; --',
  '\u0000',
  '😀'.repeat(50),
  '\u202e\u200b',
  'x'.repeat(6000),
  '%s%n',
  '<script>alert(1)</script>',
  'QWxsaWFuY2U6bm90LWEtdXVpZA',
  'UmVzb3VyY2U6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw',
];
const INTS = [0, 1, -1, 3, 100, 2147483647, -2147483648, 99999999];

/** Random values of any input type (valid in shape, adversarial in content). */
function value(type: GraphQLInputType, r: () => number, ids: string[], depth = 0): unknown {
  if (isNonNullType(type)) return value(type.ofType, r, ids, depth);
  if (r() < 0.05) return null;
  if (isListType(type)) return Array.from({ length: Math.floor(r() * 3) }, () => value(type.ofType, r, ids, depth + 1));
  if (isEnumType(type)) return type.getValues()[Math.floor(r() * type.getValues().length)].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) || r() < 0.6) out[f.name] = value(f.type, r, ids, depth + 1);
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return INTS[Math.floor(r() * INTS.length)];
      case 'Float':
        return r() * 1e6 - 5e5;
      case 'Boolean':
        return r() < 0.5;
      case 'ID':
        return r() < 0.7 && ids.length ? ids[Math.floor(r() * ids.length)] : STRINGS[Math.floor(r() * STRINGS.length)];
      default:
        return r() < 0.3 && ids.length ? ids[Math.floor(r() * ids.length)] : STRINGS[Math.floor(r() * STRINGS.length)];
    }
  }
  return null;
}

/** A selection set for `type`, a few levels deep, picking fields at random. */
function selection(type: GraphQLNamedType, r: () => number, schema: GraphQLSchema, depth: number): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const impl = isInterfaceType(type) ? schema.getPossibleTypes(type) : type.getTypes();
    const pick = impl[Math.floor(r() * impl.length)];
    return `{ __typename ${isInterfaceType(type) ? 'id' : ''} ... on ${pick.name} ${selection(pick, r, schema, depth)} }`;
  }
  const obj = type as GraphQLObjectType;
  const fields = Object.values(obj.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const scalars = fields.filter((f) => {
    const n = getNamedType(f.type);
    return isScalarType(n) || isEnumType(n);
  });
  const chosen = fields.filter(() => r() < (depth > 2 ? 0.15 : 0.35));
  const parts = new Set<string>([scalars.length ? scalars[Math.floor(r() * scalars.length)].name : '__typename']);
  for (const f of chosen) {
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) parts.add(f.name);
    else if (depth < 4)
      parts.add(`${f.name}${f.args.some((a) => a.name === 'first') ? '(first: 3)' : ''} ${selection(named, r, schema, depth + 1)}`);
  }
  return `{ ${[...parts].join(' ')} }`;
}

/**
 * A random operation on one root field of `root` (Query or Mutation): its arguments as variables
 * (some optional ones left out), with a random selection a few levels deep.
 */
export function randomOperation(
  r: () => number,
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  ids: string[],
): { op: string; vars: Record<string, unknown> } {
  const fields = Object.values(root.getFields());
  const f = fields[Math.floor(r() * fields.length)];
  const vars: Record<string, unknown> = {};
  const decls: string[] = [];
  const args: string[] = [];
  for (const a of f.args) {
    if (!isNonNullType(a.type) && r() < 0.5) continue;
    vars[a.name] = value(a.type, r, ids);
    decls.push(`$${a.name}: ${String(a.type)}`);
    args.push(`${a.name}: $${a.name}`);
  }
  const sel = selection(getNamedType(f.type), r, schema, 1);
  const kind = root === schema.getMutationType() ? 'mutation' : 'query';
  const op = `${kind}${decls.length ? `(${decls.join(', ')})` : ''} { ${f.name}${args.length ? `(${args.join(', ')})` : ''} ${sel} }`;
  return { op, vars };
}
