## /pending: what awaits the cell

sec-pending-header = Việc chờ chi bộ xử lý: { $count } (việc cũ nhất ở trên). { $buttons ->
        [no] Trả lời số thứ tự của một việc để xem và quyết định.
       *[yes] Bấm số thứ tự của một việc để xem và quyết định.
    }
sec-pending-empty = Không có việc nào chờ chi bộ xử lý.
sec-pending-line = { $number }. { $kind } · { $name } · { $since }
sec-pending-page = Trang { $page }/{ $pages }
sec-pending-kind = { $kind ->
    [application] { $detail ->
        [temporary_exemption] Đơn xin tạm miễn sinh hoạt
        [temporary_transfer] Đơn chuyển sinh hoạt tạm thời
       *[official_transfer] Đơn chuyển sinh hoạt chính thức
    }
    [fee] Khai đóng đảng phí
    [review] { $detail ->
        [absent] Xếp loại bù (vắng họp)
       *[other] Bản tự kiểm điểm năm { $detail }
    }
   *[request] { $detail ->
        [leave] Muốn xin ra khỏi Đảng
       *[difficulty] Báo khó khăn
    }
}
sec-button-previous = ‹ Trang trước
sec-button-next = Trang sau ›

## Where a channel has no buttons: the choices as numbered replies
desk-footer-numbered = Trả lời bằng một trong các số ở trên để chọn.

## An opened item

sec-application-title = { $arrangement ->
    [temporary_exemption] Đơn xin tạm miễn sinh hoạt đảng
    [temporary_transfer] Đề nghị chuyển sinh hoạt đảng tạm thời
   *[official_transfer] Đề nghị chuyển sinh hoạt đảng chính thức
} của đồng chí { $name }
sec-field-destination = Nơi đến: { $place } ({ $country })
sec-field-period = Thời gian: từ { $from } đến { $until }
sec-field-mobile = Làm việc lưu động: { $mobile ->
    [yes] có
   *[no] không
}
sec-field-organisation = Nơi đến có tổ chức đảng: { $value ->
    [yes] có
    [no] không
   *[unknown] chưa rõ
}
sec-field-reason = Lý do: { $reason }
sec-field-filed = Nộp lúc: { $at }
sec-field-sent = Gửi lúc: { $at }
sec-field-submitted = Nộp lúc: { $at }
sec-fee-title = Khai báo đóng đảng phí của đồng chí { $name }
sec-field-months = Các tháng: { $months }
sec-field-amount = Số tiền khai: { $amount }
sec-field-expected = Theo mức đảng phí hằng tháng: { $monthly } × { $count } tháng = { $expected }
sec-field-method = Hình thức: { $method }
sec-field-declared = Khai lúc: { $at }
sec-fee-receipt = Ảnh biên lai đồng chí { $name } gửi kèm
sec-review-title = Bản tự kiểm điểm năm { $year } của đồng chí { $name }
sec-review-rate-later-note = Đồng chí này vắng buổi họp kiểm điểm; chi bộ xếp loại bù.
sec-review-workplace-file = Nhận xét của nơi làm việc/nơi cư trú do đồng chí { $name } gửi kèm
sec-review-choose = Chọn mức xếp loại của chi bộ (sau đó nhập nhận xét):
sec-request-title = { $kind ->
    [leave] Đồng chí { $name } đang nghĩ đến việc xin ra khỏi Đảng. Đề nghị sớm liên hệ, động viên đồng chí ấy.
   *[difficulty] Đồng chí { $name } báo đang gặp khó khăn.
}
sec-file-unavailable = Không gửi lại được tệp đồng chí ấy đã gửi: homecell không còn giữ tệp này (có thể tệp được gửi từ trước khi homecell bắt đầu lưu tệp nên đã hết hạn trên Telegram). Đề nghị nhờ đồng chí ấy gửi lại.
# Names of the files sent to the secretary: lower case, no accents, words joined by -.
sec-file-name-receipt = bien-lai
sec-file-name-workplace-comment = nhan-xet-noi-lam-viec
sec-button-approve = ✅ Duyệt
sec-button-reject = ✖️ Không duyệt (ghi lý do)
sec-button-confirm = ✅ Xác nhận đã đóng
sec-button-dispute = ⚠️ Chưa khớp (ghi lý do)
sec-button-later = Vắng họp, xếp loại sau
sec-button-contacted = 📞 Đã liên hệ (ghi chú)
sec-button-fee-late = Cho đóng đảng phí chậm các tháng tạm miễn
sec-button-fee-advance = Cho đóng đảng phí trước các tháng tạm miễn

