## /stats for committee officers

officer-stats-title = Thống kê { $unit }, năm { $year } (tính đến { $asOf })
officer-stats-children = Theo đơn vị trực thuộc:
officer-stats-child = • { $name } ({ $code }): { $parts }
officer-stats-part-members = { $count } đảng viên
officer-stats-part-away = đi làm ăn xa: { $parts }
officer-stats-part-away-domestic = trong nước { $count }
officer-stats-part-away-abroad = nước ngoài { $count }
officer-stats-part-checkins = báo cáo tháng { $rate }
officer-stats-part-unpaid = nợ đảng phí: { $parts }
officer-stats-part-unpaid-one = 1 tháng { $count }
officer-stats-part-unpaid-two = 2 tháng { $count }
officer-stats-part-unpaid-three-plus = từ 3 tháng { $count }
officer-stats-part-attendance = dự họp { $rate }
officer-stats-part-absent = vắng không lý do: { $parts }
officer-stats-part-absent-one = 1 lần { $count }
officer-stats-part-absent-two = 2 lần { $count }
officer-stats-part-absent-three-plus = từ 3 lần { $count }
officer-stats-part-reviews = kiểm điểm: { $parts }
officer-stats-part-reviews-submitted = đã nộp { $count }
officer-stats-part-reviews-rated = đã xếp loại { $count }
officer-stats-part-reviews-missing = chưa nộp { $count }
officer-stats-part-requests = chờ liên hệ: { $parts }
officer-stats-part-requests-help = báo khó khăn { $count }
officer-stats-part-requests-leave = xin ra khỏi Đảng { $count }
officer-stats-footer = Xem một đơn vị: /stats MÃ-ĐƠN-VỊ [năm]. Tải báo cáo: /export [MÃ-ĐƠN-VỊ]. Hồ sơ một người: /member số thẻ.
officer-stats-refused = Không xem được thống kê “{ $code }”: mã đơn vị không có trong phạm vi đồng chí phụ trách.
