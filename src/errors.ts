/** Every error whosaid throws on purpose: check `code` rather than the message. */
export type WhosaidErrorCode =
  | "INVALID_TEXT"
  | "INVALID_DATE"
  | "INVALID_OPTION"
  | "INPUT_TOO_LARGE"
  | "RULE_FAILED";

export class WhosaidError extends Error {
  readonly code: WhosaidErrorCode;

  constructor(code: WhosaidErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WhosaidError";
    this.code = code;
  }
}