## The typed reason, comment or note

sec-prompt-reject = Gửi lý do không duyệt đơn của đồng chí { $name } (tối đa { $max } ký tự). Lý do sẽ được báo cho đồng chí ấy. Gõ /cancel để thôi.
sec-prompt-dispute = Gửi lý do chưa xác nhận khoản đảng phí của đồng chí { $name } (tối đa { $max } ký tự). Lý do sẽ được báo cho đồng chí ấy. Gõ /cancel để thôi.
sec-prompt-rate = Xếp loại “{ $rating }” cho đồng chí { $name }. Gửi nhận xét của chi bộ (tối đa { $max } ký tự). Gõ /cancel để thôi.
sec-prompt-contacted = Gửi ghi chú về lần liên hệ với đồng chí { $name } (tối đa { $max } ký tự); ghi chú chỉ lưu trong hồ sơ của chi bộ. Gõ /cancel để thôi.
sec-prompt-empty = Nội dung trống. Hãy gửi lại bằng chữ (tối đa { $max } ký tự), hoặc gõ /cancel để thôi.
sec-prompt-too-long = Nội dung quá dài ({ $length } ký tự, tối đa { $max }). Hãy rút gọn rồi gửi lại, hoặc gõ /cancel để thôi. Chưa có gì được lưu.
sec-prompt-text-only = Hãy gửi nội dung bằng chữ, hoặc gõ /cancel để thôi.
sec-prompt-cancelled = Đã thôi. Không có gì thay đổi.
sec-prompt-expired = Đã quá thời gian chờ nhập nội dung nên không có gì thay đổi. Gõ /pending để làm lại.

## Outcomes

sec-done-approved = ✅ Đã duyệt { $arrangement ->
    [temporary_exemption] đơn xin tạm miễn sinh hoạt
    [temporary_transfer] việc chuyển sinh hoạt tạm thời
   *[official_transfer] việc chuyển sinh hoạt chính thức
} của đồng chí { $name }. Đồng chí ấy sẽ nhận được thông báo.
sec-done-rejected = Đã ghi: không duyệt { $arrangement ->
    [temporary_exemption] đơn xin tạm miễn sinh hoạt
    [temporary_transfer] việc chuyển sinh hoạt tạm thời
   *[official_transfer] việc chuyển sinh hoạt chính thức
} của đồng chí { $name }. Đồng chí ấy sẽ nhận được thông báo kèm lý do.
sec-offer-fee-arrangement = Nếu chi bộ đồng ý cho đồng chí ấy đóng đảng phí chậm hoặc đóng trước trong thời gian tạm miễn, hãy chọn bên dưới (không quá thời hạn tạm miễn):
sec-done-confirmed = ✅ Đã xác nhận đảng phí của đồng chí { $name } cho tháng { $months }.
sec-done-disputed = Đã ghi: chưa xác nhận đảng phí của đồng chí { $name } cho tháng { $months }. Đồng chí ấy sẽ nhận được lý do.
sec-done-rated = ✅ Đã xếp loại năm { $year } cho đồng chí { $name }: { $rating }.
sec-done-later = Đã ghi: đồng chí { $name } vắng họp, sẽ xếp loại năm { $year } sau. Việc này vẫn nằm trong /pending.
sec-done-contacted = ✅ Đã ghi nhận việc liên hệ với đồng chí { $name }.
sec-done-fee-arrangement = ✅ Đồng chí { $name } được đóng đảng phí { $kind ->
    [late] chậm
   *[advance] trước
} cho các tháng từ { $from } đến { $to }. Đồng chí ấy sẽ nhận được thông báo.
sec-already-decided = Việc này đã được xử lý rồi (có thể bởi đồng chí khác trong chi ủy). Không có gì thay đổi.
sec-review-member-exempt = Đồng chí này đang được miễn công tác và sinh hoạt đảng (tuổi cao, sức khỏe yếu) nên được miễn đánh giá, xếp loại. Không có gì thay đổi.
sec-arrangement-refused = Không thể cho đóng đảng phí chậm/trước: { $reason ->
    [no-exemption] đồng chí ấy không có thời gian tạm miễn sinh hoạt đã duyệt và còn hiệu lực.
    [already-arranged] đã có quyết định đóng chậm/trước cho các tháng này.
    [outlasts-exemption] thời gian xin vượt quá thời hạn tạm miễn.
    [too-long] thời gian xin dài hơn mức quy định cho phép.
   *[ends-before-start] khoảng thời gian không hợp lệ.
} Không có gì thay đổi.

