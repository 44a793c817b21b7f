## Messages telling a member of the cell's decision (sent by the delivery in the member's language)

decision-application-approved = { $arrangement ->
    [temporary_exemption] The cell approved your temporary exemption from party activities, from { $from } to { $until }. Meanwhile, keep in touch with the cell every month and pay the party fee as required. Before it ends, tell the cell when you return or ask for a renewal.
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
