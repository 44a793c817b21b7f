## Settings (/settings)

settings-title = settings
settings-ask-language = Which language would you like?
settings-label-language = Language
settings-ask-zone = Reminders follow the time where you are. Your time zone now is { $zone }. Choose a time zone:
settings-label-zone = Time zone
settings-zone-option = { $zone } (now { $time })
settings-zone-other = Another time zone
settings-ask-zone-typed = Type a city or a time zone, for example Seoul, Tokyo, Europe/Prague.
settings-error-zone = That time zone was not found. Type a large city near you (for example Seoul, Osaka, Taipei, Prague) or a full name like Asia/Seoul.
settings-ask-hours = When would you like to receive reminders (your local time)?
settings-label-hours = Reminder hours
settings-hours-policy = { $from }:00–{ $to }:00 (default)
settings-hours-range = { $from }:00–{ $to }:00
settings-hours-custom = Other hours
settings-ask-hour-from = From what hour? Type a number from 0 to 22.
settings-label-hour-from = From
settings-ask-hour-to = Until what hour? Type a number from 1 to 23, later than the start.
settings-label-hour-to = Until
settings-error-hours-order = The end hour must be after the start hour.
settings-ack = Settings saved. Time zone: { $zone } (now { $time }). Reminders arrive between { $from }:00 and { $to }:00.
settings-refused-invalid-time-zone = The time zone is not valid. Press Edit to choose again.
settings-refused-invalid-hours = The hours are not valid. Press Edit to choose again.
