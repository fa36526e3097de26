import { validateOrReject, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};

/** Inputs longer than this (as JSON) are always validated afresh and never remembered. */
const MAX_KEY_LENGTH = 512;
const MAX_REMEMBERED = 5_000;

/**
 * type-graphql's argument validation (class-validator on every input and args class), with the
 * inputs that passed remembered by class and value. Validation is a pure function of the two, and
 * the same small arguments come again and again — `pledges(first: 5)` under each of sixty
 * requirements of one dashboard — where class-validator's metadata walk per call was a visible
 * share of the read profile. Failures are never remembered; they throw ArgumentValidationError
 * exactly as type-graphql's own validation does, so errors read the same (see format-error.ts).
 */
export function createArgValidator(): (argValue: unknown, argType: unknown) => Promise<void> {
  // Per class (by constructor, not name: two args classes may share a name), the JSON of passed values.
  const passedByClass = new Map<unknown, Set<string>>();
  let remembered = 0;
  const validateOne = async (value: object): Promise<void> => {
    const json = JSON.stringify(value);
    const key = json.length <= MAX_KEY_LENGTH ? json : null;
    let passed = passedByClass.get(value.constructor);
    if (key !== null && passed?.has(key)) return;
    try {
      await validateOrReject(value, OPTIONS);
    } catch (err) {
      throw new ArgumentValidationError(err as ConstructorParameters<typeof ArgumentValidationError>[0]);
    }
    if (key !== null) {
      if (remembered >= MAX_REMEMBERED) {
        passedByClass.clear();
        remembered = 0;
        passed = undefined;
      }
      if (!passed) passedByClass.set(value.constructor, (passed = new Set()));
      passed.add(key);
      remembered++;
    }
  };
  return async (argValue) => {
    if (argValue === null || typeof argValue !== 'object') return;
    if (Array.isArray(argValue)) {
      await Promise.all(argValue.filter((v): v is object => v !== null && typeof v === 'object').map(validateOne));
      return;
    }
    await validateOne(argValue);
  };
}