## Finding a member by name or card number

sec-lookup-usage = { $purpose ->
    [invite] Gõ /invite rồi số thẻ đảng viên hoặc họ tên, ví dụ: /invite Lê Văn Minh
    [unlink] Gõ /unlink rồi số thẻ đảng viên hoặc họ tên, ví dụ: /unlink Lê Văn Minh
    [exempt] Gõ /full_exemption rồi số thẻ đảng viên hoặc họ tên, ví dụ: /full_exemption Phan Văn Thọ
    [review] Gõ /export rồi họ tên hoặc số thẻ (và năm nếu cần), ví dụ: /export Lê Văn Minh 2026
   *[record] Gõ /member rồi số thẻ đảng viên hoặc họ tên, ví dụ: /member Lê Văn Minh
}
sec-lookup-none = Không tìm thấy đảng viên “{ $query }” trong phạm vi đồng chí phụ trách. Hãy kiểm tra lại họ tên hoặc số thẻ.
sec-lookup-ambiguous = Tìm thấy { $count } đảng viên phù hợp. Chọn đúng người:

## /members and /member

sec-roster-header = { $cell }: { $count } đảng viên, { $away } người đang đi làm ăn xa{ $fullyExempt ->
    [0] {""}
   *[other] , { $fullyExempt } người được miễn công tác và sinh hoạt đảng
}.
sec-roster-line = { $number }. { $name } · { $status } · { $notes }
sec-roster-all-clear = không có gì cần lưu ý
sec-roster-checkin = { $done ->
    [yes] đã báo cáo tháng { $month }
   *[no] chưa báo cáo tháng { $month }
}
sec-roster-checkin-late = báo cáo tháng { $month } nộp muộn
sec-roster-unpaid = nợ phí { $count } tháng
sec-roster-absent = vắng sinh hoạt không lý do { $count } lần
sec-roster-contact-lost = mất liên lạc { $months } tháng
sec-roster-exemption = { $lapsed ->
    [yes] tạm miễn đã hết hạn ngày { $until }
   *[no] tạm miễn đến ngày { $until }
}
sec-roster-full-exemption = miễn công tác và sinh hoạt đảng từ { $from }{ $until ->
    [none] {""}
   *[other] {" "}đến { $until }
}
sec-roster-upcoming = sẽ đi làm ăn xa từ ngày { $from }
sec-roster-not-connected = chưa kết nối bot
sec-roster-unreachable = không nhắn tin được
sec-roster-footer = Xem hồ sơ một người: /member họ tên hoặc số thẻ. Ai đang chậm việc gì: /overdue.
sec-record-title = Hồ sơ đảng viên { $name } (thẻ số { $card })
sec-record-identity = { $cell } · { $role } · { $status } · sinh năm { $birthYear }
sec-record-contact = Kết nối bot: { $connected ->
    [yes] có
   *[no] chưa
} · bot nhắn tin được: { $reachable ->
    [yes] có
   *[no] không
} · { $language } · { $zone } · đảng phí { $fee }/tháng
sec-record-standing = Tháng { $month }: báo cáo { $checkin ->
    [done] đã gửi
    [due] chưa gửi
   *[not-required] không bắt buộc
} · { $missed } tháng liền chưa báo cáo · nợ phí { $unpaid } tháng · kiểm điểm: { $review }
sec-record-meetings = Sinh hoạt chi bộ năm { $year }: vắng không có lý do { $count } lần ({ $days })
sec-record-removal = ⚠️ Đủ căn cứ xem xét xóa tên: { $ground ->
    [meetings] bỏ sinh hoạt { $absences } lần trong năm không có lý do chính đáng
    [both] không đóng đảng phí { $unpaid } tháng và bỏ sinh hoạt { $absences } lần trong năm không có lý do chính đáng
   *[fees] không đóng đảng phí { $unpaid } tháng trong năm không có lý do chính đáng
}. Chi bộ xem xét, đề nghị cấp ủy quyết định.
sec-record-none = (không có)
sec-record-absences = Đi làm ăn xa:
sec-record-full-exemptions = Miễn công tác và sinh hoạt đảng (không kiểm điểm, không phải báo cáo hằng tháng):
sec-record-full-exemption = • { $reason }: từ { $from } đến { $until } · cấp quyết định: { $by }
sec-record-absence = • { $kind ->
    [domestic] Trong nước
   *[abroad] Nước ngoài
}, { $place }: { $arrangement ->
    [seasonal] thời vụ
    [temporary_transfer] chuyển sinh hoạt tạm thời
    [temporary_exemption] tạm miễn sinh hoạt
    [official_transfer] chuyển sinh hoạt chính thức
   *[none] chưa rõ hình thức
} ({ $application ->
    [not_required] không cần xét
    [submitted] chờ xét
    [approved] đã duyệt
    [rejected] không duyệt
   *[withdrawn] đã rút
}), từ { $from } đến { $until }, trở về { $ended }
sec-record-decisions = Quyết định của chi bộ:
sec-record-decision = • { $at } · { $kind }: { $outcome } · { $by } · { $reason }
sec-record-checkins = Báo cáo hằng tháng (12 tháng gần nhất):
sec-record-checkin = • { $month }: { $done ->
    [yes] ✓ { $place }
    [late] ✓ { $place } (nộp muộn)
   *[no] —
}
sec-record-fees = Đảng phí năm nay theo tháng:
sec-record-fee = • { $month }: { $state } { $amount }
sec-record-arrangement = • Được { $kind ->
    [late] đóng chậm
   *[advance] đóng trước
} từ { $from } đến { $to }
sec-record-reviews = Kiểm điểm cuối năm:
sec-record-review = • Năm { $year }: { $status } · tự xếp loại: { $self } · chi bộ xếp loại: { $cell }
sec-record-requests = Báo khó khăn, xin ra khỏi Đảng:
sec-record-request = • { $at } · { $kind ->
    [leave] xin ra khỏi Đảng
   *[difficulty] báo khó khăn
} ({ $status ->
    [open] chờ liên hệ
    [contacted] đã liên hệ
   *[closed] đã xong
}): { $text } · ghi chú: { $note }
sec-record-audit = Nhật ký thao tác (20 thao tác gần nhất):
sec-record-audit-line = • { $at } · { $actor } · { $action }

