## /meeting: the cell's monthly meetings, for the secretary and deputy

command-meeting = Cell meetings: schedule, attendance

meeting-sec-title = Cell meetings: { $cell }
meeting-sec-default = Regular meeting: day { $day } of every month, { $time }, at { $place }
meeting-sec-default-none = Regular meeting: not set.
meeting-sec-upcoming-header = Scheduled meetings:
meeting-sec-upcoming-none = No coming meeting is scheduled.
meeting-sec-upcoming-line = { $number }. { $when } at { $place }
meeting-sec-agenda = {"   "}Agenda: { $agenda }
meeting-sec-answers = {"   "}Answers: { $attending } will attend, { $absent } cannot attend (of { $listed } listed members)
meeting-sec-upcoming-footer = Press a meeting's number to change or cancel it.
meeting-sec-latest = Latest meeting: { $when } at { $place }. { $recorded ->
    [yes] Attendance recorded.
   *[no] Attendance not recorded yet.
}
meeting-sec-button-schedule = Schedule a meeting
meeting-sec-button-set-default = { $set ->
    [yes] Change the regular meeting
   *[no] Set the regular meeting
}
meeting-sec-button-clear-default = Clear the regular meeting
meeting-sec-button-attendance = Attendance of { $when }

## One meeting still to come

meeting-sec-meeting-title = Meeting on { $when }
meeting-sec-field-place = Place: { $place }
meeting-sec-field-agenda = Agenda: { $agenda }
meeting-sec-field-link = Online: { $link }
meeting-sec-field-documents = Documents: { $count ->
    [0] none yet
   *[other] { $count } ({ $names })
}
meeting-sec-button-document = 📎 Attach a document
meeting-sec-ask-document = Send a document for the meeting on { $when } (a draft resolution, a report…) as a PDF file or a photo, at most { $max } MB. Members get it with /documents. Send /cancel to stop.
meeting-sec-document-file-only = Please send the document as a PDF file or a photo, or /cancel to stop. Nothing was changed.
meeting-sec-document-refused = { $reason ->
    [too-many] This meeting already has as many documents as it can take, so nothing more was attached. Nothing was changed.
    [meeting-over] The meeting has begun, been held or been cancelled, so no more documents can be attached. Nothing was changed.
   *[other] This meeting was not found. Send /meeting to see the schedule. Nothing was changed.
}
meeting-sec-document-added = Attached to the meeting on { $when } ({ $count } so far). Members get the documents with /documents.
meeting-sec-button-edit = { $field ->
    [when] Change date and time
    [place] Change place
    [link] Change the online meeting link
   *[agenda] Change agenda
}
meeting-sec-button-cancel = Cancel the meeting
meeting-sec-cancel-ask = Cancel the meeting on { $when } at { $place }? Members will no longer be invited to it.
meeting-sec-button-cancel-yes = Cancel this meeting
meeting-sec-button-cancel-no = Keep the meeting
meeting-sec-cancel-kept = The meeting on { $when } stays as it is.
meeting-sec-cancelled-meeting = The meeting on { $when } at { $place } is cancelled.
meeting-sec-stale = { $status ->
    [cancelled] This meeting was cancelled, so nothing was changed.
    [held] This meeting has been held, so nothing was changed.
   *[other] This meeting has begun or has not begun yet, so nothing was changed.
} Send /meeting to see the schedule as it is now.

## Typed answers, one question at a time

