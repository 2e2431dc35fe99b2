/**
 * A typed name for a service plug-ins and channels share (the send budget of a
 * channel, ...): `serviceKey<SendBudget>('send-budget')`. The type travels with the key,
 * so `api.use(key)` needs no cast.
 */
export interface ServiceKey<T> {
  readonly id: string;
  /** Type marker only; never set. */
  readonly __service?: T;
}

export function serviceKey<T>(id: string): ServiceKey<T> {
  return { id };
}