## /overdue

sec-overdue-none = { $cell }: không có đảng viên nào đang chậm việc gì.
sec-overdue-header = { $cell }: { $count } đảng viên cần chú ý (người có nguy cơ cao nhất xếp đầu):
sec-overdue-member = { $number }. { $name } (thẻ { $card })
sec-overdue-reason = { $reason ->
    [removal-review] { $ground ->
        [meetings] Vắng sinh hoạt chi bộ { $absences } lần trong năm { $year } không có lý do ({ $days }): đủ căn cứ để chi bộ xem xét xóa tên. Đề nghị liên hệ ngay với đồng chí ấy.
        [both] Nợ phí { $unpaid } tháng trong năm ({ $months }) và vắng sinh hoạt chi bộ { $absences } lần không có lý do ({ $days }): đủ căn cứ để chi bộ xem xét xóa tên. Đề nghị liên hệ ngay với đồng chí ấy.
       *[fees] Nợ phí { $unpaid } tháng trong năm ({ $months }): đủ căn cứ để chi bộ xem xét xóa tên. Đề nghị liên hệ ngay với đồng chí ấy.
    }
    [two-unpaid] Nợ phí { $unpaid } tháng ({ $months }): thêm một tháng nữa là đủ căn cứ xem xét xóa tên.
    [two-absences] Vắng sinh hoạt chi bộ { $absences } lần không có lý do ({ $days }): vắng thêm một lần nữa là đủ căn cứ xem xét xóa tên.
    [absence-lapsed] Thời hạn đi làm ăn xa/tạm miễn sinh hoạt đã hết từ ngày { $ended } mà chưa có báo cáo trở về hay đơn xin gia hạn.
    [no-contact] { $missed } tháng liền không báo cáo: mất liên lạc.
    [official-transfer-overdue] Ở nước ngoài { $away } tháng mà chưa chuyển sinh hoạt chính thức.
   *[one-unpaid] Nợ phí { $unpaid } tháng ({ $months }).
}
sec-overdue-footer = Xem hồ sơ: /member họ tên. Cấp lại mã mời: /invite họ tên.

