## Sheet names and column headers of the record book (XLSX, CSV) and reports

export-sheet-statistics = Thống kê { $year }
export-sheet-roster = Danh sách
export-sheet-absences = Đi làm ăn xa
export-sheet-checkins = Báo cáo tháng { $year }
export-sheet-fees = Đảng phí { $year }
export-sheet-reviews = Kiểm điểm { $year }
export-sheet-decisions = Quyết định { $year }
export-total = Tổng cộng: { $name }
export-page = Trang { $page }/{ $pages }
export-printed-on = Ngày in: { $date }
export-sign-preparer = NGƯỜI LẬP BIỂU
export-sign-for = { $kind ->
    [cell] T/M CHI BỘ
    [grassroots] T/M ĐẢNG ỦY
   *[other] T/M BAN THƯỜNG VỤ
}
export-sign-title = BÍ THƯ
export-sign-hint = (Ký, ghi rõ họ tên)
export-sheet-technical = Kỹ thuật
export-sheet-statistics-report = Báo cáo thống kê { $year }
export-title-year = Năm { $year }
export-col-cell-zone = Múi giờ của chi bộ (giờ ghi trên các trang)
export-col-member-id = Mã nội bộ homecell
export-col-report-number = STT
export-col-report-item = Chỉ tiêu
export-col-report-value = Số lượng
export-col-report-note = Ghi chú
export-report-item = { $item ->
    [members] Tổng số đảng viên
    [away] Đảng viên đi làm ăn xa
    [awayDomestic] Đi làm ăn xa trong nước
    [awayAbroad] Ở nước ngoài
    [exempted] Đảng viên được miễn, tạm miễn sinh hoạt đảng
    [fullExemption] Miễn công tác và sinh hoạt đảng
    [temporaryExemption] Tạm miễn sinh hoạt đảng
    [transferred] Đảng viên chuyển sinh hoạt đảng
    [temporaryTransfer] Chuyển sinh hoạt tạm thời
    [transferredOut] Chuyển sinh hoạt chính thức
    [removed] Đảng viên bị xóa tên
    [eligibleForRemovalReview] Đảng viên đủ căn cứ để chi bộ xem xét xóa tên
    [reviewsExpected] Đảng viên phải kiểm điểm, đánh giá, xếp loại năm { $year }
    [reviewsRated] Đã đánh giá, xếp loại
    [ratedExcellent] Hoàn thành xuất sắc nhiệm vụ
    [ratedGood] Hoàn thành tốt nhiệm vụ
    [ratedComplete] Hoàn thành nhiệm vụ
    [ratedIncomplete] Không hoàn thành nhiệm vụ
    [notRated] Chưa đánh giá, xếp loại
    [awaitingRating] Đã nộp bản kiểm điểm, chờ chi bộ xếp loại
    [reviewsRateLater] Vắng họp, xếp loại sau
    [reviewsMissing] Chưa nộp bản kiểm điểm
   *[reviewsExempt] Miễn đánh giá, xếp loại
}
export-report-note = { $item ->
    [away] = 2.1 + 2.2
    [exempted] = 3.1 + 3.2
    [fullExemption] Không phải kiểm điểm, đánh giá
    [temporaryExemption] Vẫn đóng đảng phí, nộp bản kiểm điểm hằng năm
    [transferred] = 4.1 + 4.2
    [eligibleForRemovalReview] Nợ đảng phí từ { $months } tháng hoặc bỏ sinh hoạt từ { $absences } lần trong năm không có lý do; chưa phải quyết định xóa tên
    [reviewsExpected] Không tính đảng viên miễn công tác và sinh hoạt đảng
    [reviewsRated] = 7.1.1 + 7.1.2 + 7.1.3 + 7.1.4
    [notRated] = 7.2.1 + 7.2.2 + 7.2.3
    [reviewsExempt] Đảng viên miễn công tác và sinh hoạt đảng
   *[other] {""}
}
export-col-card = Số thẻ đảng viên
export-col-name = Họ và tên
export-col-cell-code = Mã chi bộ
export-col-cell = Chi bộ
export-col-role = Chức vụ
export-col-status = Tình trạng
export-col-birth-year = Năm sinh
export-col-zone = Múi giờ
export-col-language = Ngôn ngữ
export-col-monthly-fee = Đảng phí hằng tháng (VND)
export-col-connected = Đã kết nối bot
export-col-away-kind = Đi làm ăn xa
export-col-place = Nơi đến
export-col-country = Quốc gia
export-col-mobile = Lưu động
export-col-organisation-there = Nơi đến có tổ chức đảng
export-col-arrangement = Hình thức
export-col-application = Xét duyệt
export-col-from = Từ ngày
export-col-until = Đến ngày
export-col-full-exemption = Miễn công tác và sinh hoạt đảng
export-col-full-exemption-from = Miễn từ ngày
export-col-full-exemption-until = Miễn đến ngày
export-col-ended = Ngày trở về
export-col-reason = Lý do
export-col-decided-at = Thời điểm quyết định
export-col-decided-by = Người quyết định
export-col-decision-note = Ghi chú quyết định
export-col-return-report = Báo cáo khi trở về
export-col-checkin-this-month = Đã báo cáo tháng này
export-col-unpaid-count = Số tháng nợ phí
export-col-unpaid-months = Các tháng nợ phí
export-col-fee-stage = Mức cảnh báo đảng phí
export-col-review-status = Kiểm điểm
export-col-removal-review = Xem xét xóa tên
export-removal-review = { $ground ->
    [meetings] Bỏ sinh hoạt { $absences } lần trong năm không có lý do
    [both] Nợ phí { $unpaid } tháng; bỏ sinh hoạt { $absences } lần trong năm không có lý do
   *[fees] Nợ phí { $unpaid } tháng trong năm
}
export-col-paid-total = Tổng đã đóng trong năm (VND)
export-col-paid-total-other = Tổng đã đóng trong năm bằng ngoại tệ
export-col-year = Năm
export-col-submitted-at = Thời điểm nộp
export-col-self-rating = Tự xếp loại
export-col-cell-rating = Chi bộ xếp loại
export-col-cell-comment = Nhận xét của chi bộ
export-col-rated-by = Người xếp loại
export-col-rated-at = Thời điểm xếp loại
export-col-workplace-comment = Nhận xét của nơi làm việc/nơi cư trú
export-col-workplace-file = Có tệp nhận xét
export-col-decision-kind = Loại việc
export-col-decision-outcome = Kết quả
export-col-unit-code = Mã đơn vị
export-col-unit = Đơn vị
export-col-unit-kind = Cấp

