/**
 * When the bundle started and finished loading (`performance.now()`), as its first and last lines note them
 * (scripts/build.mjs banner and footer). Undefined when running unbundled (the compiled tests).
 */
export function bundleMarks(): { start?: number; end?: number } {
  const marks = globalThis as { __mlRepsLoadStart?: number; __mlRepsLoadEnd?: number };
  return { start: marks.__mlRepsLoadStart, end: marks.__mlRepsLoadEnd };
}
