## Year-end self-review, form 2C (/review)

review-title = bản tự kiểm điểm cuối năm
review-ask-strengths = Phần 1. Ưu điểm, kết quả đạt được: về tư tưởng chính trị, đạo đức, lối sống; việc thực hiện nhiệm vụ ở nơi làm việc và nơi cư trú.
review-label-strengths = Ưu điểm, kết quả
review-ask-shortcomings = Phần 2. Hạn chế, khuyết điểm và nguyên nhân.
review-label-shortcomings = Hạn chế, nguyên nhân
review-ask-progress = Phần 3. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra năm trước (nếu không có, ghi “Không có”).
review-label-progress = Khắc phục hạn chế năm trước
review-ask-direction = Phần 4. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm trong năm tới.
review-label-direction = Phương hướng, biện pháp
review-error-too-short-strengths = Phần 1 cần ít nhất { $min } ký tự (đồng chí mới gửi { $length }). Hãy viết ưu điểm, kết quả đạt được: về tư tưởng chính trị, đạo đức, lối sống, việc thực hiện nhiệm vụ ở nơi làm việc và nơi cư trú.
review-error-too-short-shortcomings = Phần 2 cần ít nhất { $min } ký tự (đồng chí mới gửi { $length }). Hãy viết những hạn chế, khuyết điểm của mình và nguyên nhân.
review-error-too-short-progress = Phần 3 cần ít nhất { $min } ký tự (đồng chí mới gửi { $length }). Hãy viết kết quả khắc phục những hạn chế năm trước; nếu năm trước không có hạn chế nào được chỉ ra, chỉ cần gửi “Không có”.
review-error-too-short-direction = Phần 4 cần ít nhất { $min } ký tự (đồng chí mới gửi { $length }). Hãy viết phương hướng, biện pháp khắc phục hạn chế trong năm tới.
review-keep-draft = Dùng bản nháp: { $value }
review-ask-comment-text = Nhận xét của nơi làm việc hoặc chính quyền địa phương nơi cư trú: gõ nội dung nhận xét ở đây, hoặc bỏ qua để gửi ảnh bản nhận xét có chữ ký ở câu sau.
review-label-comment-text = Nhận xét (chữ)
review-ask-comment-file = Gửi ảnh hoặc tệp bản nhận xét có chữ ký, đóng dấu (nếu có).
review-label-comment-file = Nhận xét (ảnh, tệp)
review-ask-self-rating = Đồng chí tự xếp loại mức nào?
review-label-self-rating = Tự xếp loại
review-rating-excellent = Hoàn thành xuất sắc nhiệm vụ
review-rating-good = Hoàn thành tốt nhiệm vụ
review-rating-complete = Hoàn thành nhiệm vụ
review-rating-incomplete = Không hoàn thành nhiệm vụ
review-exempt = Đồng chí đang được miễn công tác và sinh hoạt đảng (tuổi cao, sức khỏe yếu) nên năm nay được miễn đánh giá, xếp loại; không cần nộp bản tự kiểm điểm.
review-already-submitted = Đồng chí đã nộp bản tự kiểm điểm năm nay rồi. Muốn sửa, hãy liên hệ bí thư chi bộ.
review-closed = Đã hết thời hạn nộp bản tự kiểm điểm năm nay. Hãy liên hệ bí thư chi bộ.
review-ack = Đã nộp bản tự kiểm điểm năm { $year }, mã số { $reference }. Chi bộ sẽ xem xét và đánh giá, xếp loại.{ $late ->
        [yes] {" "}Bản này nộp sau hạn, nên chi bộ sẽ đánh giá bổ sung.
       *[other] {""}
    }
review-ack-draft = Đã lưu bản nháp, mã số { $reference }. Việc nộp bản tự kiểm điểm mở từ ngày { $opens }; khi đó gõ /review, các phần đã viết sẽ có sẵn để dùng lại.
review-refused-comment-missing = Bản tự kiểm điểm cần có nhận xét của nơi làm việc hoặc chính quyền địa phương: gõ nội dung, hoặc gửi ảnh bản nhận xét. Bấm Sửa để thêm.
review-refused-section-missing = Còn phần chưa viết. Bấm Sửa để viết thêm.
review-refused-section-too-long = Có phần dài quá giới hạn. Bấm Sửa để viết ngắn lại.
review-refused-comment-too-long = Nhận xét dài quá giới hạn. Bấm Sửa để rút gọn.
review-refused-review-not-open = Chưa đến thời gian nộp bản tự kiểm điểm.
review-refused-review-closed = Đã hết thời hạn nộp bản tự kiểm điểm năm nay.
review-refused-already-submitted = Đồng chí đã nộp bản tự kiểm điểm năm nay rồi.
review-refused-review-exempt = Đồng chí được miễn đánh giá năm nay nên không cần nộp.
