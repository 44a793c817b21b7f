## Renewing an exemption or a temporary transfer (/renew, or the button of the reminders)

renew-title = renewal application
renew-ask-ends-on = Renewal of your { $arrangement ->
        [temporary_exemption] temporary exemption from party activities
       *[temporary_transfer] temporary transfer of party activities
    } as before: in { $place }, reason: { $reason }. It now ends on { $endsOn }; the renewal runs from { $from }.
    Until what date would you like to renew it? (at the latest { $latest }, e.g. 30/06/2027)
renew-label-ends-on = Renew until
renew-error-ends-on = The new end date must come after the current one and no later than the date above. Please type it again.
renew-refused-not-away = The cell has no absence of yours in force. If you are about to leave, send /away.
renew-refused-not-renewable = Your current absence is not an approved temporary exemption or temporary transfer, so it cannot be renewed yet. Please contact your cell secretary.
renew-refused-renewal-already-filed = You have already sent a renewal (or a new departure); it is waiting for a decision. Send /status to see it.
renew-refused-bad-end-date = The new end date is not valid: it must come after the current end and within one renewal's length. Please correct it.
renew-ack = Your renewal of the { $arrangement ->
        [temporary_exemption] temporary exemption from party activities
       *[temporary_transfer] temporary transfer of party activities
    } from { $from } to { $until } is sent, reference { $reference }. The cell will consider it and propose it to the level that decides; you will be told of each step here.
