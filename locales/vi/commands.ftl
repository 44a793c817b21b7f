## Command menu descriptions (shown by Telegram next to each command)

command-start = Bắt đầu, kết nối bằng mã mời
command-start-bound = Tình hình của đồng chí và việc cần làm
command-help = Các lệnh đồng chí dùng được
command-language = Đổi ngôn ngữ
command-cancel = Hủy thao tác đang làm
command-checkin = Báo cáo hằng tháng
command-fee = Xác nhận đã đóng đảng phí
command-status = Tình hình của tôi, các hạn sắp tới
command-away = Khai báo đi làm xa
command-back = Báo cáo khi trở về
command-renew = Xin gia hạn tạm miễn hoặc chuyển sinh hoạt tạm thời
command-report = Gửi báo cáo còn thiếu sau khi trở về
command-review = Bản tự kiểm điểm cuối năm
command-attend = Trả lời giấy mời họp chi bộ: sẽ dự, hoặc lý do vắng
command-help-me = Báo khó khăn, đề nghị với chi bộ
command-settings = Ngôn ngữ, múi giờ, giờ nhận nhắc
command-pending = Việc chờ đồng chí xử lý: đề nghị, duyệt, xác nhận, xếp loại
command-members = Danh sách chi bộ và tình hình từng người
command-member = Hồ sơ một đảng viên (họ tên hoặc số thẻ)
command-overdue = Ai đang chậm việc gì, nguy cơ cao trước
command-end-absence = Ghi nhận đảng viên đã về hoặc kết thúc đi vắng sớm hơn
command-invite = Cấp mã mời cho một đảng viên
command-unlink = Gỡ kết nối cũ khi đảng viên đổi điện thoại
command-export = Tải sổ theo dõi (XLSX, CSV) hoặc bản kiểm điểm (PDF)
command-stats = Thống kê đơn vị phụ trách
command-full-exemption = Ghi quyết định miễn công tác và sinh hoạt đảng (tuổi cao, sức khỏe)
