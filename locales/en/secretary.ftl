## /pending: what awaits the cell

sec-pending-header = Awaiting the cell: { $count } (oldest first). { $buttons ->
        [no] Reply with an item's number to read it and decide.
       *[yes] Press an item's number to read it and decide.
    }
sec-pending-empty = Nothing awaits the cell.
sec-pending-line = { $number }. { $kind } · { $name } · { $since }
sec-pending-page = Page { $page }/{ $pages }
sec-pending-kind = { $kind ->
    [application] { $detail ->
        [temporary_exemption] Exemption application
        [temporary_transfer] Temporary transfer
       *[official_transfer] Official transfer
    }
    [fee] Fee declaration
    [review] { $detail ->
        [absent] Catch-up rating (absent)
       *[other] { $detail } self-review
    }
   *[request] { $detail ->
        [leave] Thinking of leaving the Party
       *[difficulty] Reports difficulties
    }
}
sec-button-previous = ‹ Previous
sec-button-next = Next ›

## Where a channel has no buttons: the choices as numbered replies
desk-footer-numbered = Reply with one of the numbers above to choose.

## An opened item

sec-application-title = { $arrangement ->
    [temporary_exemption] Application for temporary exemption from party activities
    [temporary_transfer] Request for a temporary transfer of party activities
   *[official_transfer] Request for an official transfer of party activities
} from { $name }
sec-field-destination = Destination: { $place } ({ $country })
sec-field-period = Period: from { $from } to { $until }
sec-field-mobile = Mobile work: { $mobile ->
    [yes] yes
   *[no] no
}
sec-field-organisation = Party organisation there: { $value ->
    [yes] yes
    [no] no
   *[unknown] not known
}
sec-field-reason = Reason: { $reason }
sec-field-filed = Filed: { $at }
sec-field-sent = Sent: { $at }
sec-field-submitted = Submitted: { $at }
sec-fee-title = Party fee declared by { $name }
sec-field-months = Months: { $months }
sec-field-amount = Amount declared: { $amount }
sec-field-expected = At the monthly rate: { $monthly } × { $count } months = { $expected }
sec-field-method = Method: { $method }
sec-field-declared = Declared: { $at }
sec-fee-receipt = Receipt photo sent by comrade { $name }
sec-review-title = { $year } self-review of { $name }
sec-review-rate-later-note = This member was absent from the review meeting; the cell rates them now.
sec-review-workplace-file = Workplace or local authority comment sent by { $name }
sec-review-choose = Choose the cell's rating (then write its comment):
sec-request-title = { $kind ->
    [leave] { $name } is thinking of leaving the Party. Please contact them soon and encourage them.
   *[difficulty] { $name } reports difficulties.
}
sec-file-unavailable = Could not send the file the member sent: homecell no longer has it (it may have been sent before homecell kept files, and has expired on Telegram). Please ask the member to send it again.
# Names of the files sent to the secretary: lower case, no accents, words joined by -.
sec-file-name-receipt = receipt
sec-file-name-workplace-comment = workplace-comment
sec-button-approve = ✅ Approve
sec-button-reject = ✖️ Reject (give a reason)
sec-button-confirm = ✅ Confirm as paid
sec-button-dispute = ⚠️ Dispute (give a reason)
sec-button-later = Absent, rate later
sec-button-contacted = 📞 Contacted (add a note)
sec-button-fee-late = Allow paying late for the exempt months
sec-button-fee-advance = Allow paying in advance for the exempt months

## The typed reason, comment or note

sec-prompt-reject = Send the reason for rejecting { $name }'s application (at most { $max } characters). The member will be told the reason. Send /cancel to stop.
sec-prompt-dispute = Send the reason for not confirming { $name }'s party fee (at most { $max } characters). The member will be told the reason. Send /cancel to stop.
sec-prompt-rate = Rating “{ $rating }” for { $name }. Send the cell's comment (at most { $max } characters). Send /cancel to stop.
sec-prompt-contacted = Send a note on your contact with { $name } (at most { $max } characters); it stays in the cell's records only. Send /cancel to stop.
sec-prompt-empty = That was empty. Please send it as text (at most { $max } characters), or /cancel to stop.
sec-prompt-too-long = Too long ({ $length } characters, at most { $max }). Please shorten it and send again, or /cancel to stop. Nothing was saved.
sec-prompt-text-only = Please send it as text, or /cancel to stop.
sec-prompt-cancelled = Stopped. Nothing was changed.
sec-prompt-expired = This prompt has expired, so nothing was changed. Send /pending to start again.

## Outcomes

