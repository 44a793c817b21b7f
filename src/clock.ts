// The time source: the real clock in production; tests and the sandbox's clock control pass another.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
