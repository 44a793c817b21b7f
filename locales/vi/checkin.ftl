## Monthly check-in (/checkin)

checkin-title = báo cáo hằng tháng
checkin-ask-month = Đồng chí chưa báo cáo tháng { $month }. Đồng chí vẫn có thể nộp muộn báo cáo tháng đó đến hết ngày { $until } (chi bộ ghi nhận là nộp muộn). Đồng chí báo cáo cho tháng nào?
checkin-label-month = Tháng báo cáo
checkin-month-late = Tháng { $month } (nộp muộn)
checkin-month-current = Tháng { $month } (tháng này)
checkin-ask-place = Tháng này đồng chí đang ở đâu? (tỉnh, thành phố; nếu ở nước ngoài thì thành phố và nước)
checkin-label-place = Nơi ở
checkin-same-place = Vẫn ở: { $value }
checkin-ask-work = Đồng chí đang làm công việc gì, cho ai (công ty, chủ sử dụng lao động)? Không bắt buộc.
checkin-label-work = Công việc
checkin-ask-health = Sức khỏe của đồng chí tháng này thế nào?
checkin-label-health = Sức khỏe
checkin-health-good = Tốt
checkin-health-fair = Bình thường
checkin-health-poor = Không tốt
checkin-ask-difficulty = Đồng chí có đang gặp khó khăn gì không?
checkin-label-difficulty = Khó khăn
checkin-difficulty-none = Không có
checkin-difficulty-work = Việc làm
checkin-difficulty-money = Thu nhập, tiền bạc
checkin-difficulty-family = Gia đình
checkin-difficulty-health = Sức khỏe
checkin-difficulty-papers = Giấy tờ, thủ tục
checkin-difficulty-other = Việc khác
checkin-ask-difficulty-details = Đồng chí kể rõ hơn về khó khăn đó để chi bộ nắm được và hỗ trợ.
checkin-label-difficulty-details = Chi tiết khó khăn
checkin-ask-call = Đồng chí có muốn bí thư chi bộ gọi điện cho mình không?
checkin-label-call = Muốn bí thư gọi
checkin-ask-photo = Gửi một ảnh nếu đồng chí muốn (nơi làm việc, nơi ở...). Không bắt buộc.
checkin-label-photo = Ảnh
checkin-ack =
    { $revision ->
        [1] Đã ghi nhận báo cáo tháng { $month } của đồng chí.
       *[other] Đã cập nhật báo cáo tháng { $month } (lần thứ { $revision }); bản trước vẫn được lưu lại.
    } Mã số: { $reference }.{ $call ->
        [yes] {" "}Bí thư chi bộ sẽ gọi điện cho đồng chí.
       *[other] {""}
    }
checkin-ack-late = Báo cáo tháng { $month } được ghi nhận là nộp muộn; chi bộ vẫn tính là tháng đó đồng chí có giữ liên lạc.
checkin-refused-month-closed = Đã hết hạn báo cáo tháng { $month }, không gửi được nữa. Hãy báo cáo cho tháng này bằng /checkin.
checkin-refused-month-not-open = Báo cáo của tháng này chưa mở. Đồng chí quay lại sau nhé.
checkin-refused-invalid-month = Không xác định được tháng cần báo cáo. Hãy gõ /cancel rồi bắt đầu lại bằng /checkin.
checkin-call-requested =
    📞 Đồng chí { $name } muốn bí thư gọi điện (báo cáo tháng { $month }). Đang ở: { $place }.{ $difficulty ->
        [none] {""}
        [work] {" "}Khó khăn: việc làm.
        [money] {" "}Khó khăn: thu nhập, tiền bạc.
        [family] {" "}Khó khăn: gia đình.
        [health] {" "}Khó khăn: sức khỏe.
        [papers] {" "}Khó khăn: giấy tờ, thủ tục.
       *[other] {" "}Khó khăn khác.
    } { $details }
