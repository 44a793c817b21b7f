## Forms: questions, answers, summary and submit (every journey form)

forms-progress = { $title } ({ $step }/{ $total })
forms-answered =
    { $prompt }
    ✓ { $answer }
forms-yes = Yes
forms-no = No
forms-answer-photo = Photo received
forms-answer-document = File received
forms-prefill = Use: { $value }
forms-keep = Keep: { $value }
forms-text-collecting = Received ({ $length }/{ $max } characters).
forms-unknown-title = form
forms-resumed = Continuing your unfinished { $title } where you stopped.
forms-still-open = You are still filling in the { $title }; here is where you stopped.
forms-discarded = Your unfinished { $title } was discarded.
forms-cancelled = The { $title } was cancelled. Nothing was saved.
forms-expired = Your unfinished { $title } was not touched for { $days } days, so it was discarded. Nothing was saved; you can start again at any time.
forms-gone = The form you were filling in no longer exists, so it was closed. Nothing was saved. Send /help to see what you can do.
forms-switch-ask = You have an unfinished { $current }. Continue it, or discard it and start { $next }?
forms-old-button = That button belongs to an earlier question of your { $title }. This is where you are now:
forms-stale-button = This button is from an old message. Please use the latest message, or send /help.
forms-unbound = This account is not connected to a member record yet. Ask your cell secretary for an invite code, then send: /start INVITE-CODE

## Summary and edit

forms-summary-title = Please check your { $title }:
forms-summary-line = { $label }: { $value }
forms-summary-skipped = (skipped)
forms-summary-cut = { $start }… ({ $length } characters)
forms-summary-sent =
    Your answers:
    { $summary }

    ✓ Confirmed
forms-submit-finished = Last time, right after you confirmed your { $title }, the service was interrupted before it could answer. It has been recorded (once):
forms-edit-title = Which answer do you want to change?
forms-editing = Changing: { $label }

## What each kind of question expects

forms-hint-text = Type your answer (at most { $max } characters).
forms-hint-text-multi = Type your answer; you can send several messages (at most { $max } characters in all).
forms-hint-number = Type a number.
forms-hint-integer = Type a whole number.
forms-hint-money = Type the amount, e.g. 20000 or 20,000 VND (currencies: { $currencies }).
forms-hint-months = Choose the months, or type them like 11/2026, 12/2026.
forms-hint-date = Type a date as day/month/year, e.g. 25/12/2026.
forms-hint-country = Choose a country, or type its name or code (e.g. Korea, KR).
forms-hint-photo = Send a photo.
forms-hint-document = Send a file or a photo.

## Answers that do not fit the question

forms-error-invalid = That answer cannot be used here. Please check it and answer again.
forms-error-choice = Please choose one of the options: press a button or reply with its number (1 to { $count }).
forms-error-confirm = Please answer yes or no.
forms-error-select-min =
    Please choose at least { $min ->
        [one] one option
       *[other] { $min } options
    }.
forms-error-select-max =
    Please choose at most { $max ->
        [one] one option
       *[other] { $max } options
    }.
forms-error-select-min-months =
    Please choose at least { $min ->
        [one] one month
       *[other] { $min } months
    }.
forms-error-select-max-months =
    Please choose at most { $max ->
        [one] one month
       *[other] { $max } months
    }.
