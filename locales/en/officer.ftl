## /stats for committee officers

officer-stats-title = Statistics of { $unit }, { $year } (as of { $asOf })
officer-stats-children = By unit below:
officer-stats-child = • { $name } ({ $code }): { $members } members · away { $awayDomestic }+{ $awayAbroad } · check-ins { $rate } · unpaid 1/2/3+: { $unpaid1 }/{ $unpaid2 }/{ $unpaid3plus } · reviews submitted/rated/missing: { $reviewsSubmitted }/{ $reviewsRated }/{ $reviewsMissing } · to contact { $openHelpRequests }+{ $openLeaveRequests }
officer-stats-footer = One unit: /stats UNIT-CODE [year]. Download the report: /export [UNIT-CODE]. One member's record: /member card number.
officer-stats-refused = Cannot show statistics for “{ $code }”: that unit code is not within your committee's units.
