## The committee officer's daily digest (privately, to each officer of the unit)

officer-digest-title = 📋 Daily summary for { $unit }, { $date }
officer-digest-section-waiting = Applications the cells proposed, waiting for the committee's decision ({ $count }):
officer-digest-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
       *[official_transfer] official transfer
    }, proposed by the cell on { $since }
officer-digest-section-escalated = Left undone by the cell, could cost a member their membership ({ $count }):
officer-digest-contact-lost = { $member } ({ $cell }): no contact with the cell for { $months } months running, since { $began }
officer-digest-fee-alert-secretary = { $member } ({ $cell }): { $count } months of { $year } party fee unpaid ({ $months }), since { $began }
officer-digest-fee-removal-review = { $member } ({ $cell }): { $count } months of { $year } party fee unpaid ({ $months }), eligible for removal review, since { $began }
officer-digest-exemption-lapsed = { $member } ({ $cell }): temporary exemption ended on { $endsOn } with neither return nor renewal
officer-digest-request-leave = { $member } ({ $cell }): thinking of leaving the Party, no contact recorded by the cell since { $began }
officer-digest-application-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] temporary transfer
        [temporary_exemption] temporary exemption
       *[official_transfer] official transfer
    } application waiting for the cell since { $began }
officer-digest-footer = Read and decide the applications with /pending; each member's record: /member <name>. This message is sent to you alone.
