## /meeting: the cell's monthly meetings, for the secretary and deputy

command-meeting = Lịch sinh hoạt chi bộ, lên lịch, điểm danh

meeting-sec-title = Sinh hoạt chi bộ: { $cell }
meeting-sec-default = Lịch sinh hoạt thường kỳ: ngày { $day } hằng tháng, { $time }, tại { $place }
meeting-sec-default-none = Lịch sinh hoạt thường kỳ: chưa đặt.
meeting-sec-upcoming-header = Các cuộc họp đã lên lịch:
meeting-sec-upcoming-none = Chưa có cuộc họp nào sắp tới được lên lịch.
meeting-sec-upcoming-line = { $number }. { $when } tại { $place }
meeting-sec-agenda = {"   "}Nội dung: { $agenda }
meeting-sec-answers = {"   "}Đã trả lời: { $attending } sẽ dự, { $absent } không dự được (danh sách { $listed } đảng viên)
meeting-sec-upcoming-footer = Bấm số của một cuộc họp để sửa hoặc hủy.
meeting-sec-latest = Cuộc họp gần nhất: { $when } tại { $place }. { $recorded ->
    [yes] Đã ghi điểm danh.
   *[no] Chưa ghi điểm danh.
}
meeting-sec-button-schedule = Lên lịch cuộc họp
meeting-sec-button-set-default = { $set ->
    [yes] Đổi lịch thường kỳ
   *[no] Đặt lịch thường kỳ
}
meeting-sec-button-clear-default = Bỏ lịch thường kỳ
meeting-sec-button-attendance = Điểm danh cuộc họp { $when }

## One meeting still to come

meeting-sec-meeting-title = Cuộc họp { $when }
meeting-sec-field-place = Địa điểm: { $place }
meeting-sec-field-agenda = Nội dung: { $agenda }
meeting-sec-field-link = Họp trực tuyến: { $link }
meeting-sec-field-documents = Tài liệu gửi kèm: { $count ->
    [0] chưa có
   *[other] { $count } tệp ({ $names })
}
meeting-sec-button-document = 📎 Gửi kèm tài liệu
meeting-sec-ask-document = Gửi tài liệu cho buổi họp { $when } (dự thảo nghị quyết, báo cáo…) dưới dạng tệp PDF hoặc ảnh, tối đa { $max } MB. Đảng viên nhận tài liệu khi gõ /documents. Gõ /cancel để thôi.
meeting-sec-document-file-only = Hãy gửi tài liệu dưới dạng tệp PDF hoặc ảnh, hoặc gõ /cancel để thôi. Chưa có gì thay đổi.
meeting-sec-document-refused = { $reason ->
    [too-many] Buổi họp này đã có đủ số tài liệu tối đa nên không gửi kèm thêm được. Chưa có gì thay đổi.
    [meeting-over] Buổi họp đã bắt đầu, đã họp xong hoặc đã bị hủy nên không gửi kèm tài liệu được nữa. Chưa có gì thay đổi.
   *[other] Không tìm thấy buổi họp này. Gõ /meeting để xem lịch họp. Chưa có gì thay đổi.
}
meeting-sec-document-added = Đã gửi kèm tài liệu cho buổi họp { $when } (hiện có { $count } tệp). Đảng viên gõ /documents để nhận.
meeting-sec-button-edit = { $field ->
    [when] Đổi ngày giờ
    [place] Đổi địa điểm
    [link] Đổi đường dẫn họp trực tuyến
   *[agenda] Đổi nội dung
}
meeting-sec-button-cancel = Hủy cuộc họp
meeting-sec-cancel-ask = Hủy cuộc họp { $when } tại { $place }? Các đảng viên sẽ không được mời họp buổi này nữa.
meeting-sec-button-cancel-yes = Hủy cuộc họp này
meeting-sec-button-cancel-no = Giữ cuộc họp
meeting-sec-cancel-kept = Cuộc họp { $when } vẫn giữ nguyên.
meeting-sec-cancelled-meeting = Đã hủy cuộc họp { $when } tại { $place }.
meeting-sec-stale = { $status ->
    [cancelled] Cuộc họp này đã bị hủy nên không có gì thay đổi.
    [held] Cuộc họp này đã diễn ra nên không có gì thay đổi.
   *[other] Cuộc họp này đã bắt đầu hoặc chưa đến lúc nên không có gì thay đổi.
} Gõ /meeting để xem lịch hiện tại.