## /invite

sec-invite-issued = Mã mời cho đồng chí { $name }: { $code }
    { $link ->
        [none] Đồng chí ấy nhắn mã này cho bot của chi bộ trên Zalo.
       *[other] Đường dẫn: { $link }
    }
    Hạn dùng đến { $expires }; chỉ dùng được một lần. Hãy gửi { $link ->
        [none] mã
       *[other] đường dẫn
    } này riêng cho đồng chí ấy.{ $connected ->
        [yes] { " " }Lưu ý: đồng chí ấy đang kết nối từ một tài khoản khác; mã chỉ dùng được sau khi gỡ kết nối cũ bằng lệnh /unlink { $card }.
       *[no] { "" }
    }
sec-invite-inactive = Đồng chí { $name } không còn sinh hoạt tại chi bộ nên không cấp mã mời.
sec-invite-tried = ⚠️ Có người vừa thử mã mời { $state ->
        [used] đã được dùng
       *[expired] đã hết hạn
    } của đồng chí { $member } để kết nối homecell. Mã này không còn hiệu lực nên không kết nối được tài khoản nào.
    { $state ->
        [used] Có thể mã hoặc đường dẫn mời đã bị chuyển cho người khác; đề nghị hỏi lại đồng chí ấy.
       *[expired] Nếu chính đồng chí ấy còn cần kết nối, hãy cấp mã mới: /invite họ tên.
    } (Mỗi { $minutes } phút chỉ báo tối đa một lần.)

## /unlink: a member changed phone or account

sec-unlink-confirm = Gỡ kết nối homecell của đồng chí { $name } (thẻ số { $card }) khỏi tài khoản Telegram đồng chí ấy đang dùng (kết nối từ ngày { $since })?
    Tài khoản cũ sẽ không dùng bot với hồ sơ này được nữa và sẽ nhận được thông báo. Sau đó hãy cấp mã mời mới để đồng chí ấy kết nối từ tài khoản mới.
