## /stats for committee officers

officer-stats-title = Thống kê { $unit }, năm { $year } (đến { $asOf })
officer-stats-children = Theo đơn vị trực thuộc:
officer-stats-child = • { $name } ({ $code }): { $members } đảng viên · đi xa { $awayDomestic }+{ $awayAbroad } · báo cáo { $rate } · nợ phí 1/2/3+: { $unpaid1 }/{ $unpaid2 }/{ $unpaid3plus } · kiểm điểm đã nộp/xếp loại/chưa nộp: { $reviewsSubmitted }/{ $reviewsRated }/{ $reviewsMissing } · chờ liên hệ { $openHelpRequests }+{ $openLeaveRequests }
officer-stats-footer = Xem một đơn vị: /stats MÃ-ĐƠN-VỊ [năm]. Tải báo cáo: /export [MÃ-ĐƠN-VỊ]. Hồ sơ một người: /member số thẻ.
officer-stats-refused = Không xem được thống kê “{ $code }”: mã đơn vị không có trong phạm vi đồng chí phụ trách.
