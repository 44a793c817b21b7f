## Sheet names and column headers of the record book (XLSX, CSV) and reports

export-sheet-statistics = Statistics { $year }
export-sheet-roster = Roster
export-sheet-absences = Absences
export-sheet-checkins = Check-ins { $year }
export-sheet-fees = Fees { $year }
export-sheet-reviews = Reviews { $year }
export-sheet-decisions = Decisions { $year }
export-total = Total: { $name }
export-page = Page { $page }/{ $pages }
export-printed-on = Printed on { $date }
export-sign-preparer = PREPARED BY
export-sign-for = { $kind ->
    [cell] FOR THE CELL
    [grassroots] FOR THE PARTY COMMITTEE
   *[other] FOR THE STANDING COMMITTEE
}
export-sign-title = SECRETARY
export-sign-hint = (Signature and full name)
export-sheet-technical = Technical
export-sheet-statistics-report = Statistical report { $year }
export-title-year = Year { $year }
export-col-cell-zone = Cell's time zone (times on the sheets)
export-col-member-id = homecell internal id
export-col-report-number = No.
export-col-report-item = Indicator
export-col-report-value = Number
export-col-report-note = Note
export-report-item = { $item ->
    [members] Members in total
    [away] Members working away
    [awayDomestic] Away in Vietnam
    [awayAbroad] Abroad
    [exempted] Members exempted from party activities
    [fullExemption] Exempted from work and activities
    [temporaryExemption] Temporarily exempted from activities
    [transferred] Members who transferred their activities
    [temporaryTransfer] Temporary transfer
    [transferredOut] Official transfer
    [removed] Members removed
    [eligibleForRemovalReview] Members eligible for removal review by the cell
    [reviewsExpected] Members to be reviewed and rated for { $year }
    [reviewsRated] Reviewed and rated
    [ratedExcellent] Excellently completed their tasks
    [ratedGood] Completed their tasks well
    [ratedComplete] Completed their tasks
    [ratedIncomplete] Did not complete their tasks
    [notRated] Not yet rated
    [awaitingRating] Review submitted, waiting for the cell's rating
    [reviewsRateLater] Absent from the meeting, rated later
    [reviewsMissing] Review not submitted
   *[reviewsExempt] Exempt from review and rating
}
export-report-note = { $item ->
    [away] = 2.1 + 2.2
    [exempted] = 3.1 + 3.2
    [fullExemption] Not reviewed or rated
    [temporaryExemption] Still pay the fee and send a written review every year
    [transferred] = 4.1 + 4.2
    [eligibleForRemovalReview] Fee unpaid { $months } months or more, or { $absences } or more absences without a reason in the year; not a removal decision
    [reviewsExpected] Members on full exemption not counted
    [reviewsRated] = 7.1.1 + 7.1.2 + 7.1.3 + 7.1.4
    [notRated] = 7.2.1 + 7.2.2 + 7.2.3
    [reviewsExempt] Members on full exemption from work and activities
   *[other] {""}
}
export-col-card = Party card no.
export-col-name = Full name
export-col-cell-code = Cell code
export-col-cell = Cell
export-col-role = Role
export-col-status = Status
export-col-birth-year = Born
export-col-zone = Time zone
export-col-language = Language
export-col-monthly-fee = Monthly fee (VND)
export-col-connected = Bot connected
export-col-away-kind = Away
export-col-place = Destination
export-col-country = Country
export-col-mobile = Mobile work
export-col-organisation-there = Party organisation there
export-col-arrangement = Arrangement
export-col-application = Decision
export-col-from = From
export-col-until = Until
export-col-full-exemption = Full exemption from work and activities
export-col-full-exemption-from = Exempt from
export-col-full-exemption-until = Exempt until
export-col-ended = Returned
export-col-reason = Reason
export-col-decided-at = Decided at
export-col-decided-by = Decided by
export-col-decision-note = Decision note
export-col-return-report = Return report
export-col-checkin-this-month = Checked in this month
export-col-unpaid-count = Unpaid months
export-col-unpaid-months = Which months unpaid
export-col-fee-stage = Fee alert
export-col-removal-review = Removal review
export-removal-review = { $ground ->
    [meetings] { $absences } meetings missed this year without a reason
    [both] { $unpaid } months unpaid; { $absences } meetings missed this year without a reason
   *[fees] { $unpaid } months unpaid this year
}
export-col-review-status = Review
export-col-paid-total = Paid this year (VND)
export-col-paid-total-other = Paid this year in other currencies
export-col-year = Year
export-col-submitted-at = Submitted at
export-col-self-rating = Self-rating
export-col-cell-rating = Cell's rating
export-col-cell-comment = Cell's comment
export-col-rated-by = Rated by
export-col-rated-at = Rated at
export-col-workplace-comment = Workplace or local authority comment
export-col-workplace-file = Comment file attached
export-col-decision-kind = Matter
export-col-decision-outcome = Outcome
export-col-unit-code = Unit code
export-col-unit = Unit
export-col-unit-kind = Level

## Form 2C (HD 43-HD/BTCTW 2025): the self-review as a printable document

