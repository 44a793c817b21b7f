// The member journeys' forms, registered with the bots by default; journey authors add their definitions here.
import type { FormDefinition } from './types';

export const JOURNEY_FORMS: FormDefinition[] = [];
