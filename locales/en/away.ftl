## Departure wizard (/away)

away-title = departure
away-ask-destination = Where are you going (or have you gone) to work?
away-label-destination = Destination
away-destination-domestic = In Vietnam (another province)
away-destination-abroad = Abroad
away-ask-country = Which country?
away-label-country = Country
away-error-country-home = Vietnam is not abroad. Choose the country you are going to, or /cancel and answer “In Vietnam”.
away-ask-place =
    { $destination ->
        [abroad] Which city or region of that country? (for example: Suwon, Gyeonggi)
       *[other] Which province or city, and where will you work? (for example: Thủ Dầu Một, Bình Dương)
    }
away-label-place = Place
away-ask-starts-on = On what date do (or did) you leave?
away-label-starts-on = Leaving on
away-ask-months = About how many months do you expect to be away? Type a number of months, for example 6.
away-label-months = Expected length (months)
away-ask-work = Is the work at one fixed place, or do you move between sites (construction, fishing boats, driving...)?
away-label-work = Type of work
away-work-fixed = One fixed place
away-work-mobile = Moving between sites
away-ask-organisation = Is there a party organisation where you are going (a cell or committee at the workplace or where you live)?
away-label-organisation = Party organisation there
away-organisation-yes = Yes
away-organisation-no = No
away-organisation-unknown = I don't know
away-ask-arrangement =
    From your answers, you should { $recommended ->
        [seasonal] tell the cell you are away for seasonal work; no application is needed
        [temporary_transfer] apply for a temporary transfer of party activities
        [temporary_exemption] apply for a temporary exemption from party activities
        [official_transfer] apply for an official transfer of party activities
       *[other] talk to the cell secretary
    }, because { $reason ->
        [domestic-under-3-months] a stay in Vietnam under { $seasonalMonths } months needs no transfer.
        [domestic-fixed-3-to-12-months] you stay { $seasonalMonths } to under { $transferMonths } months at one place with a party organisation.
        [domestic-fixed-organisation-unknown] you stay { $seasonalMonths } to under { $transferMonths } months at one place; nearly every commune and ward has a party organisation, and the cell will find the one to transfer to.
        [domestic-mobile] the work moves between sites, so you cannot attend one organisation.
        [domestic-no-organisation] there is no party organisation to attend where you go.
        [domestic-12-months-or-more] a stay of { $transferMonths } months or more is an official transfer.
        [abroad-under-12-months] you go abroad for under { $abroadMonths } months.
        [abroad-12-months-or-more] you go abroad for { $abroadMonths } months or more: the district sends the list to the overseas party committee.
        [abroad-12-months-or-more-no-organisation] you go abroad for { $abroadMonths } months or more; where there is no organisation yet, the overseas party committee still takes you in and guides you.
       *[other] the cell will look at your case.
    }{ $renewal ->
        [yes] {" "}One exemption lasts at most { $exemptionMonths } months; for a longer stay, apply to renew before it ends. A temporary exemption is not the full exemption from Party work and activities given for old age or poor health: you still pay the party fee and still send the written self-review every year for the cell to rate.
       *[other] {""}
    }

    What do you apply for?
away-label-arrangement = Arrangement
away-option =
    { $arrangement ->
        [seasonal] Seasonal work, no application
        [temporary_transfer] Temporary transfer
        [temporary_exemption] Temporary exemption
       *[official_transfer] Official transfer
    }
away-option-recommended =
    { $arrangement ->
        [seasonal] Seasonal work, no application (recommended)
        [temporary_transfer] Temporary transfer (recommended)
        [temporary_exemption] Temporary exemption (recommended)
       *[official_transfer] Official transfer (recommended)
    }
away-ask-reason = Why are you applying for a temporary exemption? (for example: contract work in Korea, shifts, cannot attend meetings)
away-label-reason = Reason
away-ask-ends-on =
    { $arrangement ->
        [temporary_exemption] Until what date do you ask to be exempted? At the latest { $latest }.
       *[other] Until what date will you take part in party activities there? At the latest { $latest }.
    }
away-label-ends-on = Until
away-withdraw-title = taking back a departure
away-withdraw-ask = You have a departure that has not begun yet, or an application still waiting for a decision. Do you want to take it back? It is then as if you had never filed it: nothing changes in your record, and the cell secretary is told.
away-withdraw-label = Action
away-withdraw-option = { $what ->
        [application] Withdraw the application
        [departure-and-application] Withdraw the application and stay
       *[departure] Cancel the departure
    }: { $arrangement ->
        [temporary_exemption] temporary exemption from activities
        [temporary_transfer] temporary transfer of activities
        [official_transfer] official transfer of activities
        [seasonal] short-term work away
       *[other] work away
    } from { $from }
