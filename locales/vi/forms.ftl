## Forms: questions, answers, summary and submit (every journey form)

forms-progress = { $title } ({ $step }/{ $total })
forms-answered =
    { $prompt }
    ✓ { $answer }
forms-yes = Có
forms-no = Không
forms-answer-photo = Đã nhận ảnh
forms-answer-document = Đã nhận tệp
forms-prefill = Dùng: { $value }
forms-keep = Giữ nguyên: { $value }
forms-text-collecting = Đã nhận ({ $length }/{ $max } ký tự).
forms-unknown-title = biểu mẫu
forms-resumed = Tiếp tục { $title } đang làm dở, từ chỗ đồng chí dừng lại.
forms-still-open = Đồng chí vẫn đang điền { $title }; dưới đây là câu hỏi đồng chí đang dừng lại.
forms-discarded = Đã bỏ { $title } đang làm dở.
forms-cancelled = Đã hủy { $title }. Không có gì được lưu.
forms-expired = Đồng chí có { $title } làm dở đã quá { $days } ngày không tiếp tục, nên đã bị hủy. Không có gì được lưu; đồng chí có thể làm lại bất cứ lúc nào.
forms-gone = Biểu mẫu đồng chí đang điền không còn nữa nên đã đóng lại. Không có gì được lưu. Gõ /help để xem các việc có thể làm.
forms-switch-ask = Đồng chí đang làm dở { $current }. Đồng chí muốn làm tiếp, hay bỏ để bắt đầu { $next }?
forms-old-button = Nút đó thuộc một câu hỏi trước trong { $title }. Câu hỏi hiện tại của đồng chí:
forms-stale-button = Nút này thuộc một tin nhắn cũ. Hãy dùng tin nhắn mới nhất, hoặc gõ /help.
forms-unbound = Tài khoản này chưa được kết nối với hồ sơ đảng viên. Hãy xin bí thư chi bộ mã mời, rồi gửi: /start MÃ-MỜI

## Summary and edit

forms-summary-title = Đề nghị đồng chí kiểm tra lại { $title }:
forms-summary-line = { $label }: { $value }
forms-summary-skipped = (bỏ qua)
forms-summary-cut = { $start }… ({ $length } ký tự)
forms-summary-sent =
    Nội dung đồng chí đã gửi:
    { $summary }

    ✓ Đã xác nhận
forms-submit-finished = Lần trước, ngay sau khi đồng chí xác nhận { $title }, hệ thống bị gián đoạn nên chưa kịp trả lời. Nội dung đó đã được ghi nhận (chỉ một lần):
forms-edit-title = Đồng chí muốn sửa câu trả lời nào?
forms-editing = Đang sửa: { $label }

## What each kind of question expects

forms-hint-text = Gõ câu trả lời (tối đa { $max } ký tự).
forms-hint-text-multi = Gõ câu trả lời; có thể gửi nhiều tin nhắn (tổng cộng tối đa { $max } ký tự).
forms-hint-number = Gõ một số.
forms-hint-integer = Gõ một số nguyên.
forms-hint-money = Gõ số tiền, ví dụ 20000 hoặc 20.000 VND (loại tiền: { $currencies }).
forms-hint-months = Chọn các tháng, hoặc gõ như 11/2026, 12/2026.
forms-hint-date = Gõ ngày theo ngày/tháng/năm, ví dụ 25/12/2026.
forms-hint-country = Chọn nước, hoặc gõ tên hay mã nước (ví dụ Hàn Quốc, KR).
forms-hint-photo = Gửi một ảnh.
forms-hint-document = Gửi một tệp hoặc một ảnh.

## Answers that do not fit the question

