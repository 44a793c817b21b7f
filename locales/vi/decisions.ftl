## Messages telling a member of the cell's decision (sent by the delivery in the member's language)

decision-application-approved = { $arrangement ->
    [temporary_exemption] Chi bộ đã duyệt đơn xin tạm miễn sinh hoạt đảng của đồng chí, từ { $from } đến { $until }. Trong thời gian này đồng chí vẫn giữ liên lạc hằng tháng với chi bộ và đóng đảng phí theo quy định. Trước ngày hết hạn, hãy báo chi bộ khi trở về hoặc xin gia hạn.
    [temporary_transfer] Chi bộ đã duyệt việc chuyển sinh hoạt đảng tạm thời của đồng chí, từ { $from } đến { $until }. Đồng chí sẽ nhận giấy giới thiệu để sinh hoạt tại tổ chức đảng nơi đến.
   *[official_transfer] Chi bộ đã duyệt việc chuyển sinh hoạt đảng chính thức của đồng chí (từ { $from }). Chi bộ sẽ hướng dẫn thủ tục và giấy tờ cần thiết.
}
decision-application-rejected = { $arrangement ->
    [temporary_exemption] Chi bộ chưa duyệt đơn xin tạm miễn sinh hoạt đảng của đồng chí.
    [temporary_transfer] Chi bộ chưa duyệt việc chuyển sinh hoạt tạm thời của đồng chí.
   *[official_transfer] Chi bộ chưa duyệt việc chuyển sinh hoạt chính thức của đồng chí.
} Lý do: { $reason }
    Hãy liên hệ bí thư chi bộ để được hướng dẫn, rồi gửi lại bằng lệnh /away.
decision-fee-confirmed = Chi bộ đã xác nhận khoản đảng phí { $amount } cho tháng { $months }. Cảm ơn đồng chí.
decision-fee-disputed = Chi bộ chưa xác nhận khoản đảng phí đồng chí khai cho tháng { $months }. Lý do: { $reason }
    Các tháng này chưa được tính là đã đóng. Hãy liên hệ bí thư chi bộ, hoặc khai lại bằng lệnh /fee.
decision-review-rated = Chi bộ đã xếp loại chất lượng đảng viên năm { $year } của đồng chí: { $rating ->
        [excellent] Hoàn thành xuất sắc nhiệm vụ
        [good] Hoàn thành tốt nhiệm vụ
        [complete] Hoàn thành nhiệm vụ
       *[incomplete] Không hoàn thành nhiệm vụ
    }.
    Nhận xét của chi bộ: { $comment }
decision-review-rate-later = Đồng chí vắng mặt trong buổi họp kiểm điểm năm { $year }. Chi bộ sẽ xếp loại đồng chí sau, dựa trên bản kiểm điểm đồng chí đã nộp.
decision-fee-arrangement-approved = { $kind ->
    [late] Chi bộ đồng ý để đồng chí đóng đảng phí chậm cho các tháng từ { $from } đến { $to } (trong thời gian tạm miễn sinh hoạt). Các tháng này không bị tính là nợ phí.
   *[advance] Chi bộ đồng ý để đồng chí đóng trước đảng phí cho các tháng từ { $from } đến { $to } (trong thời gian tạm miễn sinh hoạt).
}
