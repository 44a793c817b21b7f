## Return home (/back)

back-title = báo cáo khi trở về
back-not-left-yet = Theo khai báo đi làm xa, đồng chí chưa đến ngày đi nên chưa có gì để báo trở về. Nếu đồng chí thôi không đi, gõ /away để hủy.
back-not-away = Chi bộ không có khai báo đi làm xa nào của đồng chí đang còn hiệu lực, nên không có gì để báo trở về. Nếu sắp đi làm xa, gõ /away.
back-ask-returned-on = Đồng chí về đến nhà ngày nào?
back-label-returned-on = Ngày về
back-today = Hôm nay ({ $value })
back-ask-report = Báo cáo với chi bộ về thời gian đi vắng: công việc, việc giữ liên lạc và sinh hoạt, đóng đảng phí, những gì cần chi bộ biết.
back-label-report = Báo cáo
back-ask-host-review = Nếu có bản tự kiểm điểm được tổ chức đảng nơi đồng chí đã sinh hoạt (hoặc ở nước ngoài) xác nhận, hãy gửi ảnh hoặc tệp. Không bắt buộc.
back-label-host-review = Bản kiểm điểm có xác nhận
back-ack = Chào mừng đồng chí trở về! Đã ghi nhận báo cáo, mã số { $reference }. Từ nay đồng chí sinh hoạt lại ở chi bộ nhà. Đề nghị đồng chí gặp bí thư chi bộ trong vòng { $days } ngày để báo cáo trực tiếp.
back-refused-no-open-absence = Không còn khai báo đi làm xa nào đang hiệu lực, nên không báo trở về được.
back-refused-invalid-date = Ngày về chưa hợp lệ. Hãy sửa lại.
back-refused-return-before-departure = Ngày về không thể trước ngày đi. Hãy sửa lại ngày về.
back-refused-return-in-future = Ngày về không thể sau hôm nay. Hãy sửa lại ngày về.
back-refused-report-missing = Hãy viết báo cáo trước khi gửi.
