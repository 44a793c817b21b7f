## Input the bot cannot use

unhandled-unknown-command = There is no command { $command }. Send /help to see the commands you can use.
unhandled-text = I did not understand that message. Send /help to see what you can do.
unhandled-media = I can only read text messages, and photos or files when I ask for them. Send /help to see what you can do.
unhandled-too-long = That message is too long ({ $length } characters). Each message can have at most { $max } characters; please split it.
unhandled-stale-button = That button is old or no longer valid. Send /help to start again.
unhandled-cancel-nothing = There is nothing in progress to cancel.
private-only = homecell works in private chats only. Please message the bot directly.
error-internal = Sorry, something went wrong. Nothing you sent before was lost; please try again in a few minutes.
