## Command menu descriptions (shown by Telegram next to each command)

command-start = Start, connect with an invite code
command-start-bound = Where you stand and what is due
command-help = The commands you can use
command-language = Change language
command-cancel = Cancel what you are doing
command-checkin = Monthly check-in
command-fee = Confirm a party-fee payment
command-status = My standing and next deadlines
command-away = Tell the cell you are leaving for work
command-back = Report your return home
command-renew = Ask to renew an exemption or temporary transfer
command-report = Send what your return still owes the cell
command-review = Year-end self-review
command-attend = Answer the cell meeting invitation: attending, or the reason for absence
command-help-me = Tell the cell about a difficulty
command-settings = Language, time zone, reminder hours
command-pending = What awaits you: propose, approve, confirm, rate
command-members = The cell's roster with each member's standing
command-member = One member's record (name or card number)
command-overdue = Who is late on what, most at risk first
command-end-absence = Record a member's return, or an earlier end of an absence
command-invite = Issue an invite for a member
command-unlink = Remove a member's old connection (new phone)
command-export = Download the record book (XLSX, CSV) or a review (PDF)
command-stats = Statistics of your units
command-full-exemption = Record a full exemption from party work and activities (age, health)