sec-unlink-button-confirm = ✅ Gỡ kết nối cũ
sec-unlink-button-cancel = Thôi, không gỡ
sec-unlink-button-invite = 🔑 Cấp mã mời mới
sec-unlink-done = ✅ Đã gỡ kết nối cũ của đồng chí { $name }; tài khoản cũ sẽ nhận được thông báo. { $buttons ->
        [no] Chọn dưới đây để cấp mã mời mới cho đồng chí ấy.
       *[yes] Bấm nút dưới đây để cấp mã mời mới cho đồng chí ấy.
    }
sec-unlink-cancelled = Đã thôi. Không có gì thay đổi.
sec-unlink-stale = Kết nối này đã thay đổi (có thể đồng chí khác trong chi ủy đã gỡ, hoặc đồng chí ấy đã kết nối lại). Không có gì thay đổi; gõ lại /unlink nếu vẫn cần.
sec-unlink-not-connected = Đồng chí { $name } hiện không kết nối homecell từ tài khoản nào, nên không có gì để gỡ. Có thể cấp mã mời ngay:
sec-unlink-self = Đồng chí không thể tự gỡ kết nối của chính mình từ tài khoản đang dùng. Nếu đồng chí đổi điện thoại, hãy nhờ bí thư hoặc phó bí thư còn lại của chi bộ, hoặc quản trị viên, gỡ giúp.

## /export

sec-export-done = Đã gửi { $count } tệp. Mỗi lần xuất đều được ghi vào nhật ký thao tác.
sec-export-no-review = Đồng chí { $name } chưa nộp bản tự kiểm điểm năm { $year }.
sec-export-too-large = { $unit } ({ $code }) có { $members } đảng viên, nhiều hơn mức { $limit } nên không gửi được sổ theo dõi qua tin nhắn.
    Xem số liệu tổng hợp bằng /stats { $code }. Sổ theo dõi đầy đủ do quản trị viên xuất trên máy chủ:
    homecell report { $code } --format xlsx --out { $code }.xlsx

## The cell's proposal of an application to the level that decides (issue 11 §3)

sec-button-propose = 📝 Chi bộ đề nghị (ghi nghị quyết)
sec-button-decline = ✖️ Chi bộ không đề nghị (ghi lý do)
sec-prompt-propose = Ghi nghị quyết của chi bộ đề nghị về đơn của đồng chí { $name } (số, ngày nghị quyết và nội dung chính; tối đa { $max } ký tự). Đơn sẽ được chuyển lên cấp ủy quyết định. Gõ /cancel để thôi.
sec-done-proposed = ✅ Đã ghi đề nghị của chi bộ và chuyển để { $unit } quyết định { $arrangement ->
        [temporary_exemption] đơn xin tạm miễn sinh hoạt
        [temporary_transfer] việc chuyển sinh hoạt tạm thời
       *[official_transfer] việc chuyển sinh hoạt chính thức
    } của đồng chí { $name }. Đồng chí ấy sẽ nhận được thông báo; chi bộ sẽ được báo khi cấp ủy quyết định.
sec-application-proposes-to = Theo quy định, { $level ->
        [grassroots] đảng ủy cơ sở
        [district] cấp ủy cấp huyện
       *[province] cấp ủy cấp tỉnh
    } quyết định việc này: chi bộ họp, ra nghị quyết rồi ghi đề nghị ở đây.
sec-application-refused = Không thực hiện được: { $reason ->
        [committee-decides] việc này do cấp ủy cấp trên quyết định; chi bộ ghi đề nghị (mở lại đơn trong /pending).
        [cell-decides] theo quy định, chi bộ tự quyết định việc này.
        [no-deciding-unit] chưa có cấp ủy cấp trên của chi bộ trong hệ thống để nhận đề nghị; hãy báo quản trị viên nhập tệp các đơn vị cấp trên.
       *[not-an-application] việc này không cần xét duyệt.
    } Không có gì thay đổi.
