## Refusals of the cell's and committee's commands and buttons

access-unbound = This account is not connected to a member record. Ask your cell secretary for an invite code, then send: /start INVITE-CODE
access-leader-only = This command is for the cell secretary and deputy secretary only. Send /help to see your commands.
access-officer-only = This command is for committee officers only. Send /help to see your commands.
access-records-only = This command is for cell secretaries, deputies and committee officers only. Send /help to see your commands.
access-button-refused = Not done: you are not allowed to act on this item, or the button is out of date. Nothing was changed.