## Typed answers, one question at a time

meeting-sec-ask-when = Gửi ngày và giờ họp theo dạng ngày/tháng/năm giờ:phút, ví dụ { $example } (giờ của chi bộ). Gõ /cancel để thôi.
meeting-sec-ask-place = Gửi địa điểm họp (tối đa { $max } ký tự). Gõ /cancel để thôi.
meeting-sec-ask-agenda = Gửi nội dung sinh hoạt (tối đa { $max } ký tự). Gõ /cancel để thôi.
meeting-sec-ask-edit = { $field ->
    [when] Ngày giờ hiện tại: { $current }. Gửi ngày giờ mới theo dạng ngày/tháng/năm giờ:phút, ví dụ { $example }.
    [place] Địa điểm hiện tại: { $current }. Gửi địa điểm mới (tối đa { $max } ký tự).
    [link] Đường dẫn họp trực tuyến hiện tại: { $current }. Gửi đường dẫn mới, bắt đầu bằng https:// (tối đa { $max } ký tự).
   *[agenda] Nội dung hiện tại: { $current }. Gửi nội dung mới (tối đa { $max } ký tự).
} Gõ /cancel để thôi.
meeting-sec-ask-default-day = Chi bộ sinh hoạt thường kỳ vào ngày nào hằng tháng? Gửi một số từ 1 đến 31 (tháng nào ít ngày hơn thì họp vào ngày cuối tháng). Gõ /cancel để thôi.
meeting-sec-ask-default-time = Ngày { $day } hằng tháng, lúc mấy giờ? Gửi giờ theo dạng giờ:phút, ví dụ 19:30. Gõ /cancel để thôi.
meeting-sec-ask-default-place = Gửi địa điểm sinh hoạt thường kỳ (tối đa { $max } ký tự). Gõ /cancel để thôi.
meeting-sec-ask-absence-reason = Gửi lý do vắng của đồng chí { $name } để ghi vào biên bản (tối đa { $max } ký tự). Gõ /cancel để thôi.

meeting-sec-error-when-format = Chưa đọc được ngày giờ. Hãy gửi theo dạng ngày/tháng/năm giờ:phút, ví dụ 05/01/2027 19:30, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-error-date = Ngày này không có trên lịch. Hãy kiểm tra ngày và tháng rồi gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-error-time = Giờ không hợp lệ: giờ từ 00 đến 23, phút từ 00 đến 59, ví dụ 19:30. Hãy gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-error-past = Thời điểm này đã qua. Hãy gửi một ngày giờ sắp tới, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-error-day = Ngày trong tháng phải là một số từ 1 đến 31. Hãy gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-error-link = Đây chưa phải là một đường dẫn. Gửi đường dẫn họp trực tuyến đầy đủ, bắt đầu bằng https://, ví dụ https://hop.example.vn/chi-bo-hai-thanh. Chưa có gì thay đổi.
meeting-sec-error-empty = Nội dung trống. Hãy gửi lại bằng chữ (tối đa { $max } ký tự), hoặc gõ /cancel để thôi.
meeting-sec-error-too-long = Nội dung quá dài ({ $length } ký tự, tối đa { $max }). Hãy rút gọn rồi gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
meeting-sec-text-only = Hãy gửi bằng chữ, hoặc gõ /cancel để thôi.
meeting-sec-cancelled = Đã thôi. Không có gì thay đổi.
meeting-sec-expired = Câu hỏi đã quá hạn nên không có gì thay đổi. Gõ /meeting để làm lại.

