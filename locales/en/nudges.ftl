## Nudges: the one message a day that reminds a member of what is due (scheduler)

nudge-greeting = Hello comrade { $name }! Your cell reminds you:
nudge-footer = Tap a button below to do it now.
nudge-footer-numbered =
    { $count ->
        [1] Reply 1 to do it now.
        [2] Reply 1 or 2 to do it now.
       *[other] Reply a number from 1 to { $count } to do it now.
    }
nudge-button-checkin = 📝 Check in for this month
nudge-button-fee = 💳 Confirm a fee payment
nudge-button-meeting = ✋ Answer the meeting invitation
nudge-button-review = 📄 Write the self-review

## One line per due item

nudge-checkin-open = The check-in for { $month } is open. Please report before the end of { $lastDay }.
nudge-checkin-nudge = You have not checked in for { $month } yet; it is due by the end of { $lastDay }.
nudge-fee-unpaid =
    { $stage ->
        [nudge] Party fee { $year }: { $count ->
            [one] { $count } month unpaid
           *[other] { $count } months unpaid
        }: { $months }.
        [alert-secretary] Party fee { $year }: { $count } months unpaid: { $months }. One more month and the cell must review it under the rules; please pay soon or tell the cell why.
       *[other] Party fee { $year }: { $count } months unpaid: { $months }. The cell has been told; please contact the secretary now to explain.
    }
nudge-exemption-ending = Your temporary exemption from activities ends on { $endsOn }. Please tell the cell: report your return once you are back, or ask to renew it if you stay.
nudge-abroad-transfer-guidance = You have been in { $country } for { $months } months (since { $since }) without an official transfer of your party activities. { $directory ->
        [listed] Contact the party organisation in { $country } for guidance:
        [examples] The directory has only example contacts for { $country } (below, not for use); ask your cell secretary for guidance and the official contacts:
       *[none] The directory has no party organisation in { $country } yet; ask your cell secretary for guidance.
    }
nudge-review-nudge = The { $year } self-review is open; please submit it before { $dueOn }, the day of the cell's year-end meeting.
nudge-review-nudge-late = The cell has held its { $year } review meeting. You can still submit your self-review before 31 December so the cell can rate you later.

## The button of a nudge

open-form-unknown = This button belongs to an old reminder and no longer works. Send /help to see what you can do.

## Lapses and returns (issue 11 §5)

nudge-button-renewal = 🔁 Ask for a renewal
nudge-button-back = 🏠 Report your return
nudge-button-return-report = 📝 Send the return report
nudge-button-host-review = 📎 Send the confirmed self-review
nudge-absence-lapsed = Your { $arrangement ->
        [temporary_exemption] temporary exemption from party activities
       *[temporary_transfer] temporary transfer of party activities
    } ended on { $endsOn }. If you are back, tell the cell with /back; if you are staying, ask for a renewal now, so you are not counted as having left activities.
nudge-return-report = You came back on { $returnedOn }; the cell is still waiting for { $report ->
        [yes] your return report
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}and the self-review confirmed by the organisation where you were
           *[other] the self-review confirmed by the organisation where you were
        }
       *[other] {""}
    }{ $late ->
        [yes] , which was due on { $dueOn }
       *[other] {" "}(due on { $dueOn })
    }. Send it with /report.

## The monthly meeting (invitation, reminder, and the word after an absence without a reason)

nudge-meeting-invite = The cell's regular meeting is at { $time } on { $day }{ $zoneDiffers ->
        [yes] {" "}({ $ownTime } on { $ownDay } where you are)
       *[other] {""}
    }, at { $place }.{ $online ->
        [yes] {" "}The cell also meets online: { $link }
       *[other] {""}
    } Please tell the cell whether you can attend; if you cannot, give the reason, so the cell records you as absent with a reason.
nudge-meeting-reminder = The cell meets soon: at { $time } on { $day }{ $zoneDiffers ->
        [yes] {" "}({ $ownTime } on { $ownDay } where you are)
       *[other] {""}
    }, at { $place }.{ $online ->
        [yes] {" "}Online meeting link: { $link }
       *[other] {""}
    } You have not said whether you can attend: if you cannot, please send the reason before the meeting, so you are recorded as absent with a reason.
nudge-meeting-absent = The cell recorded you absent from the meeting on { $day } without a reason ({ $count ->
        [1] the first time
        [2] the second time
        [3] the third time
       *[other] { $count } times
    } in { $year }). Next time, if you cannot attend, just answer the meeting invitation, choose “Cannot attend” and give the reason: the cell then records you as absent with a reason. If you had a good reason that day, please tell the cell secretary now.