sec-renewal-title = Đơn xin gia hạn { $arrangement ->
        [temporary_exemption] tạm miễn sinh hoạt đảng
       *[temporary_transfer] chuyển sinh hoạt đảng tạm thời
    } của đồng chí { $name }
sec-field-renews = Gia hạn nối tiếp thời hạn hiện tại (hết hạn ngày { $endsOn })
sec-field-proposal = Chi bộ đề nghị { $unit } lúc { $at }: { $note }
sec-field-more-asked = { $unit } đề nghị bổ sung lúc { $at }: { $question }

## The end of an absence recorded by the cell (/end_absence)

sec-end-absence-usage = Gõ /end_absence, rồi họ tên hoặc số thẻ đảng viên và ngày kết thúc. Ví dụ: /end_absence Lê Văn Minh 15/03/2027. Nếu là hôm nay hoặc một ngày đã qua, homecell ghi nhận đồng chí ấy đã về; nếu là một ngày sau hôm nay, đợt đi vắng sẽ kết thúc sớm hơn dự kiến.
sec-end-absence-ended = ✅ Đã ghi nhận đồng chí { $name } kết thúc đợt đi vắng, về sinh hoạt ở chi bộ nhà từ ngày { $day }. Đồng chí ấy sẽ được nhắc gửi báo cáo khi trở về.{ $arrangements ->
        [0] {""}
       *[other] {" "}Việc cho đóng đảng phí chậm/trước đã được rút ngắn cho khớp với thời gian tạm miễn ({ $arrangements }).
    }
sec-end-absence-shortened = ✅ Đã ghi: đợt đi vắng của đồng chí { $name } nay kết thúc ngày { $day }.{ $arrangements ->
        [0] {""}
       *[other] {" "}Việc cho đóng đảng phí chậm/trước đã được rút ngắn cho khớp với thời gian tạm miễn ({ $arrangements }).
    }
sec-end-absence-refused = Không ghi được cho đồng chí { $name }: { $reason ->
        [no-open-absence] đồng chí ấy không có đợt đi vắng nào đang hiệu lực.
        [before-departure] ngày kết thúc trước ngày đi.
        [not-earlier] ngày này không sớm hơn ngày hết hạn hiện tại; muốn kéo dài thì đồng chí ấy làm đơn xin gia hạn (lệnh /renew).
       *[bad-date] ngày chưa hợp lệ.
    } Không có gì thay đổi.
sec-full-exemption-ask = Ghi quyết định của đảng ủy cơ sở về việc miễn công tác và sinh hoạt đảng cho đồng chí { $name } (từ hôm nay). Chỉ ghi khi đã có quyết định của cấp ủy. Chọn lý do:
sec-full-exemption-button-age = 👴 Tuổi cao
sec-full-exemption-button-health = 🏥 Sức khỏe yếu
sec-full-exemption-button-end = ↩️ Cấp ủy đã cho thôi miễn (kết thúc)
sec-full-exemption-recorded = ✅ Đã ghi: đồng chí { $name } được miễn công tác và sinh hoạt đảng từ { $from } ({ $reason ->
        [age] tuổi cao
       *[health] sức khỏe yếu
    }). Từ nay đồng chí ấy không phải báo cáo hằng tháng, không phải kiểm điểm, xếp loại; vẫn đóng đảng phí theo quy định. Đồng chí ấy sẽ được báo.
sec-full-exemption-already = Đồng chí ấy đang được miễn công tác và sinh hoạt đảng rồi; không ghi thêm. Muốn kết thúc, chọn “Cấp ủy đã cho thôi miễn”.
sec-full-exemption-ended = ✅ Đã ghi: đồng chí { $name } thôi được miễn công tác và sinh hoạt đảng (miễn đến hết { $until }). Từ hôm nay đồng chí ấy sinh hoạt, báo cáo như các đảng viên khác. Đồng chí ấy sẽ được báo.
sec-full-exemption-not-exempt = Đồng chí ấy hiện không được miễn công tác và sinh hoạt đảng, nên không có gì để kết thúc.
