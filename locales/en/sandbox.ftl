## The sandbox web page's own words (sandbox-page-*): its chrome, not the bot's messages. The server hands them to
## the page as templates, a variable left as {name} for the page to fill; so these messages have no selectors.
sandbox-page-app-title = homecell · sandbox
sandbox-page-language = Ngôn ngữ / Language
sandbox-page-pick-title = Who do you want to be?
sandbox-page-pick-intro = This is a sandbox of homecell with a demo cell. Pick a member or the secretary and chat with the bot as them. Each browser tab can be a different person.
sandbox-page-loading = Loading…
sandbox-page-load-failed = Could not load the list. Is the sandbox server running? Please reload the page.
sandbox-page-role-secretary = Cell secretary
sandbox-page-role-deputy-secretary = Deputy secretary
sandbox-page-role-committee-officer = Committee officer
sandbox-page-role-member = Member
sandbox-page-status-active = Active
sandbox-page-status-away = Working away
sandbox-page-status-temporary-exemption = Temporarily exempted
sandbox-page-status-full-exemption = Fully exempted (age, health)
sandbox-page-status-transferred = Transferred out
sandbox-page-status-removed = Removed
sandbox-page-status-left = Moved away
sandbox-page-at-home = At home
sandbox-page-local-time = Their time: { $time } ({ $zone })
sandbox-page-sandbox = sandbox
# The demo units' names are Vietnamese and end in "(mẫu)", sample: English readers are told what it is.
sandbox-page-demo-cell = Demo cell: { $name }
sandbox-page-switch-person = Switch
sandbox-page-you-are = You are
sandbox-page-online = sandbox bot
sandbox-page-typing = typing…
sandbox-page-uploading = sending a file…
sandbox-page-placeholder = Message…
sandbox-page-send = Send
sandbox-page-attach = Send a photo or file
sandbox-page-commands = Bot commands
sandbox-page-commands-empty = The bot has no commands for this chat.
sandbox-page-empty-chat = No messages yet. Tap to begin:
sandbox-page-edited = edited
sandbox-page-photo = Photo
sandbox-page-unsupported = A “{ $kind }” message
sandbox-page-reconnecting = Connection lost, reconnecting…
sandbox-page-ok = OK
sandbox-page-error-file-too-large = The file is too large: at most { $mb } MB.
sandbox-page-error-file-empty = The file is empty.
sandbox-page-error-not-an-image = Photos must be JPEG, PNG, GIF or WebP.
sandbox-page-error-button-gone = That button is no longer there.
sandbox-page-error-unknown-chat = This person is not in the demo cell.
sandbox-page-error-network = Could not send. Is the sandbox server running?
sandbox-page-error-generic = Something went wrong: { $message }
sandbox-page-error-bad-time = That is not a valid time.
sandbox-page-error-clock-busy = Another run is in progress; please wait a moment.
sandbox-page-clock-title = Pretend it is another time
sandbox-page-clock-label = Pretend it is now (the cell’s time):
sandbox-page-clock-run = Run the reminders
sandbox-page-clock-running = Sweeping and sending…

## The clock control's result, put together from the parts that are not zero (src/sandbox/web/page-strings.ts)
sandbox-clock-nothing-due = At { $at }: nothing was due; no messages were sent.
sandbox-clock-none-sent = At { $at }: no messages were sent.
sandbox-clock-sent = { $sent ->
    [one] At { $at }: 1 message sent.
   *[other] At { $at }: { $sent } messages sent.
}
sandbox-clock-sent-kinds = { $sent ->
    [one] At { $at }: 1 message sent ({ $kinds }).
   *[other] At { $at }: { $sent } messages sent ({ $kinds }).
}
sandbox-clock-nudges = { $count ->
    [one] 1 nudge
   *[other] { $count } nudges
}
sandbox-clock-alerts = { $count ->
    [one] 1 alert
   *[other] { $count } alerts
}
sandbox-clock-digests = { $count ->
    [one] 1 digest
   *[other] { $count } digests
}
sandbox-clock-held = { $count ->
    [one] 1 member is outside their hours, so their nudge waits for them.
   *[other] { $count } members are outside their hours, so their nudges wait for them.
}
sandbox-clock-open-chats = Open each person’s chat to see.
