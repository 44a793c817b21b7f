// The member journeys' forms, registered with the bots by default.
import { checkinForm, lateCheckinForm } from './journeys/checkin';
import { awayWithdrawForm } from './journeys/away-withdraw';
import { departureForm } from './journeys/departure';
import { feeForm } from './journeys/fee';
import { helpRequestForm } from './journeys/help-request';
import { meetingAnswerForm } from './journeys/meeting-answer';
import { renewalForm } from './journeys/renewal';
import { returnForm } from './journeys/return';
import { hostReviewForm, returnReportForm } from './journeys/return-report';
import { reviewForm } from './journeys/review';
import { settingsForm } from './journeys/settings';
import type { FormDefinition } from './types';

export const JOURNEY_FORMS: FormDefinition[] = [
  checkinForm,
  lateCheckinForm,
  feeForm,
  departureForm,
  awayWithdrawForm,
  returnForm,
  renewalForm,
  returnReportForm,
  hostReviewForm,
  reviewForm,
  meetingAnswerForm,
  helpRequestForm,
  settingsForm,
];
