import { getMetadataStorage, ValidationArguments, ValidationTypes, ValidatorConstraintInterface } from 'class-validator';

/**
 * The DTO's class-validator rules, looked up once and run directly against a plain object.
 * `validateSync` looks up and groups the metadata of the class on every call and builds a
 * ValidationError tree; for an import of 100k rows that is most of the CPU time. This runs the very
 * same constraint instances (IsString, MaxLength, Matches … with their constraints) and only
 * answers "valid or not": on false the caller runs `validateSync` for the exact field errors, so
 * messages and their order stay class-validator's.
 *
 * Same semantics as `validateSync(obj, { whitelist: true, forbidNonWhitelisted: true })` without
 * groups: unknown properties are invalid, a property is skipped when a conditional (IsOptional)
 * says so, otherwise every constraint must hold. A class using anything else (nested, each,
 * validateIf, async, IsDefined, groups) does not compile and `compileValidator` returns null.
 */
export type CompiledValidator = (object: Record<string, unknown>) => boolean;

interface PropertyRules {
  property: string;
  conditions: Array<(object: object, value: unknown) => boolean>;
  checks: Array<{ instance: ValidatorConstraintInterface; constraints: unknown[] }>;
}

export function compileValidator(target: new () => object): CompiledValidator | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(target, '', false, false, undefined);
  const grouped = storage.groupByPropertyName(metadatas);
  const rules: PropertyRules[] = [];
  for (const [property, list] of Object.entries(grouped)) {
    if (!list.length) continue;
    const rule: PropertyRules = { property, conditions: [], checks: [] };
    for (const m of list) {
      if (m.each || m.validateIf || m.groups?.length || m.always) return null;
      if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) {
        rule.conditions.push(m.constraints[0] as (object: object, value: unknown) => boolean);
      } else if (m.type === ValidationTypes.CUSTOM_VALIDATION) {
        const constraints = storage.getTargetValidatorConstraints(m.constraintCls);
        if (!constraints.length || constraints.some((c) => c.async)) return null;
        for (const c of constraints) rule.checks.push({ instance: c.instance, constraints: m.constraints });
      } else {
        return null;
      }
    }
    rules.push(rule);
  }
  const known = new Set(rules.map((r) => r.property));
  const targetName = target.name;

  return (object) => {
    for (const key in object) if (!known.has(key)) return false;
    for (const { property, conditions, checks } of rules) {
      const value = object[property];
      let validate = true;
      for (const condition of conditions) if (!condition(object, value)) validate = false;
      if (!validate) continue;
      for (const { instance, constraints } of checks) {
        const args: ValidationArguments = { targetName, property, object, value, constraints };
        if (instance.validate(value, args) !== true) return false;
      }
    }
    return true;
  };
}
