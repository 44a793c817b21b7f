## Asking for help or to leave (/help_me)

helpme-title = đề nghị gửi chi bộ
helpme-ask-kind = Đồng chí muốn báo với chi bộ điều gì?
helpme-label-kind = Nội dung
helpme-kind-difficulty = Tôi đang gặp khó khăn
helpme-kind-leave = Tôi đang nghĩ đến việc xin ra khỏi Đảng
helpme-ask-text =
    { $kind ->
        [leave] Đồng chí chia sẻ lý do và hoàn cảnh của mình. Chi bộ sẽ liên hệ để trao đổi trước khi làm bất cứ thủ tục nào.
       *[other] Đồng chí kể khó khăn đang gặp, để chi bộ liên hệ và hỗ trợ.
    }
helpme-label-text = Chia sẻ
helpme-ack =
    Đã ghi nhận, mã số { $reference }. Bí thư chi bộ được báo ngay và sẽ liên hệ với đồng chí.{ $kind ->
        [leave] {" "}Chưa có thủ tục nào được tiến hành; chi bộ muốn nghe đồng chí chia sẻ trước.
       *[other] {""}
    }
helpme-refused-text-missing = Hãy viết vài dòng trước khi gửi. Bấm Sửa để viết.
helpme-refused-text-too-long = Nội dung quá dài. Bấm Sửa để viết ngắn lại.
