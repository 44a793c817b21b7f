## Answering the cell's meeting invitation (/attend, or the button under the invitation)

meeting-answer-title = trả lời giấy mời họp chi bộ
meeting-answer-ask-reply = Chi bộ họp lúc { $when }{ $differs ->
        [yes] {" "}(tức { $ownWhen } theo giờ nơi đồng chí đang ở)
       *[other] {""}
    }, tại { $place }.{ $hasAgenda ->
        [no] {""}
       *[yes] {" "}Nội dung: { $agenda }.
    }{ $documents ->
        [0] {""}
       *[other] {" "}Chi bộ gửi kèm { $documents } tài liệu: gõ /documents để nhận.
    } Đồng chí có dự được không?
meeting-answer-label-reply = Dự họp
meeting-answer-reply-attending = ✅ Sẽ dự
meeting-answer-reply-not-attending = 🙏 Không dự được
meeting-answer-ask-reason = Đồng chí không dự được vì lý do gì? Chi bộ sẽ ghi đồng chí vắng có lý do.
meeting-answer-label-reason = Lý do vắng
meeting-answer-reason-working-away = Đi làm ăn xa
meeting-answer-reason-ill = Ốm đau
meeting-answer-reason-family = Việc gia đình
meeting-answer-reason-on-duty = Đi công tác
meeting-answer-reason-other = Lý do khác
meeting-answer-ask-reason-text = Đồng chí ghi rõ lý do (một, hai câu là đủ).
meeting-answer-label-reason-text = Lý do cụ thể
meeting-answer-ask-opinion = Nếu có ý kiến hoặc báo cáo về nội dung họp, đồng chí viết vào đây để bí thư đọc tại buổi họp. Nếu không có, đồng chí bỏ qua câu này.
meeting-answer-label-opinion = Ý kiến gửi chi bộ
meeting-answer-ask-opinion-photo = Nếu ý kiến, báo cáo viết trên giấy, đồng chí có thể gửi một ảnh chụp. Nếu không có, đồng chí bỏ qua câu này.
meeting-answer-label-opinion-photo = Ảnh ý kiến, báo cáo
meeting-answer-ack = { $reply ->
        [attending] Đã ghi: đồng chí sẽ dự buổi họp lúc { $when }.
       *[other] Đã ghi lý do đồng chí không dự được buổi họp lúc { $when }: chi bộ sẽ ghi đồng chí vắng có lý do.
    }{ $opinion ->
        [yes] {" "}Ý kiến của đồng chí đã được gửi tới bí thư.
       *[other] {""}
    } Nếu có thay đổi, đồng chí dùng lệnh /attend để trả lời lại trước giờ họp.
meeting-answer-refused-no-meeting = Chi bộ chưa có buổi họp nào sắp tới để trả lời. Khi có giấy mời, homecell sẽ gửi cho đồng chí.
meeting-answer-refused-not-your-cell = Buổi họp này không phải của chi bộ đồng chí sinh hoạt.
meeting-answer-refused-meeting-over = Buổi họp đã bắt đầu hoặc đã họp xong, nên không ghi câu trả lời nữa. Nếu đồng chí vắng có lý do, đề nghị báo trực tiếp cho bí thư chi bộ.
meeting-answer-refused-cancelled = Buổi họp này đã bị hủy, không cần trả lời.

## The documents of the coming meeting (/documents)

meeting-docs-header = Chi bộ gửi kèm { $count } tài liệu cho buổi họp tại { $place }, đồng chí xem trước khi họp:
meeting-docs-none = { $scheduled ->
    [yes] Buổi họp chi bộ sắp tới chưa có tài liệu gửi kèm.
   *[other] Chi bộ chưa có buổi họp nào sắp tới.
}
