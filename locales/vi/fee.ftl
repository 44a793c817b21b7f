## Party-fee confirmation (/fee)

fee-title = xác nhận đóng đảng phí
fee-ask-months = Khoản đảng phí này đóng cho những tháng nào? Có thể chọn nhiều tháng. Danh sách chỉ gồm các tháng chưa đóng; các tháng tới chỉ hiện ra khi chi bộ đã đồng ý cho đóng trước.
fee-label-months = Các tháng
fee-ask-amount = Tổng số tiền đồng chí đã đóng là bao nhiêu?
fee-label-amount = Số tiền
fee-expected-amount = Đúng mức phải đóng: { $value }
fee-ask-method = Đồng chí đóng bằng cách nào?
fee-label-method = Cách đóng
fee-method-bank-transfer = Chuyển khoản
fee-method-family = Nhờ gia đình đóng hộ
fee-method-in-person = Đóng trực tiếp
fee-method-public-portal = Cổng dịch vụ công quốc gia
fee-ask-receipt = Gửi ảnh biên lai hoặc ảnh chụp màn hình chuyển khoản, nếu có. Không bắt buộc.
fee-label-receipt = Biên lai
fee-nothing-to-pay = Đồng chí không còn tháng nào cần xác nhận đóng đảng phí: các tháng đến nay đã đóng hoặc đã khai báo. Muốn đóng trước cho các tháng tới thì cần chi bộ đồng ý; hãy liên hệ bí thư chi bộ.
fee-ack = Đã ghi nhận đồng chí đóng đảng phí { $count ->
        [1] tháng
       *[other] các tháng
    } { $months }. Mã số: { $reference }. Khoản này ở trạng thái “đã khai báo” cho đến khi chi bộ xác nhận đã nhận tiền.
fee-refused-no-months = Hãy chọn ít nhất một tháng.
fee-refused-invalid-month = Có tháng không hợp lệ: { $months }. Hãy sửa lại các tháng.
fee-refused-invalid-amount = Số tiền phải lớn hơn 0. Hãy sửa lại số tiền.
fee-refused-invalid-currency = Loại tiền không hợp lệ. Hãy sửa lại số tiền.
fee-refused-month-already-paid = Tháng { $months } vừa được ghi nhận là đã đóng. Hãy sửa lại các tháng.
fee-refused-month-not-payable = Chưa đóng được cho tháng { $months }: đóng trước cần chi bộ đồng ý. Hãy sửa lại các tháng.
