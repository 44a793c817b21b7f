## /start and invite binding

start-unbound =
    Hello! This is homecell, the assistant that keeps Party members working far from home in touch with their home cell.

    To begin you need an invite code from your cell secretary. Ask the secretary (or deputy secretary) for your invite link and open it, or send: /start INVITE-CODE
start-welcome =
    Welcome, comrade { $name }! This account is now connected to { $cell }.

    Send /help to see what you can do.
start-welcome-back =
    Hello, comrade { $name }. This account is connected to { $cell }.

    Send /help to see what you can do.
start-already-bound = This account is already connected to comrade { $name }; no invite code is needed.
start-code-invalid =
    That invite code is not right. Please check the code the secretary sent you (letters and digits).
    { $remaining } tries left this hour.
start-code-invalid-locked =
    That invite code is not right. That was the last try allowed, so trying again is locked for { $minutes } minutes; please check the code with your cell secretary.
start-code-used = This invite code has already been used. Each code works once; ask your cell secretary for a new one.
start-code-expired = This invite code has expired. Ask your cell secretary for a new one.
start-cooldown = Too many wrong codes. Please try again in { $minutes } minutes, or contact your cell secretary.
start-member-has-other-chat =
    Comrade { $name } is already connected to homecell from another Telegram account.
    If you changed phone or account, ask your cell secretary to remove the old connection (the secretary's /unlink command) and send you a new code.
start-member-inactive = Your record is no longer active in this cell, so it cannot be connected. Please contact your cell secretary.
start-invites-paused =
    Sorry, comrade: connecting with an invite code is paused for a while, because many wrong codes were just tried from many accounts. A right code will still work then.
    Please try again in { $minutes } minutes; if it is urgent, contact your cell secretary.

## A connection removed (/unlink, homecell unlink): sent to the old account

unlink-old-chat-told =
    This Telegram account is no longer connected to the party member record of comrade { $name } ({ $cell }): { $by ->
        [admin] a homecell administrator
       *[leader] the cell committee
    } removed the connection, usually because you changed phone or account.
    To go on using homecell, ask your cell secretary for a new invite code and enter it on the new account. If you did not ask for this, please contact your cell secretary at once.
