/**
 * Runs a command-line script for editors: expected failures print their plain report and exit 1;
 * anything unexpected prints one line asking for help (the stack only with DEBUG=1), never a raw
 * stack trace.
 */
import { isEditorError } from '../../src/data/problems.ts';

export async function runScript(main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (isEditorError(error)) {
      console.error(error.message);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(
        `✗ 内部错误，请把这段话发给技术同事 (internal error, please pass this on to a developer):\n  ${message}`,
      );
      if (process.env['DEBUG']) console.error(error);
    }
    process.exitCode = 1;
  }
}

/** The project root: scripts always run from it through npm. */
export function projectRoot(): string {
  return process.cwd();
}
