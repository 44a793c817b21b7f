## Departure wizard (/away)

away-title = khai báo đi làm xa
away-ask-destination = Đồng chí sắp đi (hoặc đã đi) làm ăn ở đâu?
away-label-destination = Nơi đến
away-destination-domestic = Trong nước (tỉnh khác)
away-destination-abroad = Nước ngoài
away-ask-country = Đồng chí đi nước nào?
away-label-country = Nước
away-error-country-home = Việt Nam không phải là nước ngoài. Hãy chọn nước đồng chí đến, hoặc /cancel rồi khai lại là “Trong nước”.
away-ask-place =
    { $destination ->
        [abroad] Đồng chí ở thành phố, vùng nào của nước đó? (ví dụ: Suwon, Gyeonggi)
       *[other] Đồng chí đến tỉnh, thành phố nào, làm ở đâu? (ví dụ: Thủ Dầu Một, Bình Dương)
    }
away-label-place = Nơi ở, làm việc
away-ask-starts-on = Đồng chí đi từ ngày nào?
away-label-starts-on = Ngày đi
away-ask-months = Đồng chí dự kiến đi khoảng bao nhiêu tháng? Gõ số tháng, ví dụ 6.
away-label-months = Thời gian dự kiến (tháng)
away-ask-work = Công việc ở một chỗ cố định, hay phải di chuyển nhiều nơi (công trình, tàu cá, lái xe...)?
away-label-work = Tính chất công việc
away-work-fixed = Ở một chỗ cố định
away-work-mobile = Di chuyển nhiều nơi
away-ask-organisation = Nơi đồng chí đến có tổ chức đảng không (chi bộ, đảng bộ nơi làm việc hoặc nơi cư trú)?
away-label-organisation = Có tổ chức đảng
away-organisation-yes = Có
away-organisation-no = Không có
away-organisation-unknown = Không biết
away-ask-arrangement =
    Theo các câu trả lời, đồng chí nên { $recommended ->
        [seasonal] báo chi bộ là đi làm ngắn ngày; không cần làm thủ tục
        [temporary_transfer] xin chuyển sinh hoạt đảng tạm thời
        [temporary_exemption] xin tạm miễn sinh hoạt đảng
        [official_transfer] xin chuyển sinh hoạt đảng chính thức
       *[other] trao đổi với bí thư chi bộ
    }, vì { $reason ->
        [domestic-under-3-months] đi dưới { $seasonalMonths } tháng trong nước thì không phải chuyển sinh hoạt.
        [domestic-fixed-3-to-12-months] đi từ { $seasonalMonths } tháng đến dưới { $transferMonths } tháng, ở một chỗ cố định có tổ chức đảng.
        [domestic-fixed-organisation-unknown] đi từ { $seasonalMonths } tháng đến dưới { $transferMonths } tháng ở một chỗ cố định; hầu hết xã, phường đều có tổ chức đảng, chi bộ sẽ xác định nơi nhận.
        [domestic-mobile] công việc di chuyển nhiều nơi nên không sinh hoạt cố định được ở đâu.
        [domestic-no-organisation] nơi đến không có tổ chức đảng để sinh hoạt tạm thời.
        [domestic-12-months-or-more] đi từ { $transferMonths } tháng trở lên thì chuyển sinh hoạt chính thức.
        [abroad-under-12-months] đi nước ngoài dưới { $abroadMonths } tháng.
        [abroad-12-months-or-more] đi nước ngoài từ { $abroadMonths } tháng trở lên: cấp ủy huyện gửi danh sách cho đảng ủy ngoài nước.
        [abroad-12-months-or-more-no-organisation] đi nước ngoài từ { $abroadMonths } tháng trở lên; nơi chưa có tổ chức đảng thì đảng ủy ngoài nước vẫn tiếp nhận và hướng dẫn.
       *[other] chi bộ sẽ xem xét trường hợp của đồng chí.
    }{ $renewal ->
        [yes] {" "}Mỗi lần tạm miễn sinh hoạt không quá { $exemptionMonths } tháng; đi lâu hơn thì phải xin gia hạn trước khi hết hạn. Tạm miễn sinh hoạt không phải là miễn công tác và sinh hoạt đảng (dành cho đảng viên tuổi cao, sức khỏe yếu): đồng chí vẫn đóng đảng phí và cuối năm vẫn nộp bản tự kiểm điểm để chi bộ đánh giá, xếp loại.
       *[other] {""}
    }

    Đồng chí xin theo hình thức nào?
