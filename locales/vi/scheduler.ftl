## Alerts to the cell secretary, sent at once (scheduler)

alert-fee-alert-secretary = ⚠️ Đồng chí { $member } chưa đóng đảng phí { $count } tháng trong năm { $year }: { $months }. Nếu đến { $removalAt } tháng mà không có lý do chính đáng thì thuộc diện xem xét xóa tên (QĐ 294-QĐ/TW). Đề nghị chi bộ liên hệ đồng chí ngay.
alert-fee-removal-review = 🚩 Đồng chí { $member } chưa đóng đảng phí { $count } tháng trong năm { $year }: { $months }. Đồng chí thuộc diện chi bộ xem xét đề nghị xóa tên nếu không có lý do chính đáng. homecell không tự xóa tên ai: chi bộ liên hệ, xem xét và đề nghị.
alert-meeting-absence-alert = ⚠️ Đồng chí { $member } đã vắng { $count } buổi họp chi bộ trong năm { $year } mà không có lý do (ngày { $days }). Nếu đến { $removalAt } buổi thì thuộc diện xem xét xóa tên vì bỏ sinh hoạt đảng (QĐ 294-QĐ/TW). Đề nghị chi bộ liên hệ đồng chí ngay; nếu đồng chí có lý do chính đáng, chi bộ sửa lại điểm danh.
alert-meeting-removal-review = 🚩 Đồng chí { $member } đã vắng { $count } buổi họp chi bộ trong năm { $year } mà không có lý do (ngày { $days }). Đồng chí thuộc diện chi bộ xem xét đề nghị xóa tên vì bỏ sinh hoạt đảng nếu không có lý do chính đáng. homecell không tự xóa tên ai: chi bộ liên hệ, xem xét và đề nghị.
alert-exemption-lapsed = ⚠️ Thời gian tạm miễn sinh hoạt của đồng chí { $member } đã hết ngày { $endsOn } mà chưa ghi nhận đồng chí trở về hay được gia hạn. Đề nghị chi bộ liên hệ đồng chí.
alert-abroad-transfer-overdue = ⚠️ Đồng chí { $member } đã ở { $country } { $months } tháng (từ { $since }) mà chưa chuyển sinh hoạt đảng chính thức ra nước ngoài. { $directory ->
        [listed] homecell gửi (hoặc sẽ gửi, trong giờ nhận tin của đồng chí ấy) cho đồng chí { $member } địa chỉ tổ chức đảng tại { $country } có trong danh bạ; đề nghị chi bộ hướng dẫn thủ tục.
        [examples] Danh bạ mới có địa chỉ mẫu ở { $country }, chưa có tổ chức đảng thật; đề nghị chi bộ hướng dẫn đồng chí { $member } và báo cấp ủy bổ sung danh bạ.
        [none] Danh bạ chưa có tổ chức đảng tại { $country }; đề nghị chi bộ hướng dẫn đồng chí { $member } và báo cấp ủy bổ sung danh bạ.
       *[unknown] Đề nghị chi bộ hướng dẫn đồng chí { $member } thủ tục.
    }
alert-request-difficulty = 🆘 Đồng chí { $member } báo gặp khó khăn: «{ $text }». Đề nghị chi bộ liên hệ sớm.
alert-request-leave = 🆘 Đồng chí { $member } đang nghĩ đến việc xin ra khỏi Đảng: «{ $text }». Đề nghị bí thư liên hệ, trao đổi và động viên đồng chí.
alert-member-unreachable = 📵 Không gửi được tin nhắn cho đồng chí { $member }: đồng chí đã chặn bot hoặc xóa cuộc trò chuyện. Đề nghị chi bộ liên hệ trực tiếp.

## The secretary's daily digest

digest-title = 📋 Tóm tắt hằng ngày: { $cell }, ngày { $date }
digest-more = … và { $count } mục khác.
digest-section-contact-lost = Mất liên lạc ({ $count }):
digest-section-review-missing = Chưa nộp bản tự kiểm điểm khi chi bộ họp ({ $count }):
digest-section-checkin-overdue = Quá hạn báo cáo hằng tháng ({ $count }):
digest-section-fee-overdue = Chưa đóng đảng phí ({ $count }):
digest-contact-lost = { $member }: { $months } tháng liền không báo cáo (từ tháng { $since })
digest-review-missing = { $member }: chưa nộp bản tự kiểm điểm năm { $year }
digest-checkin-overdue = { $member }: chưa báo cáo tháng { $month }
digest-fee-overdue = { $member }: { $count } tháng chưa đóng năm { $year } ({ $months })
digest-section-meeting-removal-review = Bỏ sinh hoạt chi bộ trong năm không có lý do chính đáng, đủ căn cứ xem xét xóa tên ({ $count }):
digest-section-meeting-alert-secretary = Vắng sinh hoạt chi bộ không có lý do, thêm một lần nữa là đủ căn cứ xem xét xóa tên ({ $count }):
digest-meeting-absences = { $member }: vắng { $count } buổi không có lý do năm { $year } ({ $days })
digest-section-waiting = Chờ chi bộ xử lý:
digest-waiting-applications = { $count } đơn chuyển sinh hoạt hoặc tạm miễn sinh hoạt
digest-waiting-payments = { $count } khoản đảng phí chờ xác nhận
digest-waiting-reviews = { $count } bản tự kiểm điểm chờ xếp loại
digest-waiting-requests = { $count } đề nghị, báo khó khăn của đảng viên
digest-section-unreachable = Không liên lạc được qua bot ({ $count }):

## Returns (issue 11 §5)

alert-return-report-late = ⏰ Đồng chí { $member } về ngày { $returnedOn } mà đến hạn { $dueOn } chi bộ vẫn chưa nhận { $report ->
        [yes] báo cáo khi trở về
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}và bản tự kiểm điểm có xác nhận của tổ chức nơi đồng chí đã ở
           *[other] bản tự kiểm điểm có xác nhận của tổ chức nơi đồng chí đã ở
        }
       *[other] {""}
    }. Đồng chí ấy vẫn được nhắc hằng tuần; đề nghị chi bộ liên hệ.
