## The committee officer's daily digest (privately, to each officer of the unit)

officer-digest-title = 📋 Tóm tắt hằng ngày cho { $unit }, ngày { $date }
officer-digest-section-waiting = Đơn chi bộ đã đề nghị, chờ cấp ủy quyết định ({ $count }):
officer-digest-waiting = { $member } ({ $cell }): { $arrangement ->
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
       *[official_transfer] chuyển sinh hoạt chính thức
    }, chi bộ đề nghị ngày { $since }
officer-digest-section-escalated = Việc chi bộ chưa xử lý, có thể làm đảng viên bị xóa tên ({ $count }):
officer-digest-contact-lost = { $member } ({ $cell }): { $months } tháng liền không báo cáo với chi bộ, từ ngày { $began }
officer-digest-fee-alert-secretary = { $member } ({ $cell }): { $count } tháng chưa đóng đảng phí năm { $year } ({ $months }), từ ngày { $began }
officer-digest-fee-removal-review = { $member } ({ $cell }): { $count } tháng chưa đóng đảng phí năm { $year } ({ $months }), đủ căn cứ xem xét xóa tên, từ ngày { $began }
officer-digest-exemption-lapsed = { $member } ({ $cell }): hết hạn tạm miễn sinh hoạt ngày { $endsOn } mà chưa trở về hay được gia hạn
officer-digest-request-leave = { $member } ({ $cell }): nghĩ đến việc xin ra khỏi Đảng, chi bộ chưa ghi nhận đã liên hệ từ ngày { $began }
officer-digest-application-waiting = { $member } ({ $cell }): đơn { $arrangement ->
        [temporary_transfer] chuyển sinh hoạt tạm thời
        [temporary_exemption] tạm miễn sinh hoạt
       *[official_transfer] chuyển sinh hoạt chính thức
    } chờ chi bộ xét từ ngày { $began }
officer-digest-footer = Xem và quyết định các đơn bằng lệnh /pending; hồ sơ từng đồng chí: /member <tên>. Tin này chỉ gửi riêng cho đồng chí.