away-withdraw-keep = Keep it as it is
away-withdraw-nothing = You have no departure still to begin and no application waiting that could be taken back.
away-withdraw-refused = It can no longer be taken back: it has just been decided, or the departure day has come. Send /status to see where you stand, or contact the cell secretary.
away-withdraw-kept = Your departure is kept as it was; nothing changed.
away-withdraw-ack = { $what ->
        [application] Application withdrawn
        [departure-and-application] Application withdrawn and departure cancelled
       *[departure] Departure cancelled
    }: { $arrangement ->
        [temporary_exemption] temporary exemption from activities
        [temporary_transfer] temporary transfer of activities
        [official_transfer] official transfer of activities
        [seasonal] short-term work away
       *[other] work away
    } from { $from }. Your record is as if it had never been filed; the cell secretary has been told. Reference: { $reference }.{ $what ->
        [application] {" "}If you are still away, file again with /away.
       *[other] {""}
    }
away-withdrawn-secretary = Comrade { $member } { $begun ->
        [yes] withdrew the application
       *[other] cancelled the departure
    }: { $arrangement ->
        [temporary_exemption] temporary exemption from activities
        [temporary_transfer] temporary transfer of activities
        [official_transfer] official transfer of activities
        [seasonal] short-term work away
       *[other] work away
    } from { $startsOn }. It no longer applies and has been removed from /pending.
away-already-away = The cell already has a departure of yours that is still running. When you are back, send /back to report; to change the place or dates, contact the cell secretary.
away-already-away-no-arrangement-abroad = The cell already has a stay of yours on record that is still running, with no application for it yet. Abroad, you need to apply for a temporary exemption from activities, or an official transfer if you stay long-term. Send /help_me and tell the cell secretary which one you apply for and why; the cell records the application and decides. When you are back, send /back to report.
away-already-away-no-arrangement-domestic = The cell already has a stay of yours on record that is still running, with no application for it yet. You need to apply for a temporary transfer of your activities if you stay where there is a party organisation, or a temporary exemption if your work moves around or there is none. Send /help_me and tell the cell secretary which one you apply for and why; the cell records the application and decides. When you are back, send /back to report.
away-ack =
    { $arrangement ->
        [seasonal] Your seasonal work away is recorded. No application is needed; keep checking in monthly (/checkin) and paying the fee (/fee).
        [temporary_transfer] Your request for a temporary transfer is sent to the cell. The cell will issue a letter of introduction for you to hand to the party organisation where you go; meanwhile you attend there and keep in touch with your home cell.
        [temporary_exemption] Your application for a temporary exemption is sent to the cell. The cell will consider it, pass a resolution and propose it to the grassroots committee, which decides; you will be told here. During the exemption keep checking in monthly, pay the party fee, and send the year-end self-review as every member does (the cell rates it later).
       *[official_transfer] Your request for an official transfer is sent to the cell. The cell will prepare the transfer documents and tell you what papers to bring.
    } Reference: { $reference }. When you are back, send /back to report to the cell.
away-contacts-header = Party organisations of Vietnamese in that country (directory kept by the committee):
away-contact = • { $organisation }: { $contact }{ $note }
away-contact-example = • { $organisation }: { $contact }{ $note } (EXAMPLE ENTRY, not a real contact)
away-contact-none = The committee's directory has no party organisation in that country yet; the cell secretary will find out and tell you.
away-timezone-hint = Reminders still follow your previous time zone, and where you are going uses { $zone }. Send /settings to change your time zone, so reminders do not arrive while you sleep.
away-refused-absence-already-open = The cell already has a departure of yours that is still running, so another cannot be filed. Please cancel and contact the cell secretary.
away-refused-invalid-date = A date is not valid. Please change the leaving date or the end date.
away-refused-ends-before-start = The end date must be after the leaving date. Please change it.
away-refused-end-date-required = This arrangement needs an end date. Please change the arrangement or add an end date.
away-refused-exemption-too-long = An exemption is granted for a limited time. Choose an earlier end date; you can apply to renew before it ends.
away-refused-invalid-country = The destination is not valid. Please change it.