away-label-arrangement = Hình thức
away-option =
    { $arrangement ->
        [seasonal] Đi ngắn ngày, không cần thủ tục
        [temporary_transfer] Chuyển sinh hoạt tạm thời
        [temporary_exemption] Tạm miễn sinh hoạt
       *[official_transfer] Chuyển sinh hoạt chính thức
    }
away-option-recommended =
    { $arrangement ->
        [seasonal] Đi ngắn ngày, không cần thủ tục (nên chọn)
        [temporary_transfer] Chuyển sinh hoạt tạm thời (nên chọn)
        [temporary_exemption] Tạm miễn sinh hoạt (nên chọn)
       *[official_transfer] Chuyển sinh hoạt chính thức (nên chọn)
    }
away-ask-reason = Lý do xin tạm miễn sinh hoạt đảng (ví dụ: đi lao động ở Hàn Quốc theo hợp đồng, làm ca, không về sinh hoạt được).
away-label-reason = Lý do
away-ask-ends-on =
    { $arrangement ->
        [temporary_exemption] Xin tạm miễn sinh hoạt đến ngày nào? Muộn nhất là { $latest }.
       *[other] Đồng chí sinh hoạt tạm thời ở nơi đến cho tới ngày nào? Muộn nhất là { $latest }.
    }
away-label-ends-on = Đến ngày
away-withdraw-title = rút lại khai báo đi làm xa
away-withdraw-ask = Đồng chí đã có khai báo đi làm xa chưa đến ngày đi hoặc đang chờ xét. Đồng chí muốn rút lại không? Rút lại thì coi như chưa khai báo: không có gì thay đổi trong hồ sơ của đồng chí, và bí thư chi bộ sẽ được báo.
away-withdraw-label = Việc
away-withdraw-option = { $what ->
        [application] Rút đơn
        [departure-and-application] Rút đơn và thôi không đi
       *[departure] Thôi không đi
    }: { $arrangement ->
        [temporary_exemption] xin tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời
        [official_transfer] chuyển sinh hoạt đảng chính thức
        [seasonal] đi làm ngắn ngày
       *[other] đi làm xa
    } từ { $from }
away-withdraw-keep = Giữ nguyên, không rút
away-withdraw-nothing = Đồng chí không có khai báo nào chưa đến ngày đi hoặc đang chờ xét để rút lại.
away-withdraw-refused = Không rút lại được nữa: khai báo này vừa được quyết định hoặc đã đến ngày đi. Gõ /status để xem tình hình, hoặc liên hệ bí thư chi bộ.
away-withdraw-kept = Đã giữ nguyên khai báo của đồng chí; không có gì thay đổi.
away-withdraw-ack = { $what ->
        [application] Đã rút đơn
        [departure-and-application] Đã rút đơn và hủy chuyến đi
       *[departure] Đã hủy chuyến đi
    }: { $arrangement ->
        [temporary_exemption] xin tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời
        [official_transfer] chuyển sinh hoạt đảng chính thức
        [seasonal] đi làm ngắn ngày
       *[other] đi làm xa
    } từ { $from }. Hồ sơ của đồng chí coi như chưa có khai báo này; bí thư chi bộ đã được báo. Mã số: { $reference }.{ $what ->
        [application] {" "}Nếu đồng chí vẫn đang ở xa, hãy khai báo lại bằng /away.
       *[other] {""}
    }
away-withdrawn-secretary = Đồng chí { $member } đã { $begun ->
        [yes] rút đơn
       *[other] hủy chuyến đi
    }: { $arrangement ->
        [temporary_exemption] xin tạm miễn sinh hoạt đảng
        [temporary_transfer] chuyển sinh hoạt đảng tạm thời
        [official_transfer] chuyển sinh hoạt đảng chính thức
        [seasonal] đi làm ngắn ngày
       *[other] đi làm xa
    } từ { $startsOn }. Khai báo này không còn hiệu lực và không còn trong /pending.
