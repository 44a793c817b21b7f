## The committee officer's daily digest (privately, to each officer of the unit)

officer-digest-title = 📋 Tóm tắt hằng ngày cho { $unit }, ngày { $date }
officer-digest-section-waiting = Đơn chi bộ đã đề nghị, chờ cấp ủy quyết định ({ $count }):
officer-digest-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
       *[official_transfer] chuyển sinh hoạt chính thức
    }, chi bộ đề nghị ngày { $since }
officer-digest-section-escalated = Việc chi bộ chưa xử lý, có thể làm đảng viên bị xóa tên ({ $count }):
officer-digest-contact-lost = { $member } ({ $cell }): { $months } tháng liền không báo cáo với chi bộ, từ ngày { $began }
officer-digest-fee-alert-secretary = { $member } ({ $cell }): { $count } tháng chưa đóng đảng phí năm { $year } ({ $months }), từ ngày { $began }
officer-digest-fee-removal-review = { $member } ({ $cell }): { $count } tháng chưa đóng đảng phí năm { $year } ({ $months }), đủ căn cứ xem xét xóa tên, từ ngày { $began }
officer-digest-meeting-absence-alert = { $member } ({ $cell }): vắng { $count } buổi họp chi bộ năm { $year } không có lý do ({ $days }), thêm một lần nữa là đủ căn cứ xem xét xóa tên, từ ngày { $began }
officer-digest-meeting-removal-review = { $member } ({ $cell }): vắng { $count } buổi họp chi bộ năm { $year } không có lý do ({ $days }), đủ căn cứ xem xét xóa tên, từ ngày { $began }
officer-digest-exemption-lapsed = { $member } ({ $cell }): hết hạn tạm miễn sinh hoạt ngày { $endsOn } mà chưa trở về hay được gia hạn
officer-digest-request-leave = { $member } ({ $cell }): đang nghĩ đến việc xin ra khỏi Đảng; từ ngày { $began } chi bộ chưa ghi nhận việc liên hệ
officer-digest-application-waiting = { $member } ({ $cell }): đơn { $arrangement ->
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
       *[official_transfer] chuyển sinh hoạt chính thức
    } chờ chi bộ xét từ ngày { $began }
officer-digest-footer = Xem và quyết định các đơn bằng lệnh /pending; hồ sơ từng đồng chí: /member <tên>. Tin này chỉ gửi riêng cho đồng chí.

## A committee officer's /pending: applications the cells proposed to the officer's unit

officer-pending-empty = Không có đơn nào chi bộ đề nghị đang chờ cấp ủy của đồng chí quyết định.
officer-pending-header = Đơn chi bộ đã đề nghị, chờ cấp ủy quyết định: { $count }. { $buttons ->
        [no] Trả lời số của một đơn để đọc và quyết định.
       *[yes] Bấm số của một đơn để đọc và quyết định.
    }
officer-pending-line = { $number }. { $name } ({ $cell }): { $kind }, đề nghị lúc { $since }
officer-field-cell = Chi bộ: { $cell }
officer-button-approve = ✅ Đồng ý (quyết định)
officer-button-reject = ❌ Không đồng ý (ghi lý do)
officer-button-ask = ❓ Đề nghị chi bộ bổ sung (ghi câu hỏi)
officer-prompt-reject = Gửi lý do không đồng ý với đơn của đồng chí { $name } (một tin nhắn, tối đa { $max } ký tự). Lý do được báo cho đảng viên và chi bộ. Gõ /cancel để thôi.
officer-prompt-ask-more = Gửi câu hỏi hoặc nội dung cần chi bộ bổ sung về đơn của đồng chí { $name } (một tin nhắn, tối đa { $max } ký tự). Đơn sẽ trở lại chi bộ kèm câu hỏi. Gõ /cancel để thôi.
officer-done-approved = Đã quyết định đồng ý: { $arrangement ->
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
       *[official_transfer] chuyển sinh hoạt chính thức
    } của đồng chí { $name }. Đảng viên và chi bộ sẽ được báo.
officer-done-rejected = Đã ghi quyết định không đồng ý với đơn của đồng chí { $name }. Đảng viên và chi bộ sẽ được báo kèm lý do.
officer-done-asked = Đã chuyển đơn của đồng chí { $name } về chi bộ kèm câu hỏi. Khi chi bộ đề nghị lại, đơn sẽ có trong /pending.