sec-done-approved = ✅ Approved the { $arrangement ->
    [temporary_exemption] temporary exemption
    [temporary_transfer] temporary transfer
   *[official_transfer] official transfer
} of { $name }. The member will be told.
sec-done-rejected = Recorded: { $arrangement ->
    [temporary_exemption] the exemption application
    [temporary_transfer] the temporary transfer
   *[official_transfer] the official transfer
} of { $name } is rejected. The member will be told with the reason.
sec-offer-fee-arrangement = If the cell allows this member to pay the party fee late or in advance during the exemption, choose below (never beyond the exemption):
sec-done-confirmed = ✅ Confirmed the party fee of { $name } for { $months }.
sec-done-disputed = Recorded: the party fee of { $name } for { $months } is disputed. The member will be told the reason.
sec-done-rated = ✅ Rated { $name } for { $year }: { $rating }.
sec-done-later = Recorded: { $name } was absent and will be rated for { $year } later. It stays in /pending.
sec-done-contacted = ✅ Recorded your contact with { $name }.
sec-done-fee-arrangement = ✅ { $name } may pay the party fee { $kind ->
    [late] late
   *[advance] in advance
} for the months from { $from } to { $to }. The member will be told.
sec-already-decided = This was already handled (perhaps by another member of the cell committee). Nothing was changed.
sec-review-member-exempt = This member is fully exempted from party work and activities (old age or poor health), so is not rated. Nothing was changed.
sec-arrangement-refused = Cannot allow late or advance payment: { $reason ->
    [no-exemption] the member has no approved exemption in force.
    [already-arranged] a late or advance payment was already allowed for these months.
    [outlasts-exemption] it would last beyond the exemption.
    [too-long] it would be longer than the policy allows.
   *[ends-before-start] the period is not valid.
} Nothing was changed.

## Finding a member by name or card number

sec-lookup-usage = { $purpose ->
    [invite] Send /invite with a party card number or a name, e.g. /invite Lê Văn Minh
    [unlink] Send /unlink with a party card number or a name, e.g. /unlink Lê Văn Minh
    [exempt] Send /full_exemption with a party card number or a name, e.g. /full_exemption Phan Văn Thọ
    [review] Send /export with a name or card number (and a year if needed), e.g. /export Lê Văn Minh 2026
   *[record] Send /member with a party card number or a name, e.g. /member Lê Văn Minh
}
sec-lookup-none = No member “{ $query }” among the members you are responsible for. Please check the name or card number.
sec-lookup-ambiguous = { $count } members match. Choose the right one:

## /members and /member

sec-roster-header = { $cell }: { $count } members, { $away } working away now{ $fullyExempt ->
    [0] {""}
   *[other] , { $fullyExempt } fully exempted from work and activities
}.
sec-roster-line = { $number }. { $name } · { $status } · { $notes }
sec-roster-all-clear = all in order
sec-roster-checkin = { $done ->
    [yes] checked in for { $month }
   *[no] no check-in for { $month }
}
sec-roster-checkin-late = { $month } check-in filed late
sec-roster-unpaid = { $count } months unpaid
sec-roster-absent = { $count } meetings missed without a reason
sec-roster-contact-lost = no contact for { $months } months
sec-roster-exemption = { $lapsed ->
    [yes] exemption ended on { $until }
   *[no] exempt until { $until }
}
sec-roster-full-exemption = fully exempted from work and activities from { $from }{ $until ->
    [none] {""}
   *[other] {" "}to { $until }
}
sec-roster-upcoming = leaves to work away on { $from }
sec-roster-not-connected = not connected to the bot
sec-roster-unreachable = messages cannot reach them
sec-roster-footer = One member's record: /member name or card number. Who is late on what: /overdue.
sec-record-title = Record of { $name } (card { $card })
sec-record-identity = { $cell } · { $role } · { $status } · born { $birthYear }
sec-record-contact = Bot: { $connected ->
    [yes] connected
   *[no] not connected
} · reachable: { $reachable ->
    [yes] yes
   *[no] no
} · { $language } · { $zone } · fee { $fee }/month
sec-record-standing = { $month }: check-in { $checkin ->
    [done] done
    [due] not yet
   *[not-required] not required
} · { $missed } months in a row without check-in · { $unpaid } months unpaid · review: { $review }
sec-record-meetings = Cell meetings in { $year }: absent without a reason { $count } times ({ $days })
sec-record-removal = ⚠️ Eligible for removal review: { $ground ->
    [meetings] { $absences } meetings missed this year without a good reason
    [both] { $unpaid } months of fees unpaid and { $absences } meetings missed this year without a good reason
   *[fees] { $unpaid } months of fees unpaid this year without a good reason
}. The cell reviews it and proposes; the committee decides.
sec-record-none = (none)
sec-record-absences = Working away:
sec-record-full-exemptions = Full exemption from party work and activities (no review, no monthly check-in):
sec-record-full-exemption = • { $reason }: from { $from } to { $until } · decided by: { $by }
sec-record-absence = • { $kind ->
    [domestic] In Vietnam
   *[abroad] Abroad
}, { $place }: { $arrangement ->
    [seasonal] seasonal
    [temporary_transfer] temporary transfer
    [temporary_exemption] temporary exemption
    [official_transfer] official transfer
   *[none] no arrangement recorded
} ({ $application ->
    [not_required] no decision needed
    [submitted] awaiting decision
    [approved] approved
    [rejected] rejected
   *[withdrawn] withdrawn
}), from { $from } to { $until }, returned { $ended }
sec-record-decisions = The cell's decisions:
sec-record-decision = • { $at } · { $kind }: { $outcome } · { $by } · { $reason }
sec-record-checkins = Monthly check-ins (last 12 months):
sec-record-checkin = • { $month }: { $done ->
    [yes] ✓ { $place }
    [late] ✓ { $place } (filed late)
   *[no] —
}
sec-record-fees = Party fee this year by month:
sec-record-fee = • { $month }: { $state } { $amount }
sec-record-arrangement = • Allowed to pay { $kind ->
    [late] late
   *[advance] in advance
} from { $from } to { $to }
sec-record-reviews = Year-end reviews:
sec-record-review = • { $year }: { $status } · self-rating: { $self } · cell's rating: { $cell }
sec-record-requests = Requests and difficulties:
sec-record-request = • { $at } · { $kind ->
    [leave] asked to leave
   *[difficulty] difficulties
} ({ $status ->
    [open] to contact
    [contacted] contacted
   *[closed] closed
}): { $text } · note: { $note }
sec-record-audit = Audit trail (last 20 events):
sec-record-audit-line = • { $at } · { $actor } · { $action }

