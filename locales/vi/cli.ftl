## The `homecell` admin command line
cli-no-cluster = DATA_DIR { $dir }: thư mục này chưa có cơ sở dữ liệu của homecell (kiểm tra lại DATA_DIR, hoặc đặt DATABASE_URL; `homecell migrate` tạo cơ sở dữ liệu mới ở đây)

## homecell sweep
cli-sweep-at-invalid = --at: homecell không đọc được thời điểm “{ $text }”; hãy viết 2026-12-20, 2026-12-20T09:00, 20/12/2026 09:00 (theo HOME_TIMEZONE, { $zone }), hoặc kèm độ lệch giờ 2026-12-20T09:00:00+07:00
cli-sweep-dry-run-title = quét lúc { $at }, { $zone } (chạy thử: không ghi, không gửi gì)
cli-sweep-would-send = { $count ->
    [0] không có tin nào sẽ được gửi
   *[other] { $count } tin sẽ được gửi:
}
cli-sweep-already-queued = { $count } tin đã vào hàng đợi và đến hạn gửi:
cli-sweep-held = { $count } đảng viên có mục đang chờ đến khung giờ nhận tin của họ:
cli-sweep-recipient = gửi { $name } (#{ $id }, { $locale })
cli-sweep-held-member = { $name } (#{ $id }) chờ đến { $until } ({ $reason })
cli-sweep-cannot-render = (không hiển thị được: { $problem })
cli-sweep-unreachable = { $members } đảng viên không liên lạc được; { $items } mục đến hạn của họ lúc này sẽ không được gửi:
cli-sweep-not-connected = { $members } đảng viên chưa kết nối (chưa kết nối tài khoản nhắn tin nào; cấp mã mời để kết nối): { $items } mục
cli-sweep-blocked = { $members } đảng viên đã chặn bot (bản tóm tắt hằng ngày gửi bí thư có nêu tên): { $items } mục
cli-sweep-done = quét lúc { $at }, { $zone }: { $counts }
cli-sweep-no-token = chưa có BOT_TOKEN: dịch vụ đang chạy sẽ gửi các tin trong hàng đợi
cli-sweep-delivery = đã gửi: { $delivered }

## homecell units
cli-units-empty = chưa có đơn vị nào: hãy nhập tệp đơn vị bằng `homecell import <units.csv>`
cli-unknown-unit = không có đơn vị mã { $code }
cli-units-counts = { $members } đảng viên{ $away ->
    [0] {""}
   *[other] , { $away } đi làm ăn xa
}

## homecell meetings
cli-meetings-not-a-cell = { $code } không phải là chi bộ: lệnh này cần mã của một chi bộ
cli-meetings-title = Các buổi sinh hoạt chi bộ năm { $year }: { $cell }
cli-meetings-none = chi bộ chưa có buổi sinh hoạt nào trong năm { $year }
cli-meetings-line = • { $when } tại { $place }: { $status ->
    [held] đã họp
    [cancelled] đã hủy
   *[scheduled] đã lên lịch
}
cli-meetings-attendance = {"  "}Tổng số { $listed } đảng viên: có mặt { $present }, vắng có lý do { $excused }, vắng không có lý do { $unexcused }
cli-meetings-absent-with-reason = {"  "}Vắng có lý do: { $names }
cli-meetings-absent-without-reason = {"  "}Vắng không có lý do: { $names }
cli-meetings-not-recorded = {"  "}Chưa ghi điểm danh: { $names }
cli-meetings-name-reason = { $name } ({ $reason })

## homecell report
cli-report-progress = báo cáo
cli-report-progress-rows = dòng

## homecell import
cli-import-bad-line = dòng { $line }: { $reasons }
cli-import-skipped-line = bỏ qua dòng { $line }: { $reasons }
cli-import-refused = { $bad } trong số { $rows } dòng của { $file } có lỗi; chưa nhập dòng nào (dùng --skip-bad để nhập { $good } dòng còn lại)
cli-import-refused-all = mọi dòng trong { $file } đều có lỗi ({ $rows } dòng); chưa nhập dòng nào, và không có dòng nào đúng để nhập bằng --skip-bad
cli-import-refused-dry-run = { $bad } trong số { $rows } dòng của { $file } có lỗi (chạy thử)
cli-import-file = tệp { $kind ->
    [units] đơn vị
    [attendance] điểm danh sinh hoạt chi bộ
   *[members] đảng viên
} { $file }: { $rows } dòng{ $skipped ->
    [0] {""}
   *[other] , bỏ qua { $skipped } dòng lỗi
}
cli-import-units = đơn vị: { $created } thêm mới, { $updated } cập nhật ({ $moved } đổi đơn vị cấp trên), { $unchanged } giữ nguyên
cli-import-members = đảng viên: { $created } thêm mới, { $updated } cập nhật, { $unchanged } giữ nguyên
cli-import-absences = đi làm ăn xa: { $opened } ghi mới, { $updated } cập nhật, { $ended } kết thúc
cli-import-full-exemptions = miễn công tác và sinh hoạt đảng (tuổi cao, sức khỏe yếu): { $opened } ghi mới, { $updated } cập nhật, { $ended } kết thúc
cli-import-status-kept = { $count } đảng viên đã xóa tên, ra khỏi Đảng hoặc chuyển đi được giữ nguyên trạng thái
cli-import-attendance = điểm danh sinh hoạt chi bộ: { $recorded } ghi mới, { $updated } cập nhật, { $unchanged } giữ nguyên
cli-import-meetings-added = thêm { $count } buổi sinh hoạt chưa có trong homecell, ghi là đã họp
cli-import-dry-run-good = chạy thử: mọi dòng đều đúng; không ghi gì
cli-import-progress-checking = đang kiểm tra
cli-import-progress-writing = đang ghi
cli-import-progress-rows = dòng
