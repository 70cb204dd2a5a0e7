/** Every error whosaid throws on purpose: check `code` rather than the message. */
export type WhosaidErrorCode =
  | "INVALID_TEXT"
  | "INVALID_DATE"
  | "INVALID_OPTION"
  | "INPUT_TOO_LARGE"
  | "RULE_FAILED";

/**
 * The mark of a WhosaidError, registered globally: the ESM and the CommonJS builds each have their
 * own class (so `instanceof` fails across them), but Symbol.for gives both the same symbol.
 */
const BRAND = Symbol.for("whosaid.error");

export class WhosaidError extends Error {
  readonly code: WhosaidErrorCode;

  static {
    // On the prototype, not enumerable: not one of an error's own fields.
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  constructor(code: WhosaidErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WhosaidError";
    this.code = code;
  }

  /** Whether `value` is a WhosaidError from any copy or build (ESM or CommonJS) of whosaid. */
  static is(value: unknown): value is WhosaidError {
    try {
      return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
    } catch {
      return false; // a proxy that throws on reads
    }
  }
}

/** A thrown value's message, whatever was thrown (an object without a string form included). */
export function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

/**
 * Runs `read` (code that reads options the caller gave) and turns anything but a WhosaidError it
 * throws (a getter or proxy that throws, say) into an INVALID_OPTION error with it as the cause.
 */
export function readingOptions<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (WhosaidError.is(error)) throw error;
    throw new WhosaidError("INVALID_OPTION", `Reading the options threw: ${messageOf(error)}`, { cause: error });
  }
}
