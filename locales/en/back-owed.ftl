## What a return still owes the cell (/report, or the button of the reminders)

back-owed-title = report after your return
back-owed-host-review-title = confirmed self-review
back-owed-nothing-owed = The cell is not waiting for any report about your latest return.
back-owed-ask-host-review = Please send a photo or file of your self-review confirmed by the party organisation (or the workplace) abroad.
back-owed-refused-nothing-owed = The cell is no longer waiting for a report from you (perhaps you sent it already).
back-owed-refused-nothing-sent = Nothing to send yet: write the report or send the confirmed self-review.
back-owed-ack = Sent to the cell, reference { $reference }. Thank you.{ $hostReviewMissing ->
        [yes] {" "}The self-review confirmed by the organisation where you were is still missing; when you have it, send it with /report.
       *[other] {""}
    }
