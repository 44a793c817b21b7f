## The committee web dashboard (src/http/dashboard): sign-in, a unit's overview, a cell's roster, a member's record

dashboard-app-name = homecell: bảng theo dõi
dashboard-signed-in-as = Đăng nhập: { $name }
dashboard-other-language = English
dashboard-sign-out = Đăng xuất
dashboard-home = Đơn vị của tôi
dashboard-failed = Không mở được trang này. Xin thử lại sau ít phút.

## Sign-in with a single-use link from the bot (/dashboard) or from `homecell dashboard-link`

dashboard-sign-in-explain = Bấm nút dưới đây để mở bảng theo dõi. Liên kết chỉ dùng được một lần và trong ít phút.
dashboard-sign-in-button = Đăng nhập
dashboard-sign-in-refused = { $outcome ->
    [used] Liên kết này đã được dùng. Gửi /dashboard cho bot để nhận liên kết mới.
    [expired] Liên kết này đã hết hạn. Gửi /dashboard cho bot để nhận liên kết mới.
    [not-allowed] Tài khoản này không còn được xem bảng theo dõi.
   *[invalid] Liên kết không hợp lệ. Gửi /dashboard cho bot để nhận liên kết mới.
}
dashboard-sign-in-rate-limited = Có quá nhiều lần đăng nhập không thành công từ địa chỉ này. Xin thử lại sau { $minutes } phút.
dashboard-signed-out = Đồng chí đã đăng xuất. Gửi /dashboard cho bot khi cần vào lại.
dashboard-not-signed-in = Đồng chí chưa đăng nhập hoặc phiên làm việc đã hết hạn. Gửi /dashboard cho bot để nhận liên kết đăng nhập.
dashboard-cross-site = Yêu cầu này không gửi từ trang của homecell nên không được thực hiện.
dashboard-not-allowed = Bảng theo dõi dành cho bí thư, phó bí thư chi bộ và cán bộ cấp ủy.
dashboard-not-found = Không có đơn vị hoặc đảng viên này trong phạm vi đồng chí được xem.
dashboard-bad-period = Năm hoặc tháng trong địa chỉ không hợp lệ, hoặc chưa tới.

## A unit's overview and its child units

dashboard-overview-heading = { $unit }: tháng { $month }
dashboard-as-of = Số liệu năm { $year }, tính đến { $asOf }.
dashboard-roster-link = Danh sách đảng viên của chi bộ
dashboard-children-heading = Các đơn vị trực thuộc
dashboard-children-caption = Số liệu các đơn vị trực thuộc { $unit }, năm { $year }
dashboard-figures-heading = Tất cả số liệu
dashboard-trend-link = Xu hướng báo cáo hằng tháng trong năm
dashboard-trend-heading = { $unit }: tỷ lệ báo cáo hằng tháng năm { $year }
dashboard-trend-caption = Tỷ lệ báo cáo hằng tháng của { $unit }, năm { $year }, mỗi tháng tính đến cuối tháng

## A cell's roster

dashboard-roster-heading = { $cell }: danh sách đảng viên, tháng { $month }
dashboard-roster-caption = { $cell }: { $count } đảng viên
dashboard-col-number = STT
dashboard-col-checkin = Báo cáo tháng { $month }
dashboard-col-unexcused-absences = Vắng họp không lý do trong năm
dashboard-col-notes = Cần chú ý
dashboard-not-required = Không phải báo cáo
dashboard-note-removal-review = { $ground ->
    [fees] đủ căn cứ xem xét xóa tên (đảng phí)
    [meetings] đủ căn cứ xem xét xóa tên (bỏ sinh hoạt)
   *[both] đủ căn cứ xem xét xóa tên (đảng phí và bỏ sinh hoạt)
}
dashboard-note-contact-lost = mất liên lạc { $months } tháng
dashboard-note-exemption-lapsed = tạm miễn sinh hoạt đã hết hạn
dashboard-note-exemption-until = tạm miễn sinh hoạt đến { $until }
dashboard-note-transfer-overdue = ở nước ngoài quá hạn chưa chuyển sinh hoạt chính thức
dashboard-note-not-connected = chưa kết nối bot
dashboard-note-unreachable = bot không nhắn được

## A member's record

dashboard-member-heading = Hồ sơ đảng viên: { $name }
dashboard-none = Không có.
dashboard-absences-heading = Đi làm ăn xa
dashboard-checkins-heading = Báo cáo hằng tháng
dashboard-col-month = Tháng
dashboard-col-checked-in = Đã báo cáo
dashboard-checked-in-late = Có (báo cáo muộn)
dashboard-fees-heading = Đảng phí năm { $year }
dashboard-col-fee-state = Tình trạng
dashboard-col-amount = Số tiền
dashboard-reviews-heading = Kiểm điểm cuối năm
dashboard-col-cell-rating = Chi bộ xếp loại
dashboard-requests-heading = Báo khó khăn, xin ra khỏi Đảng
dashboard-col-date = Thời điểm
dashboard-col-request-kind = Nội dung
dashboard-col-request-status = Tình trạng
dashboard-col-request-text = Lời đảng viên
dashboard-request-kind = { $kind ->
    [leave] Xin ra khỏi Đảng
   *[difficulty] Báo khó khăn
}
dashboard-request-status = { $status ->
    [open] Chờ liên hệ
    [contacted] Đã liên hệ
   *[closed] Đã xong
}

## /dashboard in the bot

dashboard-bot-link = Liên kết đăng nhập bảng theo dõi (dùng một lần, trong { $minutes } phút; không chuyển cho người khác):
    { $url }
dashboard-bot-not-allowed = Bảng theo dõi dành cho bí thư, phó bí thư chi bộ và cán bộ cấp ủy.
