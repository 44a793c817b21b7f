## /help

help-header = The commands you can use:
help-line = /{ $command } - { $description }
help-unbound =
    This account is not connected to a member record yet.

    Ask your cell secretary for an invite link (codes last 14 days and work once), then open the link or send: /start INVITE-CODE
help-footer = Send /cancel at any time to stop what you are doing.