form2c-title-line = Self-review { $year } - { $name }
form2c-party = COMMUNIST PARTY OF VIETNAM
form2c-dated = { $known ->
    [yes] ……, { $day } { $month ->
        [01] January
        [02] February
        [03] March
        [04] April
        [05] May
        [06] June
        [07] July
        [08] August
        [09] September
        [10] October
        [11] November
       *[12] December
    } { $year }
   *[other] ……, date ……
}
form2c-title = PARTY MEMBER SELF-REVIEW
form2c-year = Year { $year }
form2c-subtitle = (Form 2C - for members not working in the political system)
form2c-name = Full name: { $name }          Born: { $birthYear }
form2c-card = Party card no.: { $card }
form2c-cell = Party cell: { $cell }
form2c-section-strengths = I. STRENGTHS AND RESULTS
form2c-section-shortcomings = II. SHORTCOMINGS AND THEIR CAUSES
form2c-section-progress = III. PROGRESS ON SHORTCOMINGS POINTED OUT IN EARLIER REVIEWS
form2c-section-direction = IV. DIRECTION AND MEASURES TO OVERCOME SHORTCOMINGS
form2c-self-rating = V. SELF-ASSESSED QUALITY RATING: { $rating }
form2c-workplace-comment = COMMENT OF THE WORKPLACE OR THE LOCAL AUTHORITY
form2c-workplace-file = { $printed ->
    [yes] (The signed comment the member photographed and sent through homecell is printed on the last page.)
   *[other] (A signed comment was attached through homecell.)
}
form2c-workplace-page = SIGNED COMMENT OF THE WORKPLACE OR THE LOCAL AUTHORITY (PHOTO SENT BY THE MEMBER)
form2c-cell-assessment = THE CELL'S ASSESSMENT AND RATING
form2c-cell-rating = Rating: { $rating }
form2c-rated-by = { $name }, { $date }
form2c-signer = THE MEMBER
form2c-sign-hint = (Signature and full name)

## Statistics of a unit (chat, CLI, reports)

report-title = MEMBERS WORKING AWAY - REPORT OF { $unit }
report-subtitle = Year { $year } · figures as of { $asOf }
stats-label = { $key ->
    [members] Members
    [awayDomestic] Away in Vietnam
    [awayAbroad] Abroad
    [temporaryExemption] Temporarily exempted (away)
    [fullExemption] Fully exempted (age, health)
    [temporaryTransfer] Temporary transfer
    [transferredOut] Transferred out
    [removed] Removed
    [checkInRequired] Due to check in this month
    [checkedIn] Checked in this month
    [checkInRate] Check-in rate this month
    [unpaid1] 1 month unpaid
    [unpaid2] 2 months unpaid
    [unpaid3plus] 3+ months unpaid
    [eligibleForRemovalReview] Eligible for removal review
    [meetingsHeld] Meetings held
    [attendanceListed] Expected at meetings
    [attendancePresent] Present at meetings
    [attendanceRate] Meeting attendance rate
    [absent1] 1 absence without reason
    [absent2] 2 absences without reason
    [absent3plus] 3+ absences without reason
    [reviewsExpected] Reviews expected
    [reviewsSubmitted] Reviews submitted
    [reviewsRated] Reviews rated
    [ratedExcellent] Rated excellent
    [ratedGood] Rated good
    [ratedComplete] Rated complete
    [ratedIncomplete] Rated incomplete
    [reviewsRateLater] Rate later (absent)
    [reviewsMissing] Reviews missing
    [reviewsExempt] Not rated (exempt)
    [openHelpRequests] Difficulties to contact
   *[openLeaveRequests] Leave requests to contact
}
stats-line-members = Members: { $members } (of whom temporarily exempted while away { $temporaryExemption }, fully exempted for age or health { $fullExemption }, temporarily transferred { $temporaryTransfer }); transferred out { $transferredOut }; removed { $removed }.
stats-line-away = Working away: in Vietnam { $awayDomestic }, abroad { $awayAbroad }.
stats-line-checkins = Check-ins this month: { $checkedIn }/{ $checkInRequired } ({ $rate }).
stats-line-fees = Unpaid party fee this year: 1 month { $unpaid1 }, 2 months { $unpaid2 }, 3 or more { $unpaid3plus }.
stats-line-meetings = Cell meetings this year: { $meetingsHeld ->
    [0] no attendance recorded yet
   *[other] { $meetingsHeld } held, attendance { $rate } ({ $attendancePresent } of { $attendanceListed } expected)
}; absent without a reason once { $absent1 }, twice { $absent2 }, 3 or more times { $absent3plus }.
stats-line-removal = Eligible for removal review: { $eligibleForRemovalReview } ({ $months }+ months of fees unpaid or { $absences }+ meetings missed in the year without a good reason).
stats-line-reviews = Year-end reviews: submitted { $reviewsSubmitted }, rated { $reviewsRated }, rate later { $reviewsRateLater }, missing { $reviewsMissing } (expected { $reviewsExpected }, exempt { $reviewsExempt }).
stats-line-requests = Awaiting contact: difficulties { $openHelpRequests }, leave requests { $openLeaveRequests }.
