## Messages telling a member of the cell's decision (sent by the delivery in the member's language)

decision-application-approved = { $arrangement ->
    [temporary_exemption] Chi bộ đã duyệt đơn xin tạm miễn sinh hoạt đảng của đồng chí, từ { $from } đến { $until }. Trong thời gian này đồng chí vẫn giữ liên lạc hằng tháng với chi bộ và đóng đảng phí theo quy định. Khi trở về, đồng chí báo cho chi bộ; nếu cần ở lại lâu hơn, hãy xin gia hạn trước ngày hết hạn.
    [temporary_transfer] Chi bộ đã duyệt việc chuyển sinh hoạt đảng tạm thời của đồng chí, từ { $from } đến { $until }. Đồng chí sẽ nhận giấy giới thiệu để sinh hoạt tại tổ chức đảng nơi đến.
   *[official_transfer] Chi bộ đã duyệt việc chuyển sinh hoạt đảng chính thức của đồng chí (từ { $from }). Chi bộ sẽ hướng dẫn thủ tục và giấy tờ cần thiết.
}
decision-application-rejected = { $arrangement ->
    [temporary_exemption] Chi bộ không duyệt đơn xin tạm miễn sinh hoạt đảng của đồng chí.
    [temporary_transfer] Chi bộ không duyệt việc chuyển sinh hoạt đảng tạm thời của đồng chí.
   *[official_transfer] Chi bộ không duyệt việc chuyển sinh hoạt đảng chính thức của đồng chí.
} Lý do: { $reason }
    Đề nghị đồng chí liên hệ bí thư chi bộ để được hướng dẫn, rồi gửi lại bằng lệnh /away.
decision-fee-confirmed = Chi bộ đã xác nhận khoản đảng phí { $amount } cho tháng { $months }. Cảm ơn đồng chí.
decision-fee-disputed = Chi bộ chưa xác nhận khoản đảng phí đồng chí khai cho tháng { $months }. Lý do: { $reason }
    Các tháng này chưa được tính là đã đóng. Đề nghị đồng chí liên hệ bí thư chi bộ, hoặc khai lại bằng lệnh /fee.
decision-review-rated = Chi bộ đã xếp loại chất lượng đảng viên năm { $year } của đồng chí: { $rating ->
        [excellent] Hoàn thành xuất sắc nhiệm vụ
        [good] Hoàn thành tốt nhiệm vụ
        [complete] Hoàn thành nhiệm vụ
       *[incomplete] Không hoàn thành nhiệm vụ
    }.
    Nhận xét của chi bộ: { $comment }
decision-review-rate-later = Đồng chí vắng mặt trong buổi họp kiểm điểm năm { $year }. Chi bộ sẽ xếp loại đồng chí sau, dựa trên bản tự kiểm điểm đồng chí đã nộp.
decision-fee-arrangement-approved = { $kind ->
    [late] Chi bộ đồng ý để đồng chí đóng đảng phí chậm cho các tháng từ { $from } đến { $to } (trong thời gian tạm miễn sinh hoạt). Các tháng này không bị tính là nợ đảng phí.
   *[advance] Chi bộ đồng ý để đồng chí đóng đảng phí trước cho các tháng từ { $from } đến { $to } (trong thời gian tạm miễn sinh hoạt).
}

## The steps of a departure application, told to the member and to the cell (issue 11 §3)

decision-application-proposed = Chi bộ đã họp, ra nghị quyết đề nghị { $unit } quyết định { $arrangement ->
        [temporary_exemption] cho đồng chí tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời của đồng chí
       *[official_transfer] chuyển sinh hoạt đảng chính thức của đồng chí
    } (từ { $from }). Khi có quyết định, kết quả sẽ được báo cho đồng chí ở đây. Trong thời gian chờ, đồng chí vẫn báo cáo hằng tháng và đóng đảng phí.
decision-application-approved-by-unit = { $unit } đã quyết định { $arrangement ->
        [temporary_exemption] cho đồng chí tạm miễn sinh hoạt đảng từ { $from } đến { $until }. Trong thời gian này đồng chí vẫn giữ liên lạc hằng tháng với chi bộ, đóng đảng phí và nộp bản tự kiểm điểm hằng năm. Khi trở về, đồng chí báo cho chi bộ; nếu cần ở lại lâu hơn, hãy xin gia hạn bằng lệnh /renew trước ngày hết hạn.
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời của đồng chí từ { $from } đến { $until }. Đồng chí sẽ nhận giấy giới thiệu để sinh hoạt tại tổ chức đảng nơi đến.
       *[official_transfer] chuyển sinh hoạt đảng chính thức của đồng chí (từ { $from }). Chi bộ sẽ hướng dẫn thủ tục và giấy tờ cần thiết.
    }
