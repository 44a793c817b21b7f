## Command menu descriptions (shown by Telegram next to each command)

command-start = Bắt đầu, kết nối bằng mã mời
command-help = Các lệnh bạn dùng được
command-language = Đổi ngôn ngữ
command-cancel = Hủy thao tác đang làm
command-checkin = Báo cáo hằng tháng
command-fee = Xác nhận đã đóng đảng phí
command-status = Tình hình của tôi, các hạn sắp tới
command-away = Khai báo đi làm xa
command-back = Báo cáo khi trở về
command-review = Bản tự kiểm điểm cuối năm
command-help-me = Báo khó khăn, đề nghị với chi bộ
command-settings = Ngôn ngữ, múi giờ, giờ nhận nhắc
