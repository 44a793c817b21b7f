## My standing (/status)

status-header = Tình hình của đồng chí { $name }, lúc { $now }:
status-checkin =
    { $state ->
        [done] ✅ Đã báo cáo tháng { $month }.
        [due] ⏳ Chưa báo cáo tháng { $month }; hạn cuối { $deadline }. Gõ /checkin.
        [exempt] ▫️ Tháng { $month }: đồng chí được miễn công tác và sinh hoạt đảng nên không phải báo cáo.
        [leaving-month] ▫️ Tháng { $month } là tháng đồng chí đi nên chưa phải báo cáo; báo cáo hằng tháng bắt đầu từ tháng sau.
       *[optional] ▫️ Tháng { $month } chưa báo cáo (đồng chí đang ở nhà nên không bắt buộc).
    }
status-checkin-missed = ⚠️ Đã { $count } tháng liền chưa báo cáo.
status-fees-clear = ✅ Đảng phí năm { $year }: các tháng đến hạn đều đã đóng, chi bộ đã xác nhận.
status-fees-unpaid =
    ⚠️ Đảng phí năm { $year }: { $count } tháng chưa đóng ({ $months }).{ $stage ->
        [alert-secretary] {" "}Thêm một tháng nữa là chi bộ có thể phải xem xét xóa tên; hãy đóng ngay bằng /fee.
        [eligible-for-removal-review] {" "}Đã đến mức chi bộ phải xem xét xóa tên; hãy liên hệ bí thư chi bộ ngay.
       *[other] {" "}Gõ /fee khi đã đóng.
    }
status-fees-declared =
    ⏳ Đảng phí năm { $year }: { $unpaid ->
        [0] không còn tháng nào quá hạn chưa đóng;{" "}
       *[other] {""}
    }{ $count } tháng đồng chí đã báo đóng, đang chờ chi bộ xác nhận ({ $months }).
status-fees-this-month = ▫️ Đảng phí tháng { $month }: chưa đóng; hạn { $deadline }.
status-absence =
    { $kind ->
        [abroad] 🌏 Đang ở nước ngoài
       *[domestic] 🧳 Đang đi làm xa
    } từ { $since }: { $arrangement ->
        [seasonal] đi ngắn ngày
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
        [official_transfer] chuyển sinh hoạt chính thức
       *[other] chưa có đơn xin tạm miễn hay chuyển sinh hoạt
    }{ $application ->
        [submitted] {" "}(đang chờ chi bộ xét)
        [proposed] {" "}(chi bộ đã đề nghị, đang chờ cấp ủy quyết định)
        [approved] {" "}(đã được chấp thuận)
        [rejected] {" "}(không được chấp thuận)
       *[other] {""}
    }.
status-absence-no-arrangement =
    ❗ Đợt đi này chưa có đơn. { $kind ->
        [abroad] Ở nước ngoài, đồng chí cần xin tạm miễn sinh hoạt đảng, hoặc chuyển sinh hoạt đảng chính thức nếu ở lâu dài.
       *[domestic] Đồng chí cần xin chuyển sinh hoạt đảng tạm thời nếu ở một chỗ có tổ chức đảng, hoặc tạm miễn sinh hoạt đảng nếu đi lưu động hay nơi đến không có tổ chức đảng.
    } Đợt đi đã có trong hồ sơ nên /away không khai lại được: đồng chí gõ /help_me, nhắn bí thư chi bộ hình thức muốn xin và lý do; chi bộ ghi đơn và xét.
status-absence-upcoming =
    { $kind ->
        [abroad] 🌏 Sẽ đi nước ngoài
       *[domestic] 🧳 Sẽ đi làm xa
    } từ { $since }: { $arrangement ->
        [seasonal] đi ngắn ngày
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
        [official_transfer] chuyển sinh hoạt chính thức
       *[other] chưa có hình thức
    }{ $application ->
        [submitted] {" "}(đang chờ chi bộ xét)
        [proposed] {" "}(chi bộ đã đề nghị, đang chờ cấp ủy quyết định)
        [approved] {" "}(đã được chấp thuận)
       *[other] {""}
    }. Đến ngày đó đồng chí vẫn sinh hoạt ở chi bộ như khi ở nhà. Muốn rút đơn hoặc thôi không đi: gõ /away.