## Form 2C (HD 43-HD/BTCTW 2025): the self-review as a printable document

form2c-title-line = Bản kiểm điểm năm { $year } - { $name }
form2c-party = ĐẢNG CỘNG SẢN VIỆT NAM
form2c-dated = { $known ->
    [yes] ……, ngày { $day } tháng { $month } năm { $year }
   *[other] ……, ngày … tháng … năm …
}
form2c-title = BẢN KIỂM ĐIỂM ĐẢNG VIÊN
form2c-year = Năm { $year }
form2c-subtitle = (Mẫu 2C - dùng cho đảng viên không làm việc trong hệ thống chính trị)
form2c-name = Họ và tên: { $name }          Năm sinh: { $birthYear }
form2c-card = Số thẻ đảng viên: { $card }
form2c-cell = Sinh hoạt tại: { $cell }
form2c-section-strengths = I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
form2c-section-shortcomings = II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
form2c-section-progress = III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM ĐIỂM TRƯỚC
form2c-section-direction = IV. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
form2c-self-rating = V. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG: { $rating }
form2c-workplace-comment = Ý KIẾN NHẬN XÉT CỦA NƠI LÀM VIỆC HOẶC CHÍNH QUYỀN NƠI CƯ TRÚ
form2c-workplace-file = { $printed ->
    [yes] (Bản nhận xét có chữ ký do đảng viên chụp gửi qua homecell: in ở trang cuối.)
   *[other] (Có bản nhận xét có chữ ký gửi kèm qua homecell.)
}
form2c-workplace-page = BẢN NHẬN XÉT CÓ CHỮ KÝ CỦA NƠI LÀM VIỆC HOẶC CHÍNH QUYỀN NƠI CƯ TRÚ (ẢNH ĐẢNG VIÊN GỬI)
form2c-cell-assessment = ĐÁNH GIÁ, XẾP LOẠI CỦA CHI BỘ
form2c-cell-rating = Xếp loại: { $rating }
form2c-rated-by = { $name }, ngày { $date }
form2c-signer = NGƯỜI TỰ KIỂM ĐIỂM
form2c-sign-hint = (Ký, ghi rõ họ tên)