meeting-sec-ask-when = Send the date and time of the meeting as day/month/year hour:minute, for example { $example } (the cell's time). Send /cancel to stop.
meeting-sec-ask-place = Send the place of the meeting (at most { $max } characters). Send /cancel to stop.
meeting-sec-ask-agenda = Send the agenda (at most { $max } characters). Send /cancel to stop.
meeting-sec-ask-edit = { $field ->
    [when] Now: { $current }. Send the new date and time as day/month/year hour:minute, for example { $example }.
    [place] Now: { $current }. Send the new place (at most { $max } characters).
    [link] Online link now: { $current }. Send the new link, starting with https:// (at most { $max } characters).
   *[agenda] Now: { $current }. Send the new agenda (at most { $max } characters).
} Send /cancel to stop.
meeting-sec-ask-default-day = On which day of the month does the cell meet? Send a number from 1 to 31 (in shorter months the meeting falls on the last day). Send /cancel to stop.
meeting-sec-ask-default-time = Day { $day } of every month, at what time? Send it as hour:minute, for example 19:30. Send /cancel to stop.
meeting-sec-ask-default-place = Send the place of the regular meeting (at most { $max } characters). Send /cancel to stop.
meeting-sec-ask-absence-reason = Send the reason for { $name }'s absence, as the minutes will write it (at most { $max } characters). Send /cancel to stop.

meeting-sec-error-when-format = That is not a date and time I can read. Please send it as day/month/year hour:minute, for example 05/01/2027 19:30, or /cancel to stop. Nothing was saved.
meeting-sec-error-date = That day is not on the calendar. Please check the day and month and send it again, or /cancel to stop. Nothing was saved.
meeting-sec-error-time = That is not a valid time: hours 00 to 23, minutes 00 to 59, for example 19:30. Please send it again, or /cancel to stop. Nothing was saved.
meeting-sec-error-past = That time has already passed. Please send a date and time still to come, or /cancel to stop. Nothing was saved.
meeting-sec-error-day = The day of the month must be a number from 1 to 31. Please send it again, or /cancel to stop. Nothing was saved.
meeting-sec-error-link = That is not a link yet. Send the whole online meeting link, starting with https://, for example https://meet.example.vn/hai-thanh-cell. Nothing was changed.
meeting-sec-error-empty = That was empty. Please send it as text (at most { $max } characters), or /cancel to stop.
meeting-sec-error-too-long = Too long ({ $length } characters, at most { $max }). Please shorten it and send it again, or /cancel to stop. Nothing was saved.
meeting-sec-text-only = Please send it as text, or /cancel to stop.
meeting-sec-cancelled = Stopped. Nothing was changed.
meeting-sec-expired = The question has expired, so nothing was changed. Send /meeting to start again.

meeting-sec-scheduled = Meeting scheduled: { $when } at { $place }.
meeting-sec-changed = { $field ->
    [when] The date and time are changed.
    [place] The place is changed.
    [link] The online link is changed; invitations sent from now on carry the new one.
   *[agenda] The agenda is changed.
}
meeting-sec-default-saved = Regular meeting set: day { $day } of every month, { $time }, at { $place }.
meeting-sec-default-cleared = { $cleared ->
    [yes] The regular meeting is cleared. Meetings already scheduled stay as they are.
   *[no] The cell has no regular meeting set, so nothing was changed.
}

## Attendance of a meeting that has begun

meeting-sec-attendance-title = Attendance of the meeting on { $when } at { $place }
meeting-sec-attendance-source = { $recorded ->
    [yes] This is the attendance as recorded. Correct it if needed and press Save to record it again.
   *[no] Filled in from the members' answers. Check it, correct it if needed and press Save.
}
meeting-sec-mark = { $status ->
    [present] ✅
    [online] 🖥
    [absent_with_reason] 📝
   *[absent_without_reason] ❌
}
meeting-sec-attendance-line = { $number }. { $mark } { $name }: { $status ->
    [present] present
    [online] joined online
    [absent_with_reason] absent with a reason ({ $hasReason ->
        [yes] { $reason }
       *[no] no reason written yet
    })
   *[absent_without_reason] absent without a reason
}
meeting-sec-attendance-empty = No member is on the attendance list.
meeting-sec-attendance-summary = { $listed } listed members: { $present } present{ $online ->
    [0] {""}
   *[other] {" "}({ $online } online)
}, { $excused } absent with a reason, { $unexcused } absent without a reason.
meeting-sec-attendance-help = Press a member's number to change it: present → { $pilot ->
    [yes] joined online → {""}
   *[other] {""}
}absent with a reason → absent without a reason. Members exempted from activities are not listed.
meeting-sec-button-save = Save attendance
meeting-sec-button-print = Print the attendance list (PDF)
meeting-sec-print-caption = Attendance list of the meeting on { $when }, to attach to the minutes and sign.
meeting-sec-print-unavailable = { $outcome ->
    [cancelled] This meeting was cancelled, so it has no attendance list.
   *[not-recorded] The attendance of this meeting is not recorded yet. Press "Save attendance" first, then print.
}
meeting-sec-attendance-reason-missing = No reason is written for: { $names }. Press their number to write one, or mark them absent without a reason. Nothing was saved.
meeting-sec-attendance-refused = { $reason ->
    [not-listed] The member list has changed, so nothing was saved. Please open the attendance again from /meeting.
    [cancelled] This meeting was cancelled, so no attendance was saved.
    [not-started] The meeting has not begun, so attendance cannot be recorded yet.
   *[other] The attendance was not saved. Please open it again from /meeting.
}
meeting-sec-attendance-saved = { $correction ->
    [yes] Attendance recorded again ({ $changed } lines changed).
   *[no] Attendance recorded.
} { $listed } listed members: { $present } present, { $excused } absent with a reason, { $unexcused } absent without a reason.

meeting-sec-reason-answer = { $reason ->
    [working_away] Working away from home
    [ill] Ill
    [family] Family matters
    [on_duty] On duty elsewhere
   *[other] Other reason
}
meeting-sec-reason-arrangement = { $because ->
    [temporary-exemption] Temporarily exempted from activities
   *[temporary-transfer] On a temporary transfer of party activities
}