away-already-away = Chi bộ đã có khai báo đi làm xa của đồng chí đang còn hiệu lực. Khi về, gõ /back để báo cáo; muốn đổi nơi hay thời gian thì liên hệ bí thư chi bộ.
away-already-away-no-arrangement-abroad = Chi bộ đã có khai báo đi làm xa của đồng chí đang còn hiệu lực nhưng chưa có đơn xin hình thức nào. Ở nước ngoài, đồng chí cần xin tạm miễn sinh hoạt đảng, hoặc chuyển sinh hoạt đảng chính thức nếu ở lâu dài. Đề nghị đồng chí gõ /help_me, nhắn bí thư chi bộ hình thức muốn xin và lý do; chi bộ ghi đơn và xét. Khi về, gõ /back để báo cáo.
away-already-away-no-arrangement-domestic = Chi bộ đã có khai báo đi làm xa của đồng chí đang còn hiệu lực nhưng chưa có đơn xin hình thức nào. Đồng chí cần xin chuyển sinh hoạt đảng tạm thời nếu ở một chỗ có tổ chức đảng, hoặc tạm miễn sinh hoạt đảng nếu đi lưu động hay nơi đến không có tổ chức đảng. Đề nghị đồng chí gõ /help_me, nhắn bí thư chi bộ hình thức muốn xin và lý do; chi bộ ghi đơn và xét. Khi về, gõ /back để báo cáo.
away-ack =
    { $arrangement ->
        [seasonal] Đã ghi nhận đồng chí đi làm ngắn ngày. Không cần làm thủ tục với chi bộ; đồng chí vẫn báo cáo hằng tháng (/checkin) và đóng đảng phí đều (/fee).
        [temporary_transfer] Đã gửi đề nghị chuyển sinh hoạt đảng tạm thời tới chi bộ. Chi bộ sẽ làm giấy giới thiệu sinh hoạt đảng tạm thời để đồng chí nộp cho tổ chức đảng nơi đến; trong thời gian đó đồng chí sinh hoạt ở nơi đến và vẫn giữ liên lạc với chi bộ nhà.
        [temporary_exemption] Đã gửi đơn xin tạm miễn sinh hoạt đảng tới chi bộ. Chi bộ sẽ xem xét, ra nghị quyết và đề nghị đảng ủy cơ sở quyết định; kết quả sẽ được báo cho đồng chí ở đây. Trong thời gian tạm miễn, đồng chí vẫn báo cáo hằng tháng, đóng đảng phí và cuối năm vẫn nộp bản tự kiểm điểm (chi bộ đánh giá, xếp loại sau).
       *[official_transfer] Đã gửi đề nghị chuyển sinh hoạt đảng chính thức tới chi bộ. Chi bộ sẽ làm hồ sơ chuyển sinh hoạt và báo cho đồng chí các giấy tờ cần chuẩn bị.
    } Mã số: { $reference }. Khi về, gõ /back để báo cáo với chi bộ.
away-contacts-header = Tổ chức đảng của người Việt Nam ở nước đó (danh bạ do cấp ủy cập nhật):
away-contact = • { $organisation }: { $contact }{ $note }
away-contact-example = • { $organisation }: { $contact }{ $note } (VÍ DỤ MẪU, không phải liên hệ thật)
away-contact-none = Danh bạ của cấp ủy chưa có tổ chức đảng ở nước này; bí thư chi bộ sẽ hỏi và báo lại cho đồng chí.
away-timezone-hint = Lời nhắc đang được gửi theo múi giờ cũ của đồng chí, còn nơi đến dùng { $zone }. Gõ /settings để đổi múi giờ, để lời nhắc không đến lúc đồng chí đang ngủ.
away-refused-absence-already-open = Chi bộ đã có khai báo đi làm xa đang còn hiệu lực của đồng chí, nên không gửi thêm được. Hãy hủy và liên hệ bí thư chi bộ.
away-refused-invalid-date = Ngày chưa hợp lệ. Hãy sửa lại ngày đi hoặc ngày kết thúc.
away-refused-ends-before-start = Ngày kết thúc phải sau ngày đi. Hãy sửa lại.
away-refused-end-date-required = Hình thức này cần ngày kết thúc. Hãy sửa lại hình thức hoặc thêm ngày kết thúc.
away-refused-exemption-too-long = Mỗi lần tạm miễn sinh hoạt chỉ được trong một thời hạn nhất định. Hãy chọn ngày kết thúc sớm hơn; khi gần hết hạn có thể xin gia hạn.
away-refused-invalid-country = Nước đến chưa hợp lệ. Hãy sửa lại nơi đến.
