## Monthly check-in (/checkin)

checkin-title = monthly check-in
checkin-ask-month = You have not checked in for { $month }. You can still send that month's check-in late until the end of { $until } (the cell records it as late). Which month is this check-in for?
checkin-label-month = Month
checkin-month-late = { $month } (late)
checkin-month-current = { $month } (this month)
checkin-ask-place = Where are you this month? (province or city; if abroad, the city and country)
checkin-label-place = Place
checkin-same-place = Still in: { $value }
checkin-ask-work = What work are you doing, and for whom (company, employer)? Optional.
checkin-label-work = Work
checkin-ask-health = How is your health this month?
checkin-label-health = Health
checkin-health-good = Good
checkin-health-fair = Fair
checkin-health-poor = Not good
checkin-ask-difficulty = Are you facing any difficulty?
checkin-label-difficulty = Difficulty
checkin-difficulty-none = None
checkin-difficulty-work = Work
checkin-difficulty-money = Income, money
checkin-difficulty-family = Family
checkin-difficulty-health = Health
checkin-difficulty-papers = Papers, procedures
checkin-difficulty-other = Something else
checkin-ask-difficulty-details = Tell us more about that difficulty, so the cell knows and can help.
checkin-label-difficulty-details = Details
checkin-ask-call = Would you like the cell secretary to call you?
checkin-label-call = Secretary to call
checkin-ask-photo = Send a photo if you like (your workplace, where you live...). Optional.
checkin-label-photo = Photo
checkin-ack =
    { $revision ->
        [1] Your check-in for { $month } is recorded.
       *[other] Your check-in for { $month } is updated (version { $revision }); the earlier one is kept.
    } Reference: { $reference }.{ $call ->
        [yes] {" "}The cell secretary will call you.
       *[other] {""}
    }
checkin-ack-late = Your check-in for { $month } is recorded as late; the cell counts that month as one in which you kept in touch.
checkin-refused-month-closed = The check-in for { $month } is closed and can no longer be sent. Check in for this month with /checkin.
checkin-refused-month-not-open = This month's check-in is not open yet. Please come back later.
checkin-refused-invalid-month = The month to report could not be worked out. Send /cancel and start again with /checkin.
checkin-call-requested =
    📞 { $name } would like the secretary to call (check-in for { $month }). Now in: { $place }.{ $difficulty ->
        [none] {""}
        [work] {" "}Difficulty: work.
        [money] {" "}Difficulty: income, money.
        [family] {" "}Difficulty: family.
        [health] {" "}Difficulty: health.
        [papers] {" "}Difficulty: papers, procedures.
       *[other] {" "}Another difficulty.
    } { $details }
