## Names of statuses, kinds and ratings, shared by the cell's views, exports and reports

lbl-rating = { $rating ->
    [excellent] Hoàn thành xuất sắc nhiệm vụ
    [good] Hoàn thành tốt nhiệm vụ
    [complete] Hoàn thành nhiệm vụ
   *[incomplete] Không hoàn thành nhiệm vụ
}
lbl-role = { $role ->
    [secretary] Bí thư chi bộ
    [deputy_secretary] Phó bí thư chi bộ
    [committee_officer] Cán bộ cấp ủy
   *[member] Đảng viên
}
lbl-member-status = { $status ->
    [active] Có tên trong danh sách đảng viên của chi bộ
    [transferred] Đã chuyển sinh hoạt
    [removed] Đã xóa tên
   *[left] Đã ra khỏi Đảng
}
lbl-member-state = { $state ->
    [active] Đang sinh hoạt tại chi bộ
    [away] Đi làm ăn xa
    [temporary-exemption] Tạm miễn sinh hoạt (đi làm ăn xa)
    [full-exemption] Miễn công tác và sinh hoạt đảng
    [transferred] Đã chuyển sinh hoạt
    [removed] Đã xóa tên
   *[left] Đã ra khỏi Đảng
}
lbl-full-exemption-reason = { $reason ->
    [age] Tuổi cao
    [health] Sức khỏe yếu
   *[unknown] Không ghi lý do
}
lbl-absence-kind = { $kind ->
    [domestic] Trong nước
   *[abroad] Nước ngoài
}
lbl-arrangement = { $arrangement ->
    [seasonal] Đi làm thời vụ (dưới 3 tháng)
    [temporary_transfer] Chuyển sinh hoạt tạm thời
    [temporary_exemption] Tạm miễn sinh hoạt
    [official_transfer] Chuyển sinh hoạt chính thức
   *[none] Không có
}
lbl-application-status = { $status ->
    [not_required] Không cần xét
    [submitted] Chờ chi bộ xét
    [proposed] Chi bộ đã đề nghị, chờ cấp ủy quyết định
    [approved] Đã duyệt
    [rejected] Không duyệt
   *[withdrawn] Đã rút
}
lbl-fee-method = { $method ->
    [bank_transfer] Chuyển khoản
    [family] Nhờ gia đình đóng hộ
    [in_person] Đóng trực tiếp
   *[public_portal] Cổng dịch vụ công quốc gia
}
lbl-fee-state = { $state ->
    [confirmed] Đã xác nhận
    [declared] Đã khai, chờ xác nhận
    [disputed] Chưa khớp
    [arrangement] Được phép đóng chậm/trước
    [unpaid] Chưa đóng
    [open] Tháng này, chưa đóng
    [not-due] Chưa đến hạn
   *[not-counted] Chưa có dữ liệu (trước khi có hồ sơ)
}
lbl-fee-stage = { $stage ->
    [clear] Đủ
    [nudge] Nợ 1 tháng
    [alert-secretary] Nợ 2 tháng, cần nhắc
   *[eligible-for-removal-review] Đủ căn cứ xem xét xóa tên
}
lbl-review-status = { $status ->
    [draft] Đang soạn
    [submitted] Đã nộp, chờ xếp loại
    [rated] Đã xếp loại
    [absent_rate_later] Vắng họp, xếp loại sau
    [exempt] Miễn đánh giá
   *[missing] Chưa nộp
}
lbl-review-standing = { $status ->
    [exempt] Miễn đánh giá
    [not-open] Chưa đến kỳ kiểm điểm
    [not-started] Chưa viết
    [draft] Đang soạn
    [submitted] Đã nộp, chờ xếp loại
    [rated] Đã xếp loại
    [absent-rate-later] Vắng họp, xếp loại sau
   *[missed] Quá hạn, chưa nộp
}
lbl-decision-kind = { $kind ->
    [absence-application] Đơn chuyển/miễn sinh hoạt
    [fee-payment] Đảng phí
    [fee-arrangement] Đóng đảng phí chậm/trước
    [review-rating] Xếp loại chất lượng
    [request-difficulty] Báo khó khăn
    [request-leave] Xin ra khỏi Đảng
    [absence-end] Kết thúc đợt đi vắng
   *[other] { $kind }
}
lbl-decision-outcome = { $outcome ->
    [approved] Đã duyệt
    [rejected] Không duyệt
    [confirmed] Đã xác nhận
    [disputed] Chưa khớp
    [excellent] Hoàn thành xuất sắc nhiệm vụ
    [good] Hoàn thành tốt nhiệm vụ
    [complete] Hoàn thành nhiệm vụ
    [incomplete] Không hoàn thành nhiệm vụ
    [absent-rate-later] Vắng họp, xếp loại sau
    [contacted] Đã liên hệ
    [approved-late] Cho đóng chậm
    [approved-advance] Cho đóng trước
    [proposed] Chi bộ đề nghị
    [more-asked] Đề nghị chi bộ bổ sung
    [ended] Đã về
    [shortened] Kết thúc sớm hơn
   *[other] { $outcome }
}
lbl-unit-kind = { $kind ->
    [province] Tỉnh
    [district] Huyện
    [grassroots] Cơ sở
   *[cell] Chi bộ
}
lbl-yes-no = { $value ->
    [yes] Có
    [no] Không
   *[unknown] Chưa rõ
}
# What an audit event on a member's record was, as the secretary reads it (the code's dots become dashes).
lbl-audit-action = { $action ->
    [absence-filed] Khai báo đi làm xa
    [absence-renewal-filed] Xin gia hạn
    [absence-application-proposed] Chi bộ đề nghị cấp ủy quyết định về đơn
    [absence-application-approved] Đơn được duyệt
    [absence-application-rejected] Đơn không được duyệt
    [absence-application-more-asked] Cấp ủy đề nghị bổ sung về đơn
    [absence-ended-by-cell] Chi bộ ghi nhận kết thúc đợt đi vắng
    [absence-shortened] Đợt đi vắng được rút ngắn
    [absence-withdrawn] Rút đơn hoặc hủy chuyến đi
    [absence-returned] Báo đã về
    [absence-return-report-sent] Gửi báo cáo khi trở về
    [fee-declared] Khai báo đã đóng đảng phí
    [fee-arrangement-approved] Duyệt đóng đảng phí chậm/trước
    [fee-arrangement-cut] Rút ngắn thời gian cho đóng đảng phí chậm/trước
    [fee-arrangement-ended] Thôi cho đóng đảng phí chậm/trước
    [full-exemption-recorded] Ghi nhận miễn công tác và sinh hoạt đảng
    [full-exemption-ended] Kết thúc miễn công tác và sinh hoạt đảng
    [review-draft-saved] Lưu bản nháp tự kiểm điểm
    [review-submitted] Nộp bản tự kiểm điểm
    [request-difficulty-created] Báo khó khăn
    [request-leave-created] Xin ra khỏi Đảng
    [request-contacted] Chi bộ đã liên hệ
    [chat-bound] Kết nối tài khoản nhắn tin
    [chat-unlinked] Gỡ kết nối tài khoản nhắn tin
    [invite-issued] Cấp mã mời
    [member-locale-changed] Đổi ngôn ngữ
    [member-settings-changed] Đổi cài đặt nhắc nhở
    [member-unreachable] Bot không nhắn tin được
    [record-read] Xem hồ sơ
    [export-member-data] Xuất dữ liệu của đảng viên
    [export-record-book] Xuất sổ theo dõi
    [export-report] Xuất báo cáo
    [export-review-pdf] Xuất bản kiểm điểm
    [import-members] Nhập danh sách đảng viên
    [pending-application-read] Xem đơn
    [pending-fee-read] Xem khai báo đóng đảng phí
    [pending-review-read] Xem bản kiểm điểm
    [pending-request-read] Xem yêu cầu
    [pending-application-decide] Xét duyệt đơn
    [pending-fee-decide] Xử lý khai báo đảng phí
    [pending-review-decide] Xếp loại
    [pending-request-decide] Xử lý yêu cầu
    [access-denied] Thao tác bị từ chối
   *[other] Thao tác khác trên hồ sơ
}
