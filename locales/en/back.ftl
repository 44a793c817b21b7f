## Return home (/back)

back-title = return report
back-not-left-yet = Your departure date has not come yet, so there is no return to report. If you are no longer going, send /away to cancel it.
back-not-away = The cell has no departure of yours still running, so there is no return to report. If you are about to leave for work, send /away.
back-ask-returned-on = On what date did you get home?
back-label-returned-on = Back on
back-today = Today ({ $value })
back-ask-report = Report to the cell about your time away: your work, keeping in touch and attending activities, paying the fee, anything the cell should know.
back-label-report = Report
back-ask-host-review = If you have a self-review confirmed by the party organisation you attended (or abroad), send a photo or the file. Optional.
back-label-host-review = Confirmed self-review
back-ack = Welcome home! Your report is recorded, reference { $reference }. You are back with your home cell. Please meet the cell secretary within { $days } days to report in person.
back-refused-no-open-absence = There is no running departure left, so no return can be recorded.
back-refused-invalid-date = The return date is not valid. Please change it.
back-refused-return-before-departure = You cannot be back before you left. Please change the return date.
back-refused-return-in-future = The return date cannot be after today. Please change it.
back-refused-report-missing = Please write the report before sending.
