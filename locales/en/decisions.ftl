## Messages telling a member of the cell's decision (sent by the delivery in the member's language)

decision-application-approved = { $arrangement ->
    [temporary_exemption] The cell approved your temporary exemption from party activities, from { $from } to { $until }. Meanwhile, keep in touch with the cell every month and pay the party fee as required. Tell the cell when you return; if you need to stay longer, ask for a renewal before it ends.
    [temporary_transfer] The cell approved the temporary transfer of your party activities, from { $from } to { $until }. You will get a letter of introduction to the party organisation where you are going.
   *[official_transfer] The cell approved the official transfer of your party activities (from { $from }). The cell will guide you through the procedure and papers.
}
decision-application-rejected = { $arrangement ->
    [temporary_exemption] The cell did not approve your temporary exemption application.
    [temporary_transfer] The cell did not approve the temporary transfer of your activities.
   *[official_transfer] The cell did not approve the official transfer of your activities.
} Reason: { $reason }
    Please contact your cell secretary for guidance, then apply again with /away.
decision-fee-confirmed = The cell confirmed your party fee of { $amount } for { $months }. Thank you.
decision-fee-disputed = The cell did not confirm the party fee you declared for { $months }. Reason: { $reason }
    These months are not counted as paid yet. Please contact your cell secretary, or declare again with /fee.
decision-review-rated = The cell rated your party work for { $year }: { $rating ->
        [excellent] Excellently fulfilled duties
        [good] Well fulfilled duties
        [complete] Fulfilled duties
       *[incomplete] Did not fulfil duties
    }.
    The cell's comment: { $comment }
decision-review-rate-later = You were absent from the { $year } review meeting. The cell will rate you later, based on the self-review you submitted.
decision-fee-arrangement-approved = { $kind ->
    [late] The cell allows you to pay the party fee late for the months from { $from } to { $to } (during your exemption). These months are not counted as unpaid.
   *[advance] The cell allows you to pay the party fee in advance for the months from { $from } to { $to } (during your exemption).
}

## The steps of a departure application, told to the member and to the cell (issue 11 §3)

decision-application-proposed = The cell met and passed a resolution proposing that { $unit } decide { $arrangement ->
        [temporary_exemption] your temporary exemption from party activities
        [temporary_transfer] the temporary transfer of your party activities
       *[official_transfer] the official transfer of your party activities
    } (from { $from }). You will be told the decision here. Meanwhile, keep checking in monthly and paying the party fee.
decision-application-approved-by-unit = { $unit } approved { $arrangement ->
        [temporary_exemption] your temporary exemption from party activities, from { $from } to { $until }. Meanwhile, keep in touch with the cell every month, pay the party fee and send the yearly self-review. Tell the cell when you return; if you need to stay longer, ask for a renewal with /renew before it ends.
        [temporary_transfer] the temporary transfer of your party activities, from { $from } to { $until }. You will get a letter of introduction to the party organisation where you are going.
       *[official_transfer] the official transfer of your party activities (from { $from }). The cell will guide you through the procedure and papers.
    }
decision-application-rejected-by-unit = { $unit } did not approve { $arrangement ->
        [temporary_exemption] your temporary exemption from party activities
        [temporary_transfer] the temporary transfer of your party activities
       *[official_transfer] the official transfer of your party activities
    }. Reason: { $reason }
    Please contact your cell secretary for guidance.
decision-application-more-asked = { $unit } asked the cell for more about your { $arrangement ->
        [temporary_exemption] temporary exemption
        [temporary_transfer] temporary transfer
       *[official_transfer] official transfer
    } application. The cell will contact you if it needs anything from you; you will be told the result here.
decision-application-approved-secretary = ✅ { $unit } approved { $arrangement ->
        [temporary_exemption] the temporary exemption of { $member } from { $from } to { $until }. If the cell allows them to pay the party fee late or in advance meanwhile, open /member { $member }.
        [temporary_transfer] the temporary transfer of { $member } from { $from } to { $until }.
       *[official_transfer] the official transfer of { $member } (from { $from }).
    }
decision-application-rejected-secretary = ❌ { $unit } did not approve the cell's proposal on the application of { $member }. Reason: { $text }
decision-application-more-asked-secretary = ❓ { $unit } asks the cell for more information about the application of { $member }: { $text }
    The application is back in the cell's /pending; once completed, the cell proposes it again.
decision-absence-ended = The cell recorded the end of your absence: you are back with your home cell from { $day }. Please send your report to the cell within { $days } days with /report.
decision-absence-shortened = The cell recorded that your absence now ends earlier, on { $day }. When you are back, tell the cell with /back; if you need to stay longer, ask for a renewal with /renew.
decision-fee-arrangement-cut = As your temporary exemption ends earlier, paying the party fee { $kind ->
        [late] late
       *[advance] in advance
    } now applies only to the months from { $from } to { $to }. For the months after that, pay the party fee as usual.
decision-fee-arrangement-ended = As your temporary exemption changed, paying the party fee { $kind ->
        [late] late
       *[advance] in advance
    } for the months from { $from } to { $to } no longer applies. Pay the party fee as usual.
return-report-received-secretary = 📨 { $member } (back on { $returnedOn }) sent { $report ->
        [yes] the return report
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}and the confirmed self-review
           *[other] the confirmed self-review
        }
       *[other] {""}
    }. See /member { $member }.
decision-full-exemption-recorded = The grassroots committee decided to exempt you from party work and activities from { $from } ({ $reason ->
        [age] old age
       *[health] poor health
    }). You need not check in monthly and are not reviewed or rated; the cell keeps in touch with you. You still pay the party fee as required.
decision-full-exemption-ended = The committee ended your exemption from party work and activities. From { $from } you take part, check in monthly (/checkin) and send the year-end review like other members.
