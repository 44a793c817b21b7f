## The `homecell` admin command line
cli-no-cluster = DATA_DIR { $dir }: no homecell database in this directory (check DATA_DIR, or set DATABASE_URL; `homecell migrate` creates a new one here)

## homecell sweep
cli-sweep-at-invalid = --at: homecell cannot read “{ $text }” as a time; write 2026-12-20, 2026-12-20T09:00, 20/12/2026 09:00 (all three in HOME_TIMEZONE, { $zone }), or with an offset 2026-12-20T09:00:00+07:00
cli-sweep-dry-run-title = sweep as of { $at }, { $zone } (dry run: nothing written, nothing sent)
cli-sweep-would-send = { $count ->
    [0] no message would be sent
    [one] 1 message would be sent:
   *[other] { $count } messages would be sent:
}
cli-sweep-already-queued = { $count ->
    [one] 1 message already queued and due:
   *[other] { $count } messages already queued and due:
}
cli-sweep-held = { $count ->
    [one] 1 member with items held for their hours:
   *[other] { $count } members with items held for their hours:
}
cli-sweep-recipient = to { $name } (#{ $id }, { $locale })
cli-sweep-held-member = { $name } (#{ $id }) until { $until } ({ $reason })
cli-sweep-cannot-render = (cannot be rendered: { $problem })
cli-sweep-unreachable = { $members ->
    [one] 1 member cannot be reached
   *[other] { $members } members cannot be reached
}; { $items ->
    [one] 1 item
   *[other] { $items } items
} due to them now would not be sent:
cli-sweep-not-connected = { $members ->
    [one] 1 member
   *[other] { $members } members
} not connected (no chat account connected; issue an invite to connect them): { $items ->
    [one] 1 item
   *[other] { $items } items
}
cli-sweep-blocked = { $members ->
    [one] 1 member
   *[other] { $members } members
} blocked the bot (the secretary's daily digest names them): { $items ->
    [one] 1 item
   *[other] { $items } items
}
cli-sweep-done = sweep as of { $at }, { $zone }: { $counts }
cli-sweep-no-token = no BOT_TOKEN: the queued messages are sent by the running service
cli-sweep-delivery = delivery: { $delivered }

## homecell units
cli-units-empty = no units yet: import a units file with `homecell import <units.csv>`
cli-unknown-unit = unknown unit code { $code }
cli-units-counts = { $members ->
    [one] 1 member
   *[other] { $members } members
}{ $away ->
    [0] {""}
   *[other] , { $away } away
}

## homecell meetings
cli-meetings-not-a-cell = { $code } is not a cell: this command takes a cell's code
cli-meetings-title = Cell meetings in { $year }: { $cell }
cli-meetings-none = the cell has no meetings in { $year }
cli-meetings-line = • { $when } at { $place }: { $status ->
    [held] held
    [cancelled] cancelled
   *[scheduled] scheduled
}
cli-meetings-attendance = {"  "}{ $listed ->
    [one] 1 member listed
   *[other] { $listed } members listed
}: { $present } present, { $excused } absent with a reason, { $unexcused } absent without a reason
cli-meetings-absent-with-reason = {"  "}Absent with a reason: { $names }
cli-meetings-absent-without-reason = {"  "}Absent without a reason: { $names }
cli-meetings-not-recorded = {"  "}Attendance not recorded: { $names }
cli-meetings-name-reason = { $name } ({ $reason })

## homecell report
cli-report-progress = report
cli-report-progress-rows = rows

## homecell import
cli-import-bad-line = line { $line }: { $reasons }
cli-import-skipped-line = skipped line { $line }: { $reasons }
cli-import-refused = { $bad } of { $rows } rows in { $file } have errors; nothing was imported ({ $good ->
    [one] --skip-bad imports the other row
   *[other] --skip-bad imports the other { $good }
})
cli-import-refused-all = every row in { $file } has errors ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
}); nothing was imported, and no row is good enough to import with --skip-bad
cli-import-refused-dry-run = { $bad } of { $rows } rows in { $file } have errors (dry run)
cli-import-file = { $kind ->
    [units] units
    [attendance] meeting attendance
   *[members] members
} file { $file }: { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}{ $skipped ->
    [0] {""}
    [one] , 1 bad row skipped
   *[other] , { $skipped } bad rows skipped
}
cli-import-units = units: { $created } created, { $updated } updated ({ $moved } moved to another parent), { $unchanged } unchanged
cli-import-members = members: { $created } created, { $updated } updated, { $unchanged } unchanged
cli-import-absences = absences: { $opened } opened, { $updated } updated, { $ended } ended
cli-import-full-exemptions = full exemptions (old age, poor health): { $opened } recorded, { $updated } updated, { $ended } ended
cli-import-status-kept = { $count } removed, left or transferred members kept their status
cli-import-attendance = meeting attendance: { $recorded } recorded, { $updated } updated, { $unchanged } unchanged
cli-import-meetings-added = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
} homecell did not know added, as held
cli-import-dry-run-good = dry run: every row is good; nothing written
cli-import-progress-checking = checking
cli-import-progress-writing = writing
cli-import-progress-rows = rows
