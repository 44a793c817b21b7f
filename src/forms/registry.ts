// The member journeys' forms, registered with the bots by default.
import { checkinForm } from './journeys/checkin';
import { departureForm } from './journeys/departure';
import { feeForm } from './journeys/fee';
import { helpRequestForm } from './journeys/help-request';
import { returnForm } from './journeys/return';
import { reviewForm } from './journeys/review';
import { settingsForm } from './journeys/settings';
import type { FormDefinition } from './types';

export const JOURNEY_FORMS: FormDefinition[] = [
  checkinForm,
  feeForm,
  departureForm,
  returnForm,
  reviewForm,
  helpRequestForm,
  settingsForm,
];
