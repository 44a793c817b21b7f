## What a return still owes the cell (/report, or the button of the reminders)

back-owed-title = báo cáo sau khi trở về
back-owed-host-review-title = bản tự kiểm điểm có xác nhận
back-owed-nothing-owed = Chi bộ không chờ báo cáo nào của đồng chí về lần trở về gần nhất.
back-owed-ask-host-review = Đề nghị đồng chí gửi ảnh hoặc tệp bản tự kiểm điểm đã được tổ chức đảng (hoặc nơi làm việc) ở nước ngoài xác nhận.
back-owed-refused-nothing-owed = Chi bộ không còn chờ báo cáo nào của đồng chí (có thể đồng chí đã gửi rồi).
back-owed-refused-nothing-sent = Chưa có gì để gửi: hãy viết báo cáo hoặc gửi bản tự kiểm điểm có xác nhận.
back-owed-ack = Đã gửi tới chi bộ, mã số { $reference }. Cảm ơn đồng chí.{ $hostReviewMissing ->
        [yes] {" "}Còn thiếu bản tự kiểm điểm có xác nhận của tổ chức nơi đồng chí đã ở; khi có, gửi bằng lệnh /report.
       *[other] {""}
    }