forms-error-text-too-short = That answer is too short ({ $length } characters); please write at least { $min } characters.
forms-error-text-too-short-or-none = That answer is too short ({ $length } characters); please write at least { $min } characters, or, if there is nothing to report, send “None”.
forms-error-text-too-long = That answer is too long ({ $length } characters); at most { $max } characters are allowed. Please shorten it.
forms-error-text-total-too-long = With that message the answer would be { $length } characters, more than the { $max } allowed, so it was not added. The { $sofar } characters received before are kept: send a shorter message, or say Done to send what you have.
forms-error-number = That is not a number. Please type digits only, e.g. 3.
forms-error-number-integer = Please type a whole number, without decimals.
forms-error-number-min = The number must be at least { $min }.
forms-error-number-max = The number must be at most { $max }.
forms-error-money = That is not an amount. Please type it like 20000, 20,000 VND or 50 USD (currencies: { $currencies }).
forms-error-money-negative = The amount cannot be negative.
forms-error-money-zero = The amount must be more than zero.
forms-error-money-currency = { $currency } is not accepted here. Please use one of: { $currencies }.
forms-error-money-decimals = That amount has more decimal places than { $currency } allows.
forms-error-money-too-large = That amount looks wrong: it is more than { $max }. Please check it.
forms-error-date-format = That is not a date in a form I can read. Please type day/month/year, e.g. 25/12/2026.
forms-error-date-impossible = { $date } does not exist in the calendar. Please check the day and month.
forms-error-date-too-early = The date cannot be before { $min }.
forms-error-date-too-late = The date cannot be after { $max }.
forms-error-months-format = Please choose months with the buttons, or type them like 11/2026, 12/2026.
forms-error-months-number = Please use the numbers of the months listed (1 to { $count }).
forms-error-month-not-offered = { $month } cannot be chosen here. The months you can choose: { $offered }.
forms-error-country = That country was not found. Please type its name or its two-letter code, e.g. Korea or KR.
forms-error-country-not-allowed = { $country } cannot be chosen for this question.
forms-error-expect-photo = This question needs a photo. Please send a photo (stickers, voice messages and text cannot be used here).
forms-error-expect-document = This question needs a file or a photo. Please send one (stickers, voice messages and text cannot be used here).
forms-error-file-too-big = This file is too big: files up to { $max } MB are accepted. Please send a smaller photo (as a photo, not as a file) or a lighter PDF.
forms-error-file-type-photo = This file is not a photo that can be read. Please send a JPEG, PNG, WEBP or HEIC photo.
forms-error-file-type-document = This kind of file cannot be accepted. Please send a photo (JPEG, PNG, WEBP, HEIC) or a PDF.
forms-error-file-unavailable = The file you sent could not be downloaded. Please send it again.
forms-error-expect-typed = This question needs a typed answer, not a photo, file, sticker or voice message.
forms-error-summary-reply = Please confirm, edit or cancel.
forms-error-edit-reply = Please choose the number of the answer to change.

## Buttons (Telegram)

forms-button-done = Done
forms-button-skip = Skip
forms-button-confirm = ✅ Confirm
forms-button-edit = ✏️ Edit
forms-button-cancel = Cancel
forms-button-back = Back to the summary
forms-button-continue = Continue { $title }
forms-button-discard = Discard and start { $title }
forms-telegram-collecting-hint = Send more, or press Done when you have finished.
forms-telegram-skip-file-hint = If you have nothing to send, press Skip.
forms-telegram-multi-hint = Tap to select or unselect, then press Done.
forms-telegram-cancel-hint = Send /cancel at any time to stop; nothing is saved until you confirm.

## Typed replies (channels without buttons)

forms-text-reply-choice = Reply { $choices }.
forms-text-reply-multi = Reply with one or more numbers, e.g. { $example }.
forms-text-reply-prefill = Reply OK for “{ $value }”.
forms-text-reply-skip = Reply SKIP to skip this question.
forms-text-reply-done = Send more, or reply DONE when you have finished.
forms-text-cancel-hint = Reply CANCEL at any time to stop; nothing is saved until you confirm.
forms-text-reply-summary = Reply OK to confirm, EDIT to change an answer, or CANCEL.
forms-text-reply-edit = Reply { $choices } to change that answer, or BACK to return to the summary.

## Sample form (engine tests and the sandbox)

forms-sample-title = help request (sample)
forms-sample-topic = What do you need help with?
forms-sample-topic-label = Topic
forms-sample-topic-work = Work
forms-sample-topic-family = Family
forms-sample-topic-fee = Party fee
forms-sample-topic-other = Something else
forms-sample-details = Please describe the situation.
forms-sample-details-label = Details
forms-sample-amount = How much did you pay?
forms-sample-amount-label = Amount
forms-sample-months = Which months does it cover?
forms-sample-months-label = Months
forms-sample-started = Since when?
forms-sample-started-label = Since
forms-sample-country = Which country are you in?
forms-sample-country-label = Country
forms-sample-photo = A photo that helps explain (optional).
forms-sample-photo-label = Photo
forms-sample-call = Would you like the secretary to call you?
forms-sample-call-label = Call back
forms-sample-ack = Thank you. Your request was received; its reference is { $reference }.
