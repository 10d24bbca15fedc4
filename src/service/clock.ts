/** The clock; tests pass their own to move time without waiting. */
export type Clock = () => Date;

/** The real time, the default wherever a `Clock` is taken. */
export const systemClock: Clock = () => new Date();

/** A minute in milliseconds. */
export const minute = 60_000;
