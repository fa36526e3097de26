import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';

/** Shared decorators: a required text of bounded length; with `min` ≥ 1 it must not be blank either. */
export function Text(max: number, min = 1) {
  return (target: object, key: string) => {
    MinLength(min, { message: `${key} must be at least ${min} character${min === 1 ? '' : 's'}` })(target, key);
    MaxLength(max, { message: `${key} must be at most ${max} characters` })(target, key);
    if (min >= 1) Matches(/\S/, { message: `${key} must not be blank` })(target, key);
  };
}

/** An optional text that, when given, must not be empty or blank (for edits of required texts). */
export function OptionalNonBlankText(max: number) {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    MinLength(1, { message: `${key} must not be empty` })(target, key);
    MaxLength(max, { message: `${key} must be at most ${max} characters` })(target, key);
    Matches(/\S/, { message: `${key} must not be blank` })(target, key);
  };
}

/** An optional text of bounded length. */
export function OptionalText(max: number) {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    MaxLength(max, { message: `${key} must be at most ${max} characters` })(target, key);
  };
}

/** A global id (shape only; the service decodes and checks the type). */
export function GlobalId() {
  return (target: object, key: string) => {
    MaxLength(120, { message: `${key} is not a valid id` })(target, key);
    Matches(/^[A-Za-z0-9_-]+$/, { message: `${key} is not a valid id` })(target, key);
  };
}

/** An optional calendar date YYYY-MM-DD. */
export function OptionalDate() {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: `${key} must be a date like 2026-05-01` })(target, key);
  };
}

/** Optional idempotency key for create-style mutations. */
export function IdempotencyKeyField() {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })(target, key);
    MinLength(1, { message: 'idempotencyKey must not be empty' })(target, key);
  };
}