forms-error-invalid = Câu trả lời này không dùng được ở đây. Đồng chí kiểm tra lại và trả lời lại nhé.
forms-error-choice = Hãy chọn một trong các lựa chọn: bấm nút hoặc trả lời bằng số thứ tự (từ 1 đến { $count }).
forms-error-confirm = Hãy trả lời có hoặc không.
forms-error-select-min = Hãy chọn ít nhất { $min } lựa chọn.
forms-error-select-max = Chỉ được chọn nhiều nhất { $max } lựa chọn.
forms-error-select-min-months = Hãy chọn ít nhất { $min } tháng.
forms-error-select-max-months = Chỉ được chọn nhiều nhất { $max } tháng.
forms-error-text-too-short = Câu trả lời quá ngắn ({ $length } ký tự); hãy viết ít nhất { $min } ký tự.
forms-error-text-too-short-or-none = Câu trả lời quá ngắn ({ $length } ký tự); hãy viết ít nhất { $min } ký tự, hoặc nếu không có gì để ghi thì gửi “Không có”.
forms-error-text-too-long = Câu trả lời quá dài ({ $length } ký tự); chỉ được tối đa { $max } ký tự. Hãy viết ngắn lại.
forms-error-text-total-too-long = Thêm tin nhắn này thì câu trả lời sẽ dài { $length } ký tự, quá mức { $max } ký tự, nên chưa được thêm vào. { $sofar } ký tự đã nhận trước đó vẫn được giữ: hãy gửi tin ngắn hơn, hoặc báo Xong để gửi phần đã có.
forms-error-number = Đây không phải là số. Hãy chỉ gõ các chữ số, ví dụ 3.
forms-error-number-integer = Hãy gõ một số nguyên, không có phần thập phân.
forms-error-number-min = Số phải từ { $min } trở lên.
forms-error-number-max = Số không được lớn hơn { $max }.
forms-error-money = Đây không phải là số tiền. Hãy gõ như 20000, 20.000 VND hoặc 50 USD (loại tiền: { $currencies }).
forms-error-money-negative = Số tiền không được là số âm.
forms-error-money-zero = Số tiền phải lớn hơn 0.
forms-error-money-currency = Không nhận loại tiền { $currency } ở đây. Hãy dùng một trong: { $currencies }.
forms-error-money-decimals = Số tiền có nhiều chữ số thập phân hơn mức { $currency } cho phép.
forms-error-money-too-large = Số tiền có vẻ không đúng: lớn hơn { $max }. Đồng chí kiểm tra lại nhé.
forms-error-date-format = Tôi không đọc được ngày này. Hãy gõ theo ngày/tháng/năm, ví dụ 25/12/2026.
forms-error-date-impossible = Không có ngày { $date } trên lịch. Hãy kiểm tra lại ngày và tháng.
forms-error-date-too-early = Ngày không được trước { $min }.
forms-error-date-too-late = Ngày không được sau { $max }.
forms-error-months-format = Hãy chọn tháng bằng các nút, hoặc gõ như 11/2026, 12/2026.
forms-error-months-number = Hãy dùng số thứ tự của các tháng trong danh sách (từ 1 đến { $count }).
forms-error-month-not-offered = Không chọn được tháng { $month } ở đây. Các tháng có thể chọn: { $offered }.
forms-error-country = Không tìm thấy nước này. Hãy gõ tên nước hoặc mã hai chữ cái, ví dụ Hàn Quốc hoặc KR.
forms-error-country-not-allowed = Không chọn được { $country } cho câu hỏi này.
forms-error-expect-photo = Câu hỏi này cần một ảnh. Hãy gửi ảnh (không dùng được nhãn dán, tin nhắn thoại hay chữ ở đây).
forms-error-expect-document = Câu hỏi này cần một tệp hoặc một ảnh. Hãy gửi tệp hoặc ảnh (không dùng được nhãn dán, tin nhắn thoại hay chữ ở đây).
forms-error-file-too-big = Tệp này quá lớn: chỉ nhận tệp đến { $max } MB. Đồng chí hãy gửi ảnh nhỏ hơn (gửi dạng ảnh, không gửi dạng tệp) hoặc một tệp PDF nhẹ hơn.
forms-error-file-type-photo = Tệp này không phải là ảnh đọc được. Đồng chí hãy gửi ảnh JPEG, PNG, WEBP hoặc HEIC.
forms-error-file-type-document = Không nhận được loại tệp này. Đồng chí hãy gửi ảnh (JPEG, PNG, WEBP, HEIC) hoặc tệp PDF.
forms-error-file-unavailable = Chưa tải được tệp đồng chí vừa gửi. Đồng chí hãy gửi lại.
forms-error-expect-typed = Câu hỏi này cần câu trả lời bằng chữ, không phải ảnh, tệp, nhãn dán hay tin nhắn thoại.
forms-error-summary-reply = Hãy xác nhận, sửa hoặc hủy.
forms-error-edit-reply = Hãy chọn số thứ tự của câu trả lời cần sửa.

