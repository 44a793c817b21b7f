## Renewing an exemption or a temporary transfer (/renew, or the button of the reminders)

renew-title = đơn xin gia hạn
renew-ask-ends-on = Xin gia hạn { $arrangement ->
        [temporary_exemption] tạm miễn sinh hoạt đảng
       *[temporary_transfer] chuyển sinh hoạt đảng tạm thời
    } như lần trước: ở { $place }, lý do: { $reason }. Lần này hết hạn ngày { $endsOn }; gia hạn từ ngày { $from }.
    Đồng chí xin gia hạn đến ngày nào? (muộn nhất ngày { $latest }, ví dụ 30/06/2027)
renew-label-ends-on = Gia hạn đến ngày
renew-error-ends-on = Ngày gia hạn phải sau ngày hết hạn hiện tại và không muộn hơn ngày nêu ở trên. Hãy gõ lại.
renew-refused-not-away = Chi bộ không có khai báo đi làm xa nào của đồng chí đang còn hiệu lực. Nếu sắp đi làm xa, gõ /away.
renew-refused-not-renewable = Đợt đi vắng hiện tại của đồng chí không phải là tạm miễn sinh hoạt hay chuyển sinh hoạt tạm thời đã được duyệt, nên chưa thể xin gia hạn. Hãy liên hệ bí thư chi bộ.
renew-refused-renewal-already-filed = Đồng chí đã gửi đơn xin gia hạn (hoặc một khai báo đi mới); đơn đó đang chờ xét. Gõ /status để xem.
renew-refused-bad-end-date = Ngày gia hạn chưa hợp lệ: phải sau ngày hết hạn hiện tại và trong thời hạn một lần gia hạn. Hãy sửa lại.
renew-ack = Đã gửi đơn xin gia hạn { $arrangement ->
        [temporary_exemption] tạm miễn sinh hoạt đảng
       *[temporary_transfer] chuyển sinh hoạt đảng tạm thời
    } từ ngày { $from } đến ngày { $until }, mã số { $reference }. Chi bộ sẽ xem xét và đề nghị cấp có thẩm quyền quyết định; kết quả từng bước sẽ được báo cho đồng chí ở đây.
