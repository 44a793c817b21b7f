## Command menu descriptions (shown by Telegram next to each command)

command-start = Bắt đầu, kết nối bằng mã mời
command-help = Các lệnh bạn dùng được
command-language = Đổi ngôn ngữ
command-cancel = Hủy thao tác đang làm
