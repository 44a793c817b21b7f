## homecell member export: everything held about one member, as a readable PDF

member-export-title = Dữ liệu homecell lưu về đồng chí { $name }
member-export-subtitle = Số thẻ { $card }, { $cell }. Xuất lúc { $date } (theo giờ { $zone }).
member-export-intro = Tài liệu này liệt kê mọi dữ liệu homecell đang lưu về đồng chí: hồ sơ, những gì đồng chí đã gửi, các quyết định của chi bộ, các tin nhắn (không kèm nội dung) và nhật ký thao tác. Tệp JSON đi kèm chứa đúng các dữ liệu này, ở dạng để máy tính đọc và xử lý.
member-export-none = (không có)
member-export-entry = Mục { $number }
member-export-section = { $section ->
    [member] Hồ sơ đảng viên
    [chatIdentities] Tài khoản nhắn tin đã kết nối
    [invites] Mã mời
    [absences] Đi làm ăn xa
    [checkIns] Báo cáo hằng tháng (kèm các bản sửa)
    [feePayments] Khai báo đóng đảng phí
    [feeArrangements] Cho đóng đảng phí chậm/trước
    [reviews] Kiểm điểm cuối năm
    [requests] Báo khó khăn, xin ra khỏi Đảng
    [decisions] Quyết định của chi bộ về đồng chí
    [sessions] Phiên trò chuyện (biểu mẫu đang điền dở)
    [notifications] Tin nhắn và nhắc việc (chỉ gồm mã, loại, trạng thái và thời gian, không có nội dung)
    [auditEvents] Nhật ký thao tác về đồng chí
   *[other] { $section }
}
member-export-field = { $field ->
    [id] Số hiệu
    [fullName] Họ và tên
    [cardNumber] Số thẻ đảng viên
    [birthYear] Năm sinh
    [cell] Chi bộ
    [role] Vai trò
    [officerUnit] Đơn vị công tác (cán bộ cấp ủy)
    [status] Tình trạng
    [locale] Ngôn ngữ
    [timezone] Múi giờ
    [monthlyFeeVnd] Đảng phí hằng tháng (đồng)
    [reachable] Bot nhắn tin được
    [preferredHourFrom] Nhận lời nhắc từ (giờ)
    [preferredHourTo] Nhận lời nhắc đến (giờ)
    [reminderChannel] Nhận lời nhắc qua
    [recordedSince] Có tên trong hồ sơ chi bộ từ
    [createdAt] Ghi lúc
    [updatedAt] Sửa lần cuối
    [channel] Kênh
    [externalId] Mã tài khoản trên kênh
    [boundAt] Kết nối lúc
    [createdById] Người cấp
    [expiresAt] Hết hạn lúc
    [usedAt] Dùng lúc
    [usedBy] Dùng từ tài khoản
    [kind] Loại
    [place] Nơi đến
    [countryCode] Quốc gia
    [mobile] Làm việc lưu động
    [organisationThere] Nơi đến có tổ chức đảng
    [startsOn] Từ ngày
    [expectedEndOn] Dự kiến đến ngày
    [endedOn] Đã về ngày
    [arrangement] Hình thức
    [reason] Lý do
    [applicationStatus] Xét duyệt
    [decidedById] Người quyết định
    [decidedAt] Quyết định lúc
    [decisionNote] Ghi chú của chi bộ
    [returnReport] Báo cáo khi trở về
    [returnReportFileId] Tệp bản tự kiểm điểm có xác nhận (mã tệp)
    [returnedAt] Báo đã về lúc
    [month] Tháng
    [answers] Nội dung trả lời
    [revision] Lần sửa
    [revisions] Các bản trước
    [submittedAt] Gửi lúc
    [amountMinor] Số tiền (tính theo đơn vị nhỏ nhất của loại tiền: đồng, xu…)
    [currency] Loại tiền
    [method] Cách đóng
    [receiptFileId] Biên lai (mã tệp)
    [declaredAt] Khai lúc
    [confirmedById] Người xác nhận
    [confirmedAt] Xác nhận lúc
    [disputeReason] Lý do chưa xác nhận
    [months] Các tháng
    [firstMonth] Từ tháng
    [lastMonth] Đến tháng
    [note] Ghi chú
    [year] Năm
    [sections] Nội dung kiểm điểm
    [workplaceCommentText] Nhận xét của nơi làm việc
    [workplaceCommentFileId] Tệp nhận xét (mã tệp)
    [selfRating] Tự xếp loại
    [cellRating] Chi bộ xếp loại
    [cellComment] Nhận xét của chi bộ
    [ratedById] Người xếp loại
    [ratedAt] Xếp loại lúc
    [text] Nội dung
    [handledById] Người liên hệ
    [handledAt] Liên hệ lúc
    [unit] Cấp quyết định
    [subjectType] Về hồ sơ
    [subjectId] Số hiệu hồ sơ
    [outcome] Kết quả
    [key] Mã
    [value] Dữ liệu
    [dueAt] Đến hạn lúc
    [sentAt] Gửi đi lúc
    [attempts] Số lần gửi
    [to] Gửi cho
    [actorId] Người thực hiện
    [actorLabel] Người thực hiện (ghi nhận)
    [action] Việc
    [entity] Loại hồ sơ
    [entityId] Số hiệu hồ sơ
    [before] Trước
    [after] Sau
    [at] Lúc
   *[other] { $field }
}
member-export-value = { $value ->
    [telegram] Telegram
    [zalo] Zalo
    [late] Đóng chậm
    [advance] Đóng trước
    [difficulty] Báo khó khăn
    [leave] Xin ra khỏi Đảng
    [open] Đang chờ chi bộ
    [contacted] Đã liên hệ
    [closed] Đã xong
    [pending] Chờ gửi
    [queued] Trong hàng đợi
    [sending] Đang gửi
    [sent] Đã gửi
    [failed] Không gửi được
    [cancelled] Đã hủy (không còn cần)
    [member] Đảng viên
    [cell] Bí thư chi bộ
    [message] Tin nhắn
    [nudge] Nhắc việc
    [alert] Báo ngay cho chi bộ
    [digest] Tóm tắt hằng ngày
    [item] Một việc trong lời nhắc
    [digest-item] Một việc trong bản tóm tắt
   *[other] { $value }
}
