## Command menu descriptions (shown by Telegram next to each command)

command-start = Start, connect with an invite code
command-help = The commands you can use
command-language = Change language
command-cancel = Cancel what you are doing
command-checkin = Monthly check-in
command-fee = Confirm a party-fee payment
command-status = My standing and next deadlines
command-away = Tell the cell you are leaving for work
command-back = Report your return home
command-review = Year-end self-review
command-help-me = Tell the cell about a difficulty
command-settings = Language, time zone, reminder hours
