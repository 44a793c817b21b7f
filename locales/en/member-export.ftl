## homecell member export: everything held about one member, as a readable PDF

member-export-title = What homecell holds about comrade { $name }
member-export-subtitle = Party card { $card }, { $cell }. Exported { $date } ({ $zone } time).
member-export-intro = This document lists all the data homecell holds about the member: the record, what they submitted, the cell's decisions, the messages (without their text) and the audit trail. The JSON file beside it holds the same data in machine-readable form.
member-export-none = (none)
member-export-entry = Entry { $number }
member-export-section = { $section ->
    [member] The member's record
    [chatIdentities] Connected chat accounts
    [invites] Invite codes
    [absences] Time away
    [checkIns] Monthly check-ins (with earlier versions)
    [feePayments] Party fee declarations
    [feeArrangements] Late/advance fee payment allowed
    [reviews] Year-end reviews
    [requests] Difficulties and leave requests
    [decisions] The cell's decisions about the member
    [sessions] Chat sessions (forms in progress)
    [notifications] Messages and reminders (keys, kinds, status and dates only, no text)
    [auditEvents] Audit trail about the member
   *[other] { $section }
}
member-export-field = { $field ->
    [id] Number
    [fullName] Full name
    [cardNumber] Party card no.
    [birthYear] Year of birth
    [cell] Cell
    [role] Role
    [officerUnit] Unit served (committee officer)
    [status] Status
    [locale] Language
    [timezone] Time zone
    [monthlyFeeVnd] Monthly party fee (VND)
    [reachable] Reachable by the bot
    [preferredHourFrom] Reminders from (hour)
    [preferredHourTo] Reminders until (hour)
    [reminderChannel] Reminders via
    [recordedSince] On the cell's records since
    [createdAt] Recorded at
    [updatedAt] Last changed
    [channel] Channel
    [externalId] Account id on the channel
    [boundAt] Connected at
    [createdById] Issued by
    [expiresAt] Expires at
    [usedAt] Used at
    [usedBy] Used from account
    [kind] Kind
    [place] Destination
    [countryCode] Country
    [mobile] Mobile work
    [organisationThere] Party organisation there
    [startsOn] From
    [expectedEndOn] Expected until
    [endedOn] Returned on
    [arrangement] Arrangement
    [reason] Reason
    [applicationStatus] Decision
    [decidedById] Decided by
    [decidedAt] Decided at
    [decisionNote] The cell's note
    [returnReport] Return report
    [returnReportFileId] Confirmed self-review file (file id)
    [returnedAt] Return reported at
    [month] Month
    [answers] Answers
    [revision] Revision
    [revisions] Earlier versions
    [submittedAt] Submitted at
    [amountMinor] Amount (in the currency's smallest unit, e.g. cents)
    [currency] Currency
    [method] Method
    [receiptFileId] Receipt (file id)
    [declaredAt] Declared at
    [confirmedById] Confirmed by
    [confirmedAt] Confirmed at
    [disputeReason] Dispute reason
    [months] Months
    [firstMonth] From month
    [lastMonth] To month
    [note] Note
    [year] Year
    [sections] Self-review
    [workplaceCommentText] Workplace comment
    [workplaceCommentFileId] Comment file (file id)
    [selfRating] Self-rating
    [cellRating] Cell's rating
    [cellComment] Cell's comment
    [ratedById] Rated by
    [ratedAt] Rated at
    [text] Text
    [handledById] Contacted by
    [handledAt] Contacted at
    [unit] Deciding unit
    [subjectType] Record
    [subjectId] Record number
    [outcome] Outcome
    [key] Key
    [value] Data
    [dueAt] Due at
    [sentAt] Sent at
    [attempts] Attempts
    [to] Sent to
    [actorId] Done by
    [actorLabel] Done by (as recorded)
    [action] Action
    [entity] Record type
    [entityId] Record number
    [before] Before
    [after] After
    [at] At
   *[other] { $field }
}
member-export-value = { $value ->
    [telegram] Telegram
    [zalo] Zalo
    [late] Late payment
    [advance] Advance payment
    [difficulty] Difficulties
    [leave] Thinking of leaving the Party
    [open] Waiting for the cell
    [contacted] Contacted
    [closed] Closed
    [pending] Waiting
    [queued] Queued
    [sending] Sending
    [sent] Sent
    [failed] Failed
    [cancelled] Cancelled (no longer needed)
    [member] The member
    [cell] The cell secretary
    [message] Message
    [nudge] Reminder
    [alert] Alert to the cell
    [digest] Daily digest
    [item] Item of a reminder
    [digest-item] Item of a digest
   *[other] { $value }
}
