## /help

help-header = Các lệnh đồng chí dùng được:
help-line = /{ $command } - { $description }
help-unbound =
    Tài khoản này chưa được kết nối với hồ sơ đảng viên nào.

    Hãy xin bí thư chi bộ đường dẫn mời (mã mời có hạn 14 ngày, dùng một lần), rồi bấm vào đường dẫn hoặc gửi: /start MÃ-MỜI
help-footer = Gõ /cancel bất cứ lúc nào để hủy thao tác đang làm.