decision-application-rejected-by-unit = { $unit } không đồng ý { $arrangement ->
        [temporary_exemption] cho đồng chí tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời của đồng chí
       *[official_transfer] chuyển sinh hoạt đảng chính thức của đồng chí
    }. Lý do: { $reason }
    Đề nghị đồng chí liên hệ bí thư chi bộ để được hướng dẫn.
decision-application-more-asked = { $unit } đề nghị chi bộ bổ sung thông tin về đơn { $arrangement ->
        [temporary_exemption] xin tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời
       *[official_transfer] chuyển sinh hoạt đảng chính thức
    } của đồng chí. Chi bộ sẽ liên hệ nếu cần thêm gì từ đồng chí; kết quả sẽ được báo ở đây.
decision-application-approved-secretary = ✅ { $unit } đã quyết định đồng ý { $arrangement ->
        [temporary_exemption] cho đồng chí { $member } tạm miễn sinh hoạt đảng từ { $from } đến { $until }. Nếu chi bộ cho đồng chí đóng đảng phí chậm hoặc trước trong thời gian này, mở /member { $member }.
        [temporary_transfer] chuyển sinh hoạt tạm thời của đồng chí { $member } từ { $from } đến { $until }.
       *[official_transfer] chuyển sinh hoạt chính thức của đồng chí { $member } (từ { $from }).
    }
decision-application-rejected-secretary = ❌ { $unit } không đồng ý với đơn của đồng chí { $member } mà chi bộ đề nghị. Lý do: { $text }
decision-application-more-asked-secretary = ❓ { $unit } đề nghị chi bộ bổ sung về đơn của đồng chí { $member }: { $text }
    Đơn đã trở lại /pending của chi bộ; sau khi bổ sung, chi bộ đề nghị lại.
decision-absence-ended = Chi bộ ghi nhận đồng chí đã kết thúc đợt đi vắng, về sinh hoạt ở chi bộ nhà từ ngày { $day }. Đề nghị đồng chí gửi báo cáo cho chi bộ trong vòng { $days } ngày bằng lệnh /report.
decision-absence-shortened = Chi bộ ghi nhận đợt đi vắng của đồng chí nay kết thúc sớm hơn, vào ngày { $day }. Khi về, báo chi bộ bằng lệnh /back; nếu cần ở lại lâu hơn, xin gia hạn bằng lệnh /renew.
decision-fee-arrangement-cut = Vì thời gian tạm miễn sinh hoạt của đồng chí kết thúc sớm hơn, việc { $kind ->
        [late] đóng đảng phí chậm
       *[advance] đóng đảng phí trước
    } nay chỉ áp dụng cho các tháng từ { $from } đến { $to }. Các tháng sau đó đồng chí đóng đảng phí như thường lệ.
decision-fee-arrangement-ended = Vì thời gian tạm miễn sinh hoạt của đồng chí đã thay đổi, việc { $kind ->
        [late] đóng đảng phí chậm
       *[advance] đóng đảng phí trước
    } cho các tháng từ { $from } đến { $to } không còn áp dụng. Đồng chí đóng đảng phí như thường lệ.
return-report-received-secretary = 📨 Đồng chí { $member } (về ngày { $returnedOn }) đã gửi { $report ->
        [yes] báo cáo khi trở về
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}và bản tự kiểm điểm có xác nhận
           *[other] bản tự kiểm điểm có xác nhận
        }
       *[other] {""}
    }. Xem trong /member { $member }.
decision-full-exemption-recorded = Đảng ủy cơ sở đã quyết định cho đồng chí được miễn công tác và sinh hoạt đảng từ { $from } ({ $reason ->
        [age] tuổi cao
       *[health] sức khỏe yếu
    }). Đồng chí không phải báo cáo hằng tháng, không phải kiểm điểm, xếp loại; chi bộ vẫn giữ liên lạc với đồng chí. Đảng phí vẫn đóng theo quy định.
decision-full-exemption-ended = Cấp ủy đã quyết định chấm dứt việc miễn công tác và sinh hoạt đảng đối với đồng chí. Từ { $from }, đồng chí sinh hoạt, báo cáo hằng tháng (/checkin) và kiểm điểm cuối năm như các đảng viên khác.
