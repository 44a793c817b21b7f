## Alerts to the cell secretary, sent at once (scheduler)

alert-fee-alert-secretary = ⚠️ Comrade { $member } has not paid the party fee for { $count } months in { $year }: { $months }. At { $removalAt } months without good reason the member becomes eligible for removal review (QĐ 294-QĐ/TW). Please contact them now.
alert-fee-removal-review = 🚩 Comrade { $member } has not paid the party fee for { $count } months in { $year }: { $months }. Without good reason the member is eligible for the cell's removal review. homecell never removes anyone by itself: the cell makes contact, reviews and proposes.
alert-meeting-absence-alert = ⚠️ Comrade { $member } has missed { $count } cell meetings in { $year } without a reason ({ $days }). At { $removalAt } the member becomes eligible for removal review for abandoning party activities (QĐ 294-QĐ/TW). Please contact them now; if they had a good reason, correct the attendance.
alert-meeting-removal-review = 🚩 Comrade { $member } has missed { $count } cell meetings in { $year } without a reason ({ $days }). Without good reason the member is eligible for the cell's removal review for abandoning party activities. homecell never removes anyone by itself: the cell makes contact, reviews and proposes.
alert-exemption-lapsed = ⚠️ The temporary exemption of comrade { $member } ended on { $endsOn } and neither a return nor a renewal is recorded. Please contact them.
alert-abroad-transfer-overdue = ⚠️ Comrade { $member } has been in { $country } for { $months } months (since { $since }) without an official transfer abroad. { $directory ->
        [listed] homecell sends them (or will, within their reminder hours) the contacts of the party organisation in { $country } from the directory; please guide them through the procedure.
        [examples] The directory has only example contacts for { $country }, no real party organisation; please guide comrade { $member } yourselves and ask the committee to complete the directory.
        [none] The directory has no party organisation in { $country }; please guide comrade { $member } yourselves and ask the committee to complete the directory.
       *[unknown] Please guide comrade { $member } through the procedure.
    }
alert-request-difficulty = 🆘 Comrade { $member } reports difficulties: «{ $text }». Please contact them soon.
alert-request-leave = 🆘 Comrade { $member } is thinking of leaving the Party: «{ $text }». Please contact them, talk it over and encourage them.
alert-member-unreachable = 📵 Messages to comrade { $member } cannot be delivered: they blocked the bot or deleted the chat. Please contact them directly.

## The secretary's daily digest

digest-title = 📋 Daily digest: { $cell }, { $date }
digest-more = … and { $count } more.
digest-section-contact-lost = Contact lost ({ $count }):
digest-section-review-missing = Self-review missing at the meeting ({ $count }):
digest-section-checkin-overdue = Monthly check-in overdue ({ $count }):
digest-section-fee-overdue = Party fee unpaid ({ $count }):
digest-contact-lost = { $member }: no check-in for { $months } months running (since { $since })
digest-review-missing = { $member }: no { $year } self-review
digest-checkin-overdue = { $member }: no check-in for { $month }
digest-fee-overdue = { $member }: { $count } unpaid in { $year } ({ $months })
digest-section-meeting-removal-review = Cell meetings missed this year without a good reason, eligible for removal review ({ $count }):
digest-section-meeting-alert-secretary = Cell meetings missed without a reason, one more and eligible for removal review ({ $count }):
digest-meeting-absences = { $member }: { $count } missed without a reason in { $year } ({ $days })
digest-section-waiting = Waiting for the cell:
digest-waiting-applications = { $count } transfer or exemption applications
digest-waiting-payments = { $count } fee payments to confirm
digest-waiting-reviews = { $count } self-reviews to rate
digest-waiting-requests = { $count } requests or difficulty reports from members
digest-section-unreachable = Unreachable through the bot ({ $count }):

## Returns (issue 11 §5)

alert-return-report-late = ⏰ { $member } came back on { $returnedOn }, and by { $dueOn } the cell still has not received { $report ->
        [yes] the return report
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}and the self-review confirmed by the organisation where they were
           *[other] the self-review confirmed by the organisation where they were
        }
       *[other] {""}
    }. They are still reminded weekly; please contact them.
