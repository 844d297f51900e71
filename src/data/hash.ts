/** SHA-256 of a file's exact bytes, hex: the identity of a published data version. */
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
