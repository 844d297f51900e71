/**
 * Walks a zod schema along a JSON path, to find the field definition (its metadata, its allowed
 * keys) that an error, a citation or a `<Num of>` reference points at.
 */
import type { z } from 'zod';
import type { PathSegment } from '../text/json-path.ts';

type AnySchema = z.ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  valueType?: AnySchema;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
}

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schemas a wrapper (optional, nullable, default, pipe) wraps, outermost first. */
export function unwrapLayers(schema: AnySchema): AnySchema[] {
  const layers = [schema];
  let current = schema;
  for (;;) {
    const d = def(current);
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return layers;
    layers.push(inner);
    current = inner;
  }
}

function innermost(schema: AnySchema): AnySchema {
  return unwrapLayers(schema).at(-1) ?? schema;
}

/** The schema for the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const d = def(innermost(current));
    if (d.type === 'object' && typeof segment === 'string') current = d.shape?.[segment];
    else if (d.type === 'record' && typeof segment === 'string') current = d.valueType;
    else if (d.type === 'array' && typeof segment === 'number') current = d.element;
    else return undefined;
  }
  return current;
}

/** The field names an object schema allows at `path` (for "did you mean …?" hints). */
export function allowedKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
  const at = schemaAt(schema, path);
  if (!at) return [];
  const d = def(innermost(at));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/** The first metadata object found on the schema or its wrappers. */
export function metaOf(schema: AnySchema): Record<string, unknown> | undefined {
  for (const layer of unwrapLayers(schema)) {
    const meta = layer.meta();
    if (meta) return meta as Record<string, unknown>;
  }
  return undefined;
}
