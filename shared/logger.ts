/**
 * Fields a log line may carry. Deliberately narrow: ids, types, counts and error names
 * only. Emails, names, facts, file names, tokens and error messages (SES puts addresses
 * in them) never reach the logs.
 */
export interface LogFields {
  readonly caseId?: string;
  readonly eventType?: string;
  readonly stepId?: string;
  readonly evidenceId?: string;
  /** A stable code (a rejection reason), never free text. */
  readonly code?: string;
  readonly mail?: string;
  readonly errorName?: string;
  readonly status?: number;
  readonly durationMs?: number;
}

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** One JSON object per line, as CloudWatch Logs and local terminals both read well. */
export function jsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log =
    (level: string) =>
    (message: string, fields: LogFields = {}) =>
      write(JSON.stringify({ level, message, ...fields, time: new Date().toISOString() }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
