## Command menu descriptions (shown by Telegram next to each command)

command-start = Start, connect with an invite code
command-help = The commands you can use
command-language = Change language
command-cancel = Cancel what you are doing
