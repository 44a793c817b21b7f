## Names of statuses, kinds and ratings, shared by the cell's views, exports and reports

lbl-rating = { $rating ->
    [excellent] Excellently fulfilled duties
    [good] Well fulfilled duties
    [complete] Fulfilled duties
   *[incomplete] Did not fulfil duties
}
lbl-role = { $role ->
    [secretary] Cell secretary
    [deputy_secretary] Deputy secretary
    [committee_officer] Committee officer
   *[member] Member
}
lbl-member-status = { $status ->
    [active] On the cell's books
    [transferred] Transferred out
    [removed] Removed
   *[left] Left the Party
}
lbl-member-state = { $state ->
    [active] Active in the cell
    [away] Working away
    [temporary-exemption] Temporarily exempted while away
    [full-exemption] Fully exempted from work and activities
    [transferred] Transferred out
    [removed] Removed
   *[left] Left the Party
}
lbl-full-exemption-reason = { $reason ->
    [age] Old age
    [health] Poor health
   *[unknown] Reason not recorded
}
lbl-absence-kind = { $kind ->
    [domestic] In Vietnam
   *[abroad] Abroad
}
lbl-arrangement = { $arrangement ->
    [seasonal] Seasonal work (under 3 months)
    [temporary_transfer] Temporary transfer
    [temporary_exemption] Temporary exemption
    [official_transfer] Official transfer
   *[none] None
}
lbl-application-status = { $status ->
    [not_required] No decision needed
    [submitted] Awaiting the cell
    [proposed] Proposed by the cell, awaiting the committee
    [approved] Approved
    [rejected] Rejected
   *[withdrawn] Withdrawn
}
lbl-fee-method = { $method ->
    [bank_transfer] Bank transfer
    [family] Through family
    [in_person] In person
   *[public_portal] National public-service portal
}
lbl-fee-state = { $state ->
    [confirmed] Confirmed
    [declared] Declared, awaiting confirmation
    [disputed] Disputed
    [arrangement] Late/advance payment allowed
    [unpaid] Unpaid
    [open] This month, not paid yet
    [not-due] Not due yet
   *[not-counted] Not on record yet
}
lbl-fee-stage = { $stage ->
    [clear] Paid up
    [nudge] 1 month unpaid
    [alert-secretary] 2 months unpaid, follow up
   *[eligible-for-removal-review] Eligible for removal review
}
lbl-review-status = { $status ->
    [draft] Drafting
    [submitted] Submitted, awaiting rating
    [rated] Rated
    [absent_rate_later] Absent, rate later
    [exempt] Not rated (exempt)
   *[missing] Not submitted
}
lbl-review-standing = { $status ->
    [exempt] Not rated (exempt)
    [not-open] Review period not open yet
    [not-started] Not started
    [draft] Drafting
    [submitted] Submitted, awaiting rating
    [rated] Rated
    [absent-rate-later] Absent, rate later
   *[missed] Overdue, not submitted
}
lbl-decision-kind = { $kind ->
    [absence-application] Transfer/exemption application
    [fee-payment] Party fee
    [fee-arrangement] Late/advance fee payment
    [review-rating] Quality rating
    [request-difficulty] Difficulties reported
    [request-leave] Asked to leave the Party
    [absence-end] End of an absence
   *[other] { $kind }
}
lbl-decision-outcome = { $outcome ->
    [approved] Approved
    [rejected] Rejected
    [confirmed] Confirmed
    [disputed] Disputed
    [excellent] Excellently fulfilled duties
    [good] Well fulfilled duties
    [complete] Fulfilled duties
    [incomplete] Did not fulfil duties
    [absent-rate-later] Absent, rate later
    [contacted] Contacted
    [approved-late] Late payment allowed
    [approved-advance] Advance payment allowed
    [proposed] Proposed by the cell
    [more-asked] The cell was asked for more
    [ended] Back home
    [shortened] Ends earlier
   *[other] { $outcome }
}
lbl-unit-kind = { $kind ->
    [province] Province
    [district] District
    [grassroots] Grassroots
   *[cell] Cell
}
lbl-yes-no = { $value ->
    [yes] Yes
    [no] No
   *[unknown] Unknown
}
# What an audit event on a member's record was, as the secretary reads it (the code's dots become dashes).
lbl-audit-action = { $action ->
    [absence-filed] Reported going away
    [absence-renewal-filed] Applied for a renewal
    [absence-application-proposed] The cell proposed the application to the committee
    [absence-application-approved] Application approved
    [absence-application-rejected] Application not approved
    [absence-application-more-asked] The committee asked for more on the application
    [absence-ended-by-cell] The cell recorded the end of the absence
    [absence-shortened] Absence shortened
    [absence-withdrawn] Application withdrawn or departure cancelled
    [absence-returned] Reported being back
    [absence-return-report-sent] Sent the return report
    [fee-declared] Declared a fee payment
    [fee-arrangement-approved] Late/advance fee payment allowed
    [fee-arrangement-cut] Late/advance fee payment shortened
    [fee-arrangement-ended] Late/advance fee payment ended
    [full-exemption-recorded] Full exemption recorded
    [full-exemption-ended] Full exemption ended
    [review-draft-saved] Self-review draft saved
    [review-submitted] Self-review submitted
    [request-difficulty-created] Reported a difficulty
    [request-leave-created] Asked to leave the Party
    [request-contacted] The cell made contact
    [chat-bound] Chat account connected
    [chat-unlinked] Chat account disconnected
    [invite-issued] Invite code issued
    [member-locale-changed] Language changed
    [member-settings-changed] Reminder settings changed
    [member-unreachable] The bot could not reach the member
    [record-read] Record viewed
    [export-member-data] Member's data exported
    [export-record-book] Record book exported
    [export-report] Report exported
    [export-review-pdf] Self-review exported
    [import-members] Member list imported
    [pending-application-read] Application viewed
    [pending-fee-read] Fee declaration viewed
    [pending-review-read] Self-review viewed
    [pending-request-read] Request viewed
    [pending-application-decide] Application decided
    [pending-fee-decide] Fee declaration decided
    [pending-review-decide] Self-review rated
    [pending-request-decide] Request handled
    [access-denied] Action refused
   *[other] Another change to the record
}