meeting-sec-scheduled = Đã lên lịch cuộc họp { $when } tại { $place }.
meeting-sec-changed = { $field ->
    [when] Đã đổi ngày giờ họp.
    [place] Đã đổi địa điểm họp.
    [link] Đã đổi đường dẫn họp trực tuyến; giấy mời gửi từ nay ghi đường dẫn mới.
   *[agenda] Đã đổi nội dung sinh hoạt.
}
meeting-sec-default-saved = Đã đặt lịch sinh hoạt thường kỳ: ngày { $day } hằng tháng, { $time }, tại { $place }.
meeting-sec-default-cleared = { $cleared ->
    [yes] Đã bỏ lịch sinh hoạt thường kỳ. Các cuộc họp đã lên lịch vẫn giữ nguyên.
   *[no] Chi bộ chưa đặt lịch sinh hoạt thường kỳ nên không có gì thay đổi.
}

## Attendance of a meeting that has begun

meeting-sec-attendance-title = Điểm danh cuộc họp { $when } tại { $place }
meeting-sec-attendance-source = { $recorded ->
    [yes] Đây là điểm danh đã ghi. Sửa nếu cần rồi bấm Lưu để ghi lại.
   *[no] Điểm danh soạn sẵn từ trả lời của đảng viên. Kiểm tra, sửa nếu cần rồi bấm Lưu.
}
meeting-sec-mark = { $status ->
    [present] ✅
    [online] 🖥
    [absent_with_reason] 📝
   *[absent_without_reason] ❌
}
meeting-sec-attendance-line = { $number }. { $mark } { $name }: { $status ->
    [present] có mặt
    [online] dự trực tuyến
    [absent_with_reason] vắng có lý do ({ $hasReason ->
        [yes] { $reason }
       *[no] chưa ghi lý do
    })
   *[absent_without_reason] vắng không có lý do
}
meeting-sec-attendance-empty = Không có đảng viên nào trong danh sách điểm danh.
meeting-sec-attendance-summary = Danh sách { $listed } đảng viên: có mặt { $present }{ $online ->
    [0] {""}
   *[other] {" "}(trực tuyến { $online })
}, vắng có lý do { $excused }, vắng không có lý do { $unexcused }.
meeting-sec-attendance-help = Bấm số của một đồng chí để đổi: có mặt → { $pilot ->
    [yes] dự trực tuyến → {""}
   *[other] {""}
}vắng có lý do → vắng không có lý do. Đảng viên được miễn sinh hoạt không có trong danh sách.
meeting-sec-button-save = Lưu điểm danh
meeting-sec-button-print = In danh sách điểm danh (PDF)
meeting-sec-print-caption = Danh sách điểm danh buổi sinh hoạt { $when }, để kèm biên bản và ký.
meeting-sec-print-unavailable = { $outcome ->
    [cancelled] Buổi sinh hoạt này đã hủy nên không có danh sách điểm danh.
   *[not-recorded] Chưa ghi điểm danh buổi này. Bấm "Lưu điểm danh" trước rồi in.
}
meeting-sec-attendance-reason-missing = Chưa có lý do vắng của: { $names }. Bấm số của đồng chí ấy để ghi lý do, hoặc đổi sang vắng không có lý do. Chưa có gì được lưu.
meeting-sec-attendance-refused = { $reason ->
    [not-listed] Danh sách đảng viên đã thay đổi nên chưa lưu được. Hãy mở lại điểm danh từ /meeting.
    [cancelled] Cuộc họp này đã bị hủy nên không lưu điểm danh.
    [not-started] Cuộc họp chưa bắt đầu nên chưa điểm danh được.
   *[other] Chưa lưu được điểm danh. Hãy mở lại từ /meeting.
}
meeting-sec-attendance-saved = { $correction ->
    [yes] Đã ghi lại điểm danh ({ $changed } dòng thay đổi).
   *[no] Đã ghi điểm danh.
} Danh sách { $listed } đảng viên: có mặt { $present }, vắng có lý do { $excused }, vắng không có lý do { $unexcused }.

meeting-sec-reason-answer = { $reason ->
    [working_away] Đi làm ăn xa
    [ill] Ốm đau
    [family] Việc gia đình
    [on_duty] Đi công tác
   *[other] Lý do khác
}
meeting-sec-reason-arrangement = { $because ->
    [temporary-exemption] Tạm miễn sinh hoạt
   *[temporary-transfer] Đang chuyển sinh hoạt tạm thời
}
