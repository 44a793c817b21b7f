## /stats for committee officers

officer-stats-title = Statistics of { $unit }, { $year } (as of { $asOf })
officer-stats-children = By subordinate unit:
officer-stats-child = • { $name } ({ $code }): { $parts }
officer-stats-part-members = { $count ->
    [one] 1 member
   *[other] { $count } members
}
officer-stats-part-away = away: { $parts }
officer-stats-part-away-domestic = in Vietnam { $count }
officer-stats-part-away-abroad = abroad { $count }
officer-stats-part-checkins = check-ins { $rate }
officer-stats-part-unpaid = unpaid fee: { $parts }
officer-stats-part-unpaid-one = 1 month { $count }
officer-stats-part-unpaid-two = 2 months { $count }
officer-stats-part-unpaid-three-plus = 3+ months { $count }
officer-stats-part-attendance = meetings attended { $rate }
officer-stats-part-absent = absent without reason: { $parts }
officer-stats-part-absent-one = once { $count }
officer-stats-part-absent-two = twice { $count }
officer-stats-part-absent-three-plus = 3+ times { $count }
officer-stats-part-reviews = reviews: { $parts }
officer-stats-part-reviews-submitted = submitted { $count }
officer-stats-part-reviews-rated = rated { $count }
officer-stats-part-reviews-missing = missing { $count }
officer-stats-part-requests = awaiting contact: { $parts }
officer-stats-part-requests-help = difficulties { $count }
officer-stats-part-requests-leave = leave requests { $count }
officer-stats-footer = One unit: /stats UNIT-CODE [year]. Download the report: /export [UNIT-CODE]. One member's record: /member card number.
officer-stats-refused = Cannot show statistics for “{ $code }”: that unit code is not within your committee's units.
