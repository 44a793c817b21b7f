## The attendance list that goes with the minutes of a cell meeting (PDF; src/records/exports/meeting-minutes.ts)
meeting-minutes-title-line = Cell meeting attendance - { $cell } - { $date }
meeting-minutes-dated = Date: { $date }
meeting-minutes-title = ATTENDANCE AT THE CELL MEETING
meeting-minutes-subtitle = (Annex to the minutes of the cell meeting)
meeting-minutes-cell = Party cell: { $cell }
meeting-minutes-when = Time: { $when }
meeting-minutes-place = Place: { $place }
meeting-minutes-listed = Members of the cell on the list: { $count }
meeting-minutes-count-present = - Present: { $count }
meeting-minutes-count-excused = - Absent with a reason: { $count }
meeting-minutes-count-unexcused = - Absent without a reason: { $count }
meeting-minutes-present = I. PRESENT ({ $count })
meeting-minutes-absent-with-reason = II. ABSENT WITH A REASON ({ $count })
meeting-minutes-absent-without-reason = III. ABSENT WITHOUT A REASON ({ $count })
meeting-minutes-not-recorded = IV. ATTENDANCE NOT RECORDED ({ $count })
meeting-minutes-nobody = Nobody
meeting-minutes-online = { $name } (online)
meeting-minutes-name-reason = { $name } - reason: { $reason }
meeting-minutes-sign-secretary = SECRETARY OF THE MEETING
meeting-minutes-sign-on-behalf = ON BEHALF OF THE CELL
meeting-minutes-sign-chair = CHAIR

## An absence reason stored as a code (the invitation's choices, or an exemption or temporary transfer)
meeting-reason = { $reason ->
    [working_away] working away
    [ill] ill
    [family] family matters
    [on_duty] on duty elsewhere
    [temporary-exemption] temporarily exempted from activities
    [temporary-transfer] on a temporary transfer
   *[other] another reason
}

## homecell meetings --minutes
cli-meetings-minutes-needs-out = --minutes needs --out <file.pdf> to write the attendance list to
cli-meetings-minutes-not-a-number = --minutes: "{ $value }" is not a meeting's number (see the numbers in homecell meetings { $code } --json)
cli-meetings-minutes-unknown = cell { $code } has no meeting number { $id }
cli-meetings-minutes-cancelled = meeting { $id } was cancelled: it has no attendance list
cli-meetings-minutes-not-recorded = meeting { $id } has no attendance recorded yet
cli-meetings-minutes-cannot-write = --out: cannot write { $file } ({ $detail })
cli-meetings-minutes-written = { $file }: attendance list of the meeting on { $when }, { $cell }

## The record book's meeting sheet (member by month)
export-sheet-meetings = Cell meetings { $year }
export-col-meeting-unexcused = Absences without a reason in the year
export-col-meeting-legend = Key: P present; E (reason) absent with a reason; U absent without a reason; blank: no meeting that month or not on the list
export-meeting-mark = { $status ->
    [present] P
    [absent_with_reason] E{ $reason ->
        [none] {""}
       *[other] {" "}({ $reason })
    }
   *[absent_without_reason] U
}
