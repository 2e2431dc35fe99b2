import { ParleyError } from '../errors.js';
import { defaultBackoffMs } from '../util/backoff.js';
import type { JobHandler, JobHandlerOptions } from './scheduler.js';

/** A job type's handler with its retry policy resolved. */
export interface JobDefinition {
  handler: JobHandler<unknown>;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
}

/**
 * The job types a scheduler knows. Shared by every Scheduler so "define twice" and the
 * retry defaults (5 attempts, exponential from 1 s to 1 h) mean the same everywhere.
 */
export class JobDefinitions {
  private readonly byType = new Map<string, JobDefinition>();

  define<P>(type: string, handler: JobHandler<P>, options: JobHandlerOptions = {}): void {
    if (this.byType.has(type)) {
      throw new ParleyError(
        'CONFLICT',
        `Job type "${type}" is already defined; each type has one handler.`,
      );
    }
    this.byType.set(type, {
      handler: handler as JobHandler<unknown>,
      maxAttempts: options.maxAttempts ?? 5,
      backoffMs: options.backoffMs ?? defaultBackoffMs,
    });
  }

  get(type: string): JobDefinition | undefined {
    return this.byType.get(type);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  types(): string[] {
    return [...this.byType.keys()];
  }
}
