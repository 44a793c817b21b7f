## What `npm start` prints on a terminal once the service is ready
startup-banner-sandbox =
    homecell (sandbox) is ready.
    Open { $url }/ in a browser, pick a demo member (or the secretary) and chat with the bot.
    Stop: Ctrl+C.
startup-banner-bot =
    homecell is ready: bot @{ $bot }, HTTP server { $url }
    Stop: Ctrl+C.
