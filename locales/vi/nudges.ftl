## Nudges: the one message a day that reminds a member of what is due (scheduler)

nudge-greeting = Chào đồng chí { $name }! Chi bộ nhắc đồng chí:
nudge-footer = Bấm nút bên dưới để làm ngay.
nudge-footer-numbered =
    { $count ->
        [1] Trả lời 1 để làm ngay.
        [2] Trả lời 1 hoặc 2 để làm ngay.
       *[other] Trả lời một số từ 1 đến { $count } để làm ngay.
    }
nudge-button-checkin = 📝 Báo cáo tháng này
nudge-button-fee = 💳 Xác nhận đảng phí
nudge-button-review = 📄 Viết bản tự kiểm điểm
nudge-button-meeting = ✋ Trả lời giấy mời họp

## One line per due item

nudge-checkin-open = Đã mở báo cáo tháng { $month }. Đề nghị đồng chí báo cáo tình hình chậm nhất đến hết ngày { $lastDay }.
nudge-checkin-nudge = Đồng chí chưa báo cáo tháng { $month }; hạn là hết ngày { $lastDay }.
nudge-fee-unpaid =
    { $stage ->
        [nudge] Đảng phí năm { $year } còn { $count } tháng chưa đóng: { $months }.
        [alert-secretary] Đảng phí năm { $year } còn { $count } tháng chưa đóng: { $months }. Nếu thêm một tháng nữa, chi bộ phải xem xét theo quy định; đề nghị đồng chí đóng sớm hoặc báo lý do với chi bộ.
       *[other] Đảng phí năm { $year } còn { $count } tháng chưa đóng: { $months }. Chi bộ đã được báo; đề nghị đồng chí liên hệ ngay với bí thư chi bộ để trình bày lý do.
    }
nudge-exemption-ending = Thời gian tạm miễn sinh hoạt của đồng chí hết ngày { $endsOn }. Đề nghị đồng chí báo cho chi bộ: đã trở về thì báo trở về, còn ở lại thì xin gia hạn.
nudge-abroad-transfer-guidance = Đồng chí đã ở { $country } { $months } tháng (từ { $since }) mà chưa chuyển sinh hoạt đảng chính thức. { $directory ->
        [listed] Đề nghị đồng chí liên hệ tổ chức đảng tại { $country } để được hướng dẫn:
        [examples] Danh bạ mới có địa chỉ mẫu ở { $country } (dưới đây, chưa dùng được); đề nghị đồng chí liên hệ bí thư chi bộ để được hướng dẫn và có địa chỉ chính thức:
       *[none] Danh bạ chưa có tổ chức đảng tại { $country }; đề nghị đồng chí liên hệ bí thư chi bộ để được hướng dẫn.
    }
nudge-review-nudge = Bản tự kiểm điểm năm { $year } đang mở; đề nghị đồng chí nộp trước ngày { $dueOn } (ngày chi bộ họp cuối năm).
nudge-review-nudge-late = Chi bộ đã họp đánh giá năm { $year }. Đồng chí vẫn có thể nộp bản tự kiểm điểm trước ngày 31/12 để chi bộ xếp loại bổ sung.

## The button of a nudge

open-form-unknown = Nút này thuộc một lời nhắc cũ, không còn dùng được. Gõ /help để xem các việc có thể làm.

## Lapses and returns (issue 11 §5)

nudge-button-renewal = 🔁 Xin gia hạn
nudge-button-back = 🏠 Báo cáo đã trở về
nudge-button-return-report = 📝 Gửi báo cáo khi trở về
nudge-button-host-review = 📎 Gửi bản kiểm điểm có xác nhận
nudge-absence-lapsed = Thời gian { $arrangement ->
        [temporary_exemption] tạm miễn sinh hoạt đảng
       *[temporary_transfer] chuyển sinh hoạt tạm thời
    } của đồng chí đã hết ngày { $endsOn }. Nếu đã về, đồng chí báo chi bộ bằng lệnh /back; nếu vẫn ở lại, xin gia hạn ngay để không bị tính là bỏ sinh hoạt.
nudge-return-report = Đồng chí về ngày { $returnedOn }; chi bộ còn chờ { $report ->
        [yes] báo cáo khi trở về
       *[other] {""}
    }{ $hostReview ->
        [yes] { $report ->
            [yes] {" "}và bản tự kiểm điểm có xác nhận của tổ chức nơi đồng chí đã ở
           *[other] bản tự kiểm điểm có xác nhận của tổ chức nơi đồng chí đã ở
        }
       *[other] {""}
    }{ $late ->
        [yes] , hạn là ngày { $dueOn } đã qua
       *[other] {" "}(hạn ngày { $dueOn })
    }. Gửi bằng lệnh /report.

## The monthly meeting (invitation, reminder, and the word after an absence without a reason)

nudge-meeting-invite = Chi bộ họp thường kỳ lúc { $time } ngày { $day }{ $zoneDiffers ->
        [yes] {" "}(tức { $ownTime } ngày { $ownDay } theo giờ nơi đồng chí đang ở)
       *[other] {""}
    }, tại { $place }.{ $online ->
        [yes] {" "}Chi bộ họp cả trực tuyến: { $link }
       *[other] {""}
    } Đề nghị đồng chí báo chi bộ có dự được không; nếu không dự được, đồng chí nêu lý do để chi bộ ghi là vắng có lý do.
nudge-meeting-reminder = Sắp đến buổi họp chi bộ lúc { $time } ngày { $day }{ $zoneDiffers ->
        [yes] {" "}(tức { $ownTime } ngày { $ownDay } theo giờ nơi đồng chí đang ở)
       *[other] {""}
    }, tại { $place }.{ $online ->
        [yes] {" "}Đường dẫn họp trực tuyến: { $link }
       *[other] {""}
    } Đồng chí chưa báo có dự được không: nếu không dự được, đề nghị đồng chí báo lý do trước giờ họp để được ghi là vắng có lý do.
nudge-meeting-absent = Chi bộ đã ghi đồng chí vắng buổi họp ngày { $day } mà không có lý do (lần thứ { $count } trong năm { $year }). Lần sau, nếu không dự được, đồng chí chỉ cần trả lời giấy mời họp, chọn “Không dự được” và nêu lý do: chi bộ sẽ ghi là vắng có lý do. Nếu hôm đó đồng chí có lý do chính đáng, đề nghị đồng chí báo ngay cho bí thư chi bộ.
