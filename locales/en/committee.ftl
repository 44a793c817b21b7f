## The committee officer's daily digest (privately, to each officer of the unit)

officer-digest-title = 📋 Daily summary for { $unit }, { $date }
officer-digest-section-waiting = Applications the cells proposed, waiting for the committee's decision ({ $count }):
officer-digest-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
       *[official_transfer] official transfer
    }, proposed by the cell on { $since }
officer-digest-section-escalated = Not yet handled by the cell, and could cost a member their membership ({ $count }):
officer-digest-contact-lost = { $member } ({ $cell }): no contact with the cell for { $months } months running, since { $began }
officer-digest-fee-alert-secretary = { $member } ({ $cell }): { $count } months of { $year } party fee unpaid ({ $months }), since { $began }
officer-digest-fee-removal-review = { $member } ({ $cell }): { $count } months of { $year } party fee unpaid ({ $months }), eligible for removal review, since { $began }
officer-digest-meeting-absence-alert = { $member } ({ $cell }): missed { $count } cell meetings in { $year } without a reason ({ $days }), one more and eligible for removal review, since { $began }
officer-digest-meeting-removal-review = { $member } ({ $cell }): missed { $count } cell meetings in { $year } without a reason ({ $days }), eligible for removal review, since { $began }
officer-digest-exemption-lapsed = { $member } ({ $cell }): temporary exemption ended on { $endsOn } with neither return nor renewal
officer-digest-request-leave = { $member } ({ $cell }): thinking of leaving the Party, no contact recorded by the cell since { $began }
officer-digest-application-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
       *[official_transfer] official transfer
    } application waiting for the cell since { $began }
officer-digest-footer = Read and decide the applications with /pending; each member's record: /member <name>. This message is sent to you alone.

## A committee officer's /pending: applications the cells proposed to the officer's unit

officer-pending-empty = No application proposed by a cell is waiting for your committee's decision.
officer-pending-header = Applications the cells proposed, waiting for the committee's decision: { $count }. { $buttons ->
        [no] Reply with an application's number to read it and decide.
       *[yes] Press an application's number to read it and decide.
    }
officer-pending-line = { $number }. { $name } ({ $cell }): { $kind }, proposed { $since }
officer-field-cell = Cell: { $cell }
officer-button-approve = ✅ Approve (decide)
officer-button-reject = ❌ Reject (with a reason)
officer-button-ask = ❓ Ask the cell for more (with a question)
officer-prompt-reject = Send the reason for rejecting the application of { $name } (one message, at most { $max } characters). The member and the cell are told the reason. Send /cancel to stop.
officer-prompt-ask-more = Send your question, or what the cell should add, about the application of { $name } (one message, at most { $max } characters). The application goes back to the cell with it. Send /cancel to stop.
officer-done-approved = Decided: the { $arrangement ->
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
       *[official_transfer] official transfer
    } of { $name } is approved. The member and the cell will be told.
officer-done-rejected = The rejection of the application of { $name } is recorded. The member and the cell will be told, with the reason.
officer-done-asked = The application of { $name } went back to the cell with your question. When the cell proposes it again, it will be in /pending.