## /overdue

sec-overdue-none = { $cell }: no member is late on anything.
sec-overdue-header = { $cell }: { $count } members need attention (most at risk first):
sec-overdue-member = { $number }. { $name } (card { $card })
sec-overdue-reason = { $reason ->
    [removal-review] { $ground ->
        [meetings] Absent from { $absences } cell meetings in { $year } without a reason ({ $days }): eligible for the cell's removal review. Get in touch now.
        [both] { $unpaid } months unpaid this year ({ $months }) and absent from { $absences } cell meetings without a reason ({ $days }): eligible for the cell's removal review. Get in touch now.
       *[fees] { $unpaid } months unpaid this year ({ $months }): eligible for the cell's removal review. Get in touch now.
    }
    [two-unpaid] { $unpaid } months unpaid ({ $months }): one more and the member is eligible for removal review.
    [two-absences] Absent from { $absences } cell meetings without a reason ({ $days }): one more and the member is eligible for removal review.
    [absence-lapsed] The absence or exemption ended on { $ended } with neither return nor renewal recorded.
    [no-contact] No check-in for { $missed } months in a row: contact lost.
    [official-transfer-overdue] Abroad for { $away } months without an official transfer.
   *[one-unpaid] { $unpaid } month unpaid ({ $months }).
}
sec-overdue-footer = A member's record: /member name. A new invite: /invite name.

## /invite

sec-invite-issued = Invite code for { $name }: { $code }
    { $link ->
        [none] The member sends this code to the cell's bot on Zalo.
       *[other] Link: { $link }
    }
    Valid until { $expires }; it can be used once. Send this { $link ->
        [none] code
       *[other] link
    } to the member privately.{ $connected ->
        [yes] { " " }Note: the member is connected from another account; the code works only once that old connection is removed with /unlink { $card }.
       *[no] { "" }
    }
sec-invite-inactive = { $name } is no longer active in the cell, so no invite was issued.
sec-invite-tried = ⚠️ Someone just tried { $state ->
        [used] an already used
       *[expired] an expired
    } invite code of comrade { $member } to connect to homecell. The code is no longer valid, so it connected no account.
    { $state ->
        [used] The code or its link may have been passed on to someone else; please check with the member.
       *[expired] If the member still needs to connect, issue a new code: /invite name.
    } (You are told at most once every { $minutes } minutes.)

## /unlink: a member changed phone or account

sec-unlink-confirm = Remove the homecell connection of comrade { $name } (card { $card }) from the Telegram account they use now (connected since { $since })?
    The old account will no longer reach the bot with this record, and will be told so. Then issue a new invite so the member can connect from the new account.
sec-unlink-button-confirm = ✅ Remove the old connection
sec-unlink-button-cancel = No, keep it
sec-unlink-button-invite = 🔑 Issue a new invite
sec-unlink-done = ✅ The old connection of comrade { $name } is removed; the old account will be told. { $buttons ->
        [no] Choose below to issue the member a new invite.
       *[yes] Press the button below to issue the member a new invite.
    }
