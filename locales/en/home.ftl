## A bound member's home (/start, or a message the bot does not expect)

home-greeting = Hello, comrade { $name }.
home-at-home = You take part in the activities of { $cell }.
home-away =
    { $kind ->
        [abroad] You have been abroad
       *[domestic] You have been working away
    } since { $since }{ $arrangement ->
        [temporary_exemption] , temporarily exempted from activities until { $until }
        [temporary_transfer] , with your activities temporarily transferred
        [official_transfer] , with your activities officially transferred
        [official_transfer_pending] , your official transfer waiting for a decision
        [seasonal] {""}
       *[other] ; you have not applied for an arrangement yet (send /away to apply)
    }.
home-full-exemption = You have been exempted from Party work and activities since { $since }.
home-upcoming = You leave to work away on { $since }; until then you take part in the cell as at home.
home-due = To do: { $things }.
home-due-checkin = the check-in for { $month }
home-due-fees = { $count ->
        [one] 1 unpaid month of party fee in { $year }
       *[other] { $count } unpaid months of party fee in { $year }
    }
home-due-fee-month = the party fee for { $month }
home-due-review =
    { $status ->
        [draft] submit your { $year } self-review (a draft is saved)
       *[other] your { $year } self-review
    }
home-nothing-due = Nothing is due now. Send /status for the full picture, /help for the commands.
