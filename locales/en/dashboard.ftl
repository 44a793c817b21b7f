## The committee web dashboard (src/http/dashboard): sign-in, a unit's overview, a cell's roster, a member's record

dashboard-app-name = homecell: dashboard
dashboard-signed-in-as = Signed in: { $name }
dashboard-other-language = Tiếng Việt
dashboard-sign-out = Sign out
dashboard-home = My unit
dashboard-failed = This page could not be opened. Please try again in a few minutes.

## Sign-in with a single-use link from the bot (/dashboard) or from `homecell dashboard-link`

dashboard-sign-in-explain = Press the button below to open the dashboard. The link works once, for a few minutes.
dashboard-sign-in-button = Sign in
dashboard-sign-in-refused = { $outcome ->
    [used] This link was already used. Send /dashboard to the bot for a new one.
    [expired] This link has expired. Send /dashboard to the bot for a new one.
    [not-allowed] This account may no longer see the dashboard.
   *[invalid] This link is not valid. Send /dashboard to the bot for a new one.
}
dashboard-sign-in-rate-limited = Too many failed sign-ins from this address. Please try again in { $minutes } minutes.
dashboard-signed-out = You are signed out. Send /dashboard to the bot when you need to come back.
dashboard-not-signed-in = You are not signed in, or your session has expired. Send /dashboard to the bot for a sign-in link.
dashboard-cross-site = This request did not come from homecell's own page, so it was not carried out.
dashboard-not-allowed = The dashboard is for cell secretaries, deputy secretaries and committee officers.
dashboard-not-found = There is no such unit or member among those you may see.
dashboard-bad-period = The year or month in the address is not valid, or has not come yet.

## A unit's overview and its child units

dashboard-overview-heading = { $unit }: { $month }
dashboard-as-of = Figures for { $year }, as of { $asOf }.
dashboard-roster-link = The cell's members
dashboard-children-heading = Units below
dashboard-children-caption = Figures of the units below { $unit }, { $year }
dashboard-figures-heading = All figures
dashboard-trend-link = Check-in rate over the year
dashboard-trend-heading = { $unit }: monthly check-in rate, { $year }
dashboard-trend-caption = Monthly check-in rate of { $unit }, { $year }, each month as it stood at its end

## A cell's roster

dashboard-roster-heading = { $cell }: members, { $month }
dashboard-roster-caption = { $cell }: { $count } members
dashboard-col-number = No.
dashboard-col-checkin = Check-in { $month }
dashboard-col-unexcused-absences = Meeting absences without reason this year
dashboard-col-notes = Needs attention
dashboard-not-required = Not required
dashboard-note-removal-review = { $ground ->
    [fees] eligible for removal review (fees)
    [meetings] eligible for removal review (meetings missed)
   *[both] eligible for removal review (fees and meetings missed)
}
dashboard-note-contact-lost = no contact for { $months } months
dashboard-note-exemption-lapsed = temporary exemption lapsed
dashboard-note-exemption-until = temporarily exempted until { $until }
dashboard-note-transfer-overdue = abroad past the limit without an official transfer
dashboard-note-not-connected = not connected to the bot
dashboard-note-unreachable = the bot cannot reach them

## A member's record

dashboard-member-heading = Member's record: { $name }
dashboard-none = None.
dashboard-absences-heading = Working away
dashboard-checkins-heading = Monthly check-ins
dashboard-col-month = Month
dashboard-col-checked-in = Checked in
dashboard-checked-in-late = Yes (late)
dashboard-fees-heading = Party fee { $year }
dashboard-col-fee-state = State
dashboard-col-amount = Amount
dashboard-reviews-heading = Year-end reviews
dashboard-col-cell-rating = Cell's rating
dashboard-requests-heading = Difficulties and leave requests
dashboard-col-date = When
dashboard-col-request-kind = What
dashboard-col-request-status = State
dashboard-col-request-text = The member's words
dashboard-request-kind = { $kind ->
    [leave] Asks to leave the Party
   *[difficulty] Reports difficulties
}
dashboard-request-status = { $status ->
    [open] Awaiting contact
    [contacted] Contacted
   *[closed] Done
}

## /dashboard in the bot

dashboard-bot-link = Your sign-in link to the dashboard (works once, within { $minutes } minutes; do not pass it on):
    { $url }
dashboard-bot-not-allowed = The dashboard is for cell secretaries, deputy secretaries and committee officers.