## Buttons (Telegram)

forms-button-done = Xong
forms-button-skip = Bỏ qua
forms-button-confirm = ✅ Xác nhận
forms-button-edit = ✏️ Sửa
forms-button-cancel = Hủy
forms-button-back = Quay lại bản tóm tắt
forms-button-continue = Tiếp tục { $title }
forms-button-discard = Bỏ và bắt đầu { $title }
forms-telegram-collecting-hint = Đồng chí có thể gửi tiếp, hoặc bấm Xong khi đã viết hết.
forms-telegram-skip-file-hint = Nếu không gửi, bấm Bỏ qua.
forms-telegram-multi-hint = Bấm để chọn hoặc bỏ chọn, rồi bấm Xong.
forms-telegram-cancel-hint = Gõ /cancel bất cứ lúc nào để dừng; chưa có gì được lưu cho đến khi đồng chí xác nhận.

## Typed replies (channels without buttons)

forms-text-reply-choice = Trả lời { $choices }.
forms-text-reply-multi = Trả lời một hoặc nhiều số, ví dụ { $example }.
forms-text-reply-prefill = Trả lời OK để chọn “{ $value }”.
forms-text-reply-skip = Trả lời BỎ QUA để bỏ qua câu này.
forms-text-reply-done = Đồng chí có thể gửi tiếp, hoặc trả lời XONG khi đã viết hết.
forms-text-cancel-hint = Trả lời HỦY bất cứ lúc nào để dừng; chưa có gì được lưu cho đến khi đồng chí xác nhận.
forms-text-reply-summary = Trả lời OK để xác nhận, SỬA để sửa một câu trả lời, hoặc HỦY để bỏ.
forms-text-reply-edit = Trả lời { $choices } để sửa câu trả lời đó, hoặc QUAY LẠI để về bản tóm tắt.

## Sample form (engine tests and the sandbox)

forms-sample-title = yêu cầu hỗ trợ (mẫu)
forms-sample-topic = Đồng chí cần hỗ trợ về việc gì?
forms-sample-topic-label = Nội dung
forms-sample-topic-work = Công việc
forms-sample-topic-family = Gia đình
forms-sample-topic-fee = Đảng phí
forms-sample-topic-other = Việc khác
forms-sample-details = Đồng chí mô tả tình hình cụ thể.
forms-sample-details-label = Chi tiết
forms-sample-amount = Đồng chí đã đóng bao nhiêu?
forms-sample-amount-label = Số tiền
forms-sample-months = Số tiền đó cho những tháng nào?
forms-sample-months-label = Các tháng
forms-sample-started = Từ ngày nào?
forms-sample-started-label = Từ ngày
forms-sample-country = Đồng chí đang ở nước nào?
forms-sample-country-label = Nước
forms-sample-photo = Một ảnh giúp giải thích (không bắt buộc).
forms-sample-photo-label = Ảnh
forms-sample-call = Đồng chí có muốn bí thư gọi điện lại không?
forms-sample-call-label = Gọi lại
forms-sample-ack = Cảm ơn đồng chí. Yêu cầu đã được ghi nhận, mã số { $reference }.
