## What `npm start` prints on a terminal once the service is ready
startup-banner-sandbox =
    homecell (chế độ thử) đã sẵn sàng.
    Mở { $url }/ trong trình duyệt, chọn một đảng viên mẫu (hoặc bí thư) và trò chuyện với bot.
    Dừng: Ctrl+C.
startup-banner-bot =
    homecell đã sẵn sàng: bot @{ $bot }, máy chủ HTTP { $url }
    Dừng: Ctrl+C.
