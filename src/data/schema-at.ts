/**
 * Walks a zod schema along a JSON path, to find the field definition (its metadata, its allowed
 * keys) that an error, a citation or a `<Num of>` reference points at.
 */
import { z } from 'zod';
import type { PathSegment } from '../text/json-path.ts';

type AnySchema = z.ZodType;

/** `value` as a schema we can walk, or undefined (zod's core types name inner schemas loosely). */
function classic(value: unknown): AnySchema | undefined {
  return value instanceof z.ZodType ? value : undefined;
}

/** The schema a wrapper (optional, nullable, default, readonly, pipe) wraps, if `schema` is one. */
function wrapped(schema: AnySchema): AnySchema | undefined {
  const d = schema._zod.def;
  return classic('innerType' in d ? d.innerType : d.type === 'pipe' && 'in' in d ? d.in : undefined);
}

/** The schemas a wrapper (optional, nullable, default, pipe) wraps, outermost first. */
export function unwrapLayers(schema: AnySchema): AnySchema[] {
  const layers = [schema];
  for (let inner = wrapped(schema); inner; inner = wrapped(inner)) layers.push(inner);
  return layers;
}

function innermost(schema: AnySchema): AnySchema {
  return unwrapLayers(schema).at(-1) ?? schema;
}

/** The schema for the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = innermost(current);
    // Own keys only: a field an editor names "toString" must not find Object.prototype's.
    if (inner instanceof z.ZodObject && typeof segment === 'string')
      current = Object.hasOwn(inner.shape, segment) ? classic(inner.shape[segment]) : undefined;
    else if (inner instanceof z.ZodRecord && typeof segment === 'string') current = classic(inner.valueType);
    else if (inner instanceof z.ZodArray && typeof segment === 'number') current = classic(inner.element);
    else return undefined;
  }
  return current;
}

/** The field names an object schema allows at `path` (for "did you mean …?" hints). */
export function allowedKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
  const at = schemaAt(schema, path);
  if (!at) return [];
  const inner = innermost(at);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The first metadata object found on the schema or its wrappers. */
export function metaOf(schema: AnySchema): Record<string, unknown> | undefined {
  for (const layer of unwrapLayers(schema)) {
    const meta = layer.meta();
    if (meta) return meta as Record<string, unknown>;
  }
  return undefined;
}