sec-unlink-cancelled = Cancelled. Nothing was changed.
sec-unlink-stale = This connection has changed (another member of the cell committee may have removed it, or the member connected again). Nothing was changed; send /unlink again if it is still needed.
sec-unlink-not-connected = Comrade { $name } is not connected to homecell from any account, so there is nothing to remove. You can issue an invite now:
sec-unlink-self = You cannot remove your own connection from the account you are using. If you changed phone, ask the cell's other secretary or deputy, or an administrator, to remove it.

## /export

sec-export-done = Sent { $count } files. Every export is recorded in the audit trail.
sec-export-no-review = { $name } has no submitted self-review for { $year }.
sec-export-too-large = { $unit } ({ $code }) has { $members } members, more than { $limit }, so its record book cannot be sent in chat.
    See its figures with /stats { $code }. The full record book is exported on the server by an administrator:
    homecell report { $code } --format xlsx --out { $code }.xlsx

## The cell's proposal of an application to the level that decides (issue 11 §3)

sec-button-propose = 📝 The cell proposes it (with its resolution)
sec-button-decline = ✖️ The cell does not propose it (with a reason)
sec-prompt-propose = Write the cell's resolution proposing the application of { $name } (its number, date and gist; at most { $max } characters). The application then goes to the committee that decides. Send /cancel to stop.
sec-done-proposed = ✅ The cell's proposal is recorded and { $unit } will decide the { $arrangement ->
        [temporary_exemption] temporary exemption
        [temporary_transfer] temporary transfer
       *[official_transfer] official transfer
    } of { $name }. They will be told; the cell is told when the committee decides.
sec-application-proposes-to = By the rules, { $level ->
        [grassroots] the grassroots party committee
        [district] the district party committee
       *[province] the provincial party committee
    } decides this: the cell meets, passes a resolution, and records its proposal here.
sec-application-refused = Not done: { $reason ->
        [committee-decides] a committee above the cell decides this; the cell records its proposal (open the application again in /pending).
        [cell-decides] by the rules, the cell decides this itself.
        [no-deciding-unit] no committee above the cell is on record to receive the proposal; ask the administrator to import the units file with the units above it.
       *[not-an-application] this needs no decision.
    } Nothing was changed.
sec-renewal-title = Renewal of the { $arrangement ->
        [temporary_exemption] temporary exemption from party activities
       *[temporary_transfer] temporary transfer of party activities
    } of { $name }
sec-field-renews = Renews the period that ends on { $endsOn }
sec-field-proposal = The cell proposed it to { $unit } at { $at }: { $note }
sec-field-more-asked = { $unit } asked for more information at { $at }: { $question }

## The end of an absence recorded by the cell (/end_absence)

sec-end-absence-usage = Send /end_absence, the member's name or party card number, then the end date. For example: /end_absence Lê Văn Minh 15/03/2027. A date up to today records that they are back; a later date makes the absence end earlier.
sec-end-absence-ended = ✅ Recorded: { $name } ended their absence and is back with the home cell from { $day }. They are reminded to send their return report.{ $arrangements ->
        [0] {""}
       *[other] {" "}Late/advance fee payment was shortened to fit the exemption ({ $arrangements }).
    }
sec-end-absence-shortened = ✅ Recorded: the absence of { $name } now ends on { $day }.{ $arrangements ->
        [0] {""}
       *[other] {" "}Late/advance fee payment was shortened to fit the exemption ({ $arrangements }).
    }
sec-end-absence-refused = Not recorded for { $name }: { $reason ->
        [no-open-absence] they have no absence in force.
        [before-departure] the end date is before the departure.
        [not-earlier] this date is not earlier than the current end; to extend it, the member applies for a renewal (/renew).
       *[bad-date] the date is not valid.
    } Nothing was changed.
sec-full-exemption-ask = Record the grassroots committee's decision to exempt comrade { $name } from party work and activities (from today). Record it only once the committee has decided. Choose the reason:
sec-full-exemption-button-age = 👴 Old age
sec-full-exemption-button-health = 🏥 Poor health
sec-full-exemption-button-end = ↩️ The committee ended the exemption
sec-full-exemption-recorded = ✅ Recorded: comrade { $name } is exempted from party work and activities from { $from } ({ $reason ->
        [age] old age
       *[health] poor health
    }). From now on they need not check in monthly and are not reviewed or rated; they still pay the party fee as required. The member will be told.
sec-full-exemption-already = That member is already exempted from party work and activities; nothing was added. To end it, choose “The committee ended the exemption”.
sec-full-exemption-ended = ✅ Recorded: comrade { $name } is no longer exempted from party work and activities (exempted until { $until }). From today they take part and check in like other members. The member will be told.
sec-full-exemption-not-exempt = That member is not exempted from party work and activities, so there is nothing to end.