status-full-exemption = ▫️ Đồng chí được miễn công tác và sinh hoạt đảng ({ $reason ->
        [age] tuổi cao
        [health] sức khỏe yếu
       *[other] theo quyết định của đảng ủy
    }) từ { $since }{ $until ->
        [none] {""}
       *[other] {" "}đến { $until }
    }: không phải báo cáo hằng tháng, không phải viết bản tự kiểm điểm; đảng phí vẫn đóng theo quy định.
status-exemption-end =
    { $lapsed ->
        [yes] ❗ Thời hạn tạm miễn sinh hoạt đã hết ngày { $date }. Hãy xin gia hạn với bí thư chi bộ, hoặc gõ /back nếu đã về.
       *[other] ▫️ Tạm miễn sinh hoạt đến { $date } (còn { $days } ngày).
    }
status-transfer-overdue = ❗ Đồng chí đã ở nước ngoài { $months } tháng mà chưa chuyển sinh hoạt đảng chính thức; hãy liên hệ bí thư chi bộ.
status-review =
    { $status ->
        [exempt] ▫️ Kiểm điểm năm { $year }: miễn đánh giá.
        [not-open] ▫️ Kiểm điểm năm { $year }: mở từ { $opens }.
        [not-started] ⏳ Kiểm điểm năm { $year }: chưa nộp; hạn { $due }. Gõ /review.
        [draft] ⏳ Kiểm điểm năm { $year }: có bản nháp, chưa nộp; hạn { $due }. Gõ /review.
        [submitted] ✅ Kiểm điểm năm { $year }: đã nộp, chờ chi bộ đánh giá.
        [rated] ✅ Kiểm điểm năm { $year }: chi bộ đã đánh giá, xếp loại.
        [absent-rate-later] ✅ Kiểm điểm năm { $year }: đã nộp; chi bộ sẽ đánh giá bổ sung.
       *[missed] ❗ Kiểm điểm năm { $year }: đã quá hạn mà chưa nộp; hãy liên hệ bí thư chi bộ.
    }
status-meeting-next = 📅 Họp chi bộ: { $time } ngày { $day }{ $zoneDiffers ->
        [yes] {" "}(tức { $ownTime } ngày { $ownDay } theo giờ nơi đồng chí đang ở)
       *[other] {""}
    }, tại { $place }.{ $online ->
        [yes] {" "}Họp trực tuyến: { $link }
       *[other] {""}
    } { $answer ->
        [attending] Đồng chí đã báo sẽ dự.
        [not_attending] Đồng chí đã báo không dự được; chi bộ đã nhận lý do. Đổi ý: gõ /attend.
        [excused] Đồng chí đang được tạm miễn sinh hoạt nên không bắt buộc dự; dự được thì càng tốt.
       *[none] Đồng chí chưa báo có dự được không: gõ /attend.
    }
status-meeting-none = ▫️ Họp chi bộ: chi bộ chưa lên lịch buổi họp tới.
status-meeting-absences = { $stage ->
        [removal-review] ❗
        [alert-secretary] ⚠️
       *[other] ▫️
    } Năm { $year }: đồng chí đã vắng họp chi bộ { $count } lần không có lý do.{ $stage ->
        [removal-review] {" "}Theo Điều lệ, chi bộ sẽ xem xét trường hợp của đồng chí; đề nghị đồng chí liên hệ ngay bí thư chi bộ.
        [alert-secretary] {" "}Thêm một lần nữa là chi bộ phải xem xét xóa tên. Khi không dự được, đồng chí gõ /attend và nêu lý do.
       *[other] {" "}Khi không dự được, đồng chí gõ /attend và nêu lý do để được ghi là vắng có lý do.
    }
status-next =
    Hạn gần nhất: { $kind ->
        [check-in] báo cáo hằng tháng
        [fee] đảng phí tháng này
        [exemption-end] hết hạn tạm miễn sinh hoạt
        [return-report] báo cáo khi trở về
       *[review] nộp bản tự kiểm điểm
    }, lúc { $at }.
status-next-none = Không có hạn nào sắp tới.
