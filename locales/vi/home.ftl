## A bound member's home (/start, or a message the bot does not expect)

home-greeting = Chào đồng chí { $name }.
home-at-home = Đồng chí đang sinh hoạt tại { $cell }.
home-away =
    { $kind ->
        [abroad] Đồng chí đang ở nước ngoài
       *[domestic] Đồng chí đang đi làm xa
    } từ { $since }{ $arrangement ->
        [temporary_exemption] , tạm miễn sinh hoạt đến { $until }
        [temporary_transfer] , đã chuyển sinh hoạt tạm thời
        [official_transfer] , đã chuyển sinh hoạt chính thức
        [official_transfer_pending] , đang chờ xét việc chuyển sinh hoạt chính thức
        [seasonal] {""}
       *[other] ; chưa xin hình thức sinh hoạt nào (gõ /away để xin)
    }.
home-full-exemption = Đồng chí được miễn công tác và sinh hoạt đảng từ { $since }.
home-upcoming = Đồng chí sẽ đi làm xa từ { $since }; đến ngày đó vẫn sinh hoạt ở chi bộ như khi ở nhà.
home-due = Việc cần làm: { $things }.
home-due-checkin = báo cáo tháng { $month }
home-due-fees = { $count } tháng đảng phí năm { $year } chưa đóng
home-due-fee-month = đảng phí tháng { $month }
home-due-review =
    { $status ->
        [draft] nộp bản tự kiểm điểm năm { $year } (đã có bản nháp)
       *[other] bản tự kiểm điểm năm { $year }
    }
home-nothing-due = Hiện không có việc gì cần làm. Gõ /status để xem đầy đủ, /help để xem các lệnh.