## Statistics of a unit (chat, CLI, reports)

report-title = BÁO CÁO TÌNH HÌNH ĐẢNG VIÊN ĐI LÀM ĂN XA - { $unit }
report-subtitle = Năm { $year } · số liệu tính đến { $asOf }
stats-label = { $key ->
    [members] Đảng viên
    [awayDomestic] Đi xa trong nước
    [awayAbroad] Ở nước ngoài
    [temporaryExemption] Tạm miễn sinh hoạt
    [fullExemption] Miễn công tác và sinh hoạt đảng
    [temporaryTransfer] Chuyển sinh hoạt tạm thời
    [transferredOut] Đã chuyển sinh hoạt chính thức
    [removed] Đã xóa tên
    [checkInRequired] Phải báo cáo tháng này
    [checkedIn] Đã báo cáo tháng này
    [checkInRate] Tỷ lệ báo cáo tháng này
    [unpaid1] Nợ phí 1 tháng
    [unpaid2] Nợ phí 2 tháng
    [unpaid3plus] Nợ phí từ 3 tháng
    [eligibleForRemovalReview] Đủ căn cứ xem xét xóa tên
    [meetingsHeld] Số buổi sinh hoạt đã họp
    [attendanceListed] Lượt phải dự họp
    [attendancePresent] Lượt có mặt
    [attendanceRate] Tỷ lệ dự sinh hoạt
    [absent1] Vắng không lý do 1 lần
    [absent2] Vắng không lý do 2 lần
    [absent3plus] Vắng không lý do từ 3 lần
    [reviewsExpected] Phải kiểm điểm
    [reviewsSubmitted] Đã nộp kiểm điểm
    [reviewsRated] Đã xếp loại
    [ratedExcellent] Xếp loại hoàn thành xuất sắc nhiệm vụ
    [ratedGood] Xếp loại hoàn thành tốt nhiệm vụ
    [ratedComplete] Xếp loại hoàn thành nhiệm vụ
    [ratedIncomplete] Xếp loại không hoàn thành nhiệm vụ
    [reviewsRateLater] Xếp loại sau (vắng họp)
    [reviewsMissing] Chưa nộp kiểm điểm
    [reviewsExempt] Miễn đánh giá
    [openHelpRequests] Báo khó khăn chờ liên hệ
   *[openLeaveRequests] Xin ra khỏi Đảng chờ liên hệ
}
stats-line-members = Đảng viên: { $members } (trong đó tạm miễn sinh hoạt { $temporaryExemption }, miễn công tác và sinh hoạt đảng { $fullExemption }, chuyển sinh hoạt tạm thời { $temporaryTransfer }); đã chuyển sinh hoạt chính thức { $transferredOut }; đã xóa tên { $removed }.
stats-line-away = Đi làm ăn xa: trong nước { $awayDomestic }, ở nước ngoài { $awayAbroad }.
stats-line-checkins = Báo cáo tháng này: { $checkedIn }/{ $checkInRequired } ({ $rate }).
stats-line-fees = Nợ đảng phí năm nay: 1 tháng { $unpaid1 }, 2 tháng { $unpaid2 }, từ 3 tháng { $unpaid3plus }.
stats-line-meetings = Sinh hoạt chi bộ năm nay: { $meetingsHeld ->
    [0] chưa có buổi họp nào được ghi điểm danh
   *[other] đã họp { $meetingsHeld } buổi, tỷ lệ dự họp { $rate } ({ $attendancePresent }/{ $attendanceListed } lượt)
}; vắng không có lý do 1 lần { $absent1 }, 2 lần { $absent2 }, từ 3 lần { $absent3plus }.
stats-line-removal = Đủ căn cứ xem xét xóa tên: { $eligibleForRemovalReview } (không đóng đảng phí từ { $months } tháng hoặc bỏ sinh hoạt từ { $absences } lần trong năm mà không có lý do chính đáng).
stats-line-reviews = Kiểm điểm cuối năm: đã nộp { $reviewsSubmitted }, đã xếp loại { $reviewsRated }, xếp loại sau { $reviewsRateLater }, chưa nộp { $reviewsMissing } (phải kiểm điểm { $reviewsExpected }, miễn { $reviewsExempt }).
stats-line-requests = Chờ liên hệ: báo khó khăn { $openHelpRequests }, xin ra khỏi Đảng { $openLeaveRequests }.
