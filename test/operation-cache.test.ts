import { GraphQLError, specifiedRules } from 'graphql';
import { getSchema } from '../server/graphql/schema';
import { isDocument, OperationCache } from '../server/graphql/operation-cache';

describe('OperationCache', () => {
  it('parses a text once and validates a document once, keeping refusals as refusals', async () => {
    const cache = new OperationCache(await getSchema(), specifiedRules, true, 3);
    const a = cache.parse('{ me { id } }');
    expect(isDocument(a)).toBe(true);
    expect(cache.parse('{ me { id } }')).toBe(a);
    if (!isDocument(a)) throw new Error('unreachable');
    expect(cache.validate(a)).toEqual([]);
    expect(cache.validate(a)).toBe(cache.validate(a));
    const bad = cache.parse('{ me { id ');
    expect(isDocument(bad)).toBe(false);
    expect((bad as GraphQLError[])[0].message).toMatch(/Syntax Error/);
    const invalid = cache.parse('{ me { noSuchField } }');
    if (!isDocument(invalid)) throw new Error('expected a document');
    expect(cache.validate(invalid).map((e) => e.message).join()).toMatch(/noSuchField/);
  });

  it('forgets the least recently used text beyond its size, and never keeps very long texts', async () => {
    const cache = new OperationCache(await getSchema(), specifiedRules, true, 2);
    const first = cache.parse('{ me { id } }');
    cache.parse('{ me { name } }');
    expect(cache.parse('{ me { id } }')).toBe(first); // now the most recently used
    cache.parse('{ me { email } }'); // evicts `{ me { name } }`
    expect(cache.parse('{ me { id } }')).toBe(first);
    const long = `{ me { id } } ${'#'.repeat(20_000)}`;
    expect(cache.parse(long)).not.toBe(cache.parse(long));
  });
});
