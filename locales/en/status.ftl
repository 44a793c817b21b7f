## My standing (/status)

status-header = Standing of { $name } at { $now }:
status-checkin =
    { $state ->
        [done] ✅ Checked in for { $month }.
        [due] ⏳ Not checked in for { $month } yet; due by { $deadline }. Send /checkin.
        [exempt] ▫️ { $month }: you are exempted from Party work and activities, so no check-in is needed.
        [leaving-month] ▫️ { $month } is the month you left, so no check-in is needed yet; monthly check-ins start next month.
       *[optional] ▫️ No check-in for { $month } (you are at home, so it is optional).
    }
status-checkin-missed = ⚠️ { $count } months in a row without a check-in.
status-fees-clear = ✅ Party fee { $year }: every month due is paid and confirmed by the cell.
status-fees-unpaid =
    ⚠️ Party fee { $year }: { $count } unpaid months ({ $months }).{ $stage ->
        [alert-secretary] {" "}One more and the cell may have to consider removal; please pay now and send /fee.
        [eligible-for-removal-review] {" "}The cell must now consider removal; please contact the cell secretary at once.
       *[other] {" "}Send /fee once you have paid.
    }
status-fees-declared =
    ⏳ Party fee { $year }: { $unpaid ->
        [0] no month past due is unpaid;{" "}
       *[other] {""}
    }{ $count ->
        [one] { $count } month you declared is waiting for the cell to confirm it
       *[other] { $count } months you declared are waiting for the cell to confirm them
    } ({ $months }).
status-fees-this-month = ▫️ Party fee for { $month }: not paid yet; due by { $deadline }.
status-absence =
    { $kind ->
        [abroad] 🌏 Abroad
       *[domestic] 🧳 Away for work
    } since { $since }: { $arrangement ->
        [seasonal] seasonal work
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
        [official_transfer] official transfer
       *[other] no application for an exemption or a transfer yet
    }{ $application ->
        [submitted] {" "}(waiting for the cell's decision)
        [proposed] {" "}(proposed by the cell, waiting for the committee's decision)
        [approved] {" "}(approved)
        [rejected] {" "}(not approved)
       *[other] {""}
    }.
status-absence-no-arrangement =
    ❗ This stay has no application yet. { $kind ->
        [abroad] Abroad, you need to apply for a temporary exemption from activities, or an official transfer if you stay long-term.
       *[domestic] You need to apply for a temporary transfer of your activities if you stay where there is a party organisation, or a temporary exemption if your work moves around or there is none.
    } This stay is already on record, so /away cannot file it again: send /help_me and tell the cell secretary which one you apply for and why; the cell records the application and decides.
status-absence-upcoming =
    { $kind ->
        [abroad] 🌏 Going abroad
       *[domestic] 🧳 Leaving to work away
    } on { $since }: { $arrangement ->
        [seasonal] short-term work
        [temporary_transfer] temporary transfer of activities
        [temporary_exemption] temporary exemption from activities
        [official_transfer] official transfer of activities
       *[other] no arrangement yet
    }{ $application ->
        [submitted] {" "}(waiting for the cell's decision)
        [proposed] {" "}(proposed by the cell, waiting for the committee's decision)
        [approved] {" "}(approved)
       *[other] {""}
    }. Until that day you take part in the cell as at home. To withdraw the application or cancel the departure: /away.
status-full-exemption = ▫️ You are exempted from Party work and activities ({ $reason ->
        [age] old age
        [health] poor health
       *[other] by the committee's decision
    }) from { $since }{ $until ->
        [none] {""}
       *[other] {" "}to { $until }
    }: no monthly check-in and no written review; you still pay the party fee as required.
status-exemption-end =
    { $lapsed ->
        [yes] ❗ Your exemption ended on { $date }. Ask the cell secretary to renew it, or send /back if you are home.
       *[other] ▫️ Exempted until { $date } ({ $days } days left).
    }
status-transfer-overdue = ❗ You have been abroad { $months } months without an official transfer; please contact the cell secretary.
status-review =
    { $status ->
        [exempt] ▫️ Review { $year }: not rated (exempted).
        [not-open] ▫️ Review { $year }: opens on { $opens }.
        [not-started] ⏳ Review { $year }: not submitted; due by { $due }. Send /review.
        [draft] ⏳ Review { $year }: draft saved, not submitted; due by { $due }. Send /review.
        [submitted] ✅ Review { $year }: submitted, waiting for the cell's rating.
        [rated] ✅ Review { $year }: rated by the cell.
        [absent-rate-later] ✅ Review { $year }: submitted; the cell will give you a catch-up rating.
       *[missed] ❗ Review { $year }: the deadline passed without a submission; please contact the cell secretary.
    }
status-meeting-next = 📅 Cell meeting: { $time } on { $day }{ $zoneDiffers ->
        [yes] {" "}({ $ownTime } on { $ownDay } where you are)
       *[other] {""}
    }, at { $place }.{ $online ->
        [yes] {" "}Online: { $link }
       *[other] {""}
    } { $answer ->
        [attending] You said you will attend.
        [not_attending] You said you cannot attend; the cell has your reason. Changed your mind? Send /attend.
        [excused] You are on a temporary exemption, so you need not attend; you are welcome if you can.
       *[none] You have not said whether you can attend: send /attend.
    }
status-meeting-none = ▫️ Cell meeting: the cell has not scheduled the next one yet.
status-meeting-absences = { $stage ->
        [removal-review] ❗
        [alert-secretary] ⚠️
       *[other] ▫️
    } { $year }: absent from { $count ->
        [one] one cell meeting
       *[other] { $count } cell meetings
    } without a reason.{ $stage ->
        [removal-review] {" "}Under the Party Statute the cell will review your case; please contact the cell secretary now.
        [alert-secretary] {" "}One more and the cell must consider removing you from the rolls. When you cannot attend, send /attend and give the reason.
       *[other] {" "}When you cannot attend, send /attend and give the reason, so you are recorded as absent with a reason.
    }
status-next =
    Next deadline: { $kind ->
        [check-in] monthly check-in
        [fee] this month's party fee
        [exemption-end] end of your exemption
        [return-report] return report
       *[review] self-review
    }, { $at }.
status-next-none = No deadline coming up.
