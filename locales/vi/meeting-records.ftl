## Danh sách điểm danh kèm biên bản sinh hoạt chi bộ (PDF; src/records/exports/meeting-minutes.ts)
meeting-minutes-title-line = Danh sách điểm danh sinh hoạt chi bộ - { $cell } - { $date }
meeting-minutes-dated = Ngày { $date }
meeting-minutes-title = DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ
meeting-minutes-subtitle = (Kèm theo biên bản sinh hoạt chi bộ)
meeting-minutes-cell = Chi bộ: { $cell }
meeting-minutes-when = Thời gian: { $when }
meeting-minutes-place = Địa điểm: { $place }
meeting-minutes-listed = Tổng số đảng viên của chi bộ trong danh sách: { $count } đồng chí
meeting-minutes-count-present = - Có mặt: { $count } đồng chí
meeting-minutes-count-excused = - Vắng có lý do: { $count } đồng chí
meeting-minutes-count-unexcused = - Vắng không có lý do: { $count } đồng chí
meeting-minutes-present = I. ĐẢNG VIÊN CÓ MẶT ({ $count })
meeting-minutes-absent-with-reason = II. ĐẢNG VIÊN VẮNG CÓ LÝ DO ({ $count })
meeting-minutes-absent-without-reason = III. ĐẢNG VIÊN VẮNG KHÔNG CÓ LÝ DO ({ $count })
meeting-minutes-not-recorded = IV. CHƯA GHI ĐIỂM DANH ({ $count })
meeting-minutes-nobody = Không có
meeting-minutes-online = { $name } (dự trực tuyến)
meeting-minutes-name-reason = { $name } - lý do: { $reason }
meeting-minutes-sign-secretary = THƯ KÝ
meeting-minutes-sign-on-behalf = T/M CHI BỘ
meeting-minutes-sign-chair = CHỦ TRÌ

## Lý do vắng mặt khi lưu dưới dạng mã (lựa chọn trong giấy mời, hoặc diện tạm miễn, chuyển sinh hoạt tạm thời)
meeting-reason = { $reason ->
    [working_away] đi làm ăn xa
    [ill] ốm đau
    [family] việc gia đình
    [on_duty] đi công tác
    [temporary-exemption] đang tạm miễn sinh hoạt
    [temporary-transfer] đang chuyển sinh hoạt tạm thời
   *[other] lý do khác
}

## homecell meetings --minutes
cli-meetings-minutes-needs-out = --minutes cần có --out <tệp.pdf> để ghi danh sách điểm danh
cli-meetings-minutes-not-a-number = --minutes: "{ $value }" không phải số của một cuộc sinh hoạt (xem số trong homecell meetings { $code } --json)
cli-meetings-minutes-unknown = không có cuộc sinh hoạt số { $id } của chi bộ { $code }
cli-meetings-minutes-cancelled = cuộc sinh hoạt số { $id } đã hủy: không có danh sách điểm danh
cli-meetings-minutes-not-recorded = cuộc sinh hoạt số { $id } chưa ghi điểm danh
cli-meetings-minutes-cannot-write = --out: không ghi được { $file } ({ $detail })
cli-meetings-minutes-written = { $file }: danh sách điểm danh cuộc sinh hoạt { $when } của { $cell }

## Sổ ghi chép: trang sinh hoạt chi bộ (đảng viên theo tháng)
export-sheet-meetings = Sinh hoạt chi bộ { $year }
export-col-meeting-unexcused = Số lần vắng không có lý do trong năm
export-col-meeting-legend = Ký hiệu: P có mặt; V (lý do) vắng có lý do; K vắng không có lý do; để trống: tháng không họp hoặc không có tên trong danh sách
export-meeting-mark = { $status ->
    [present] P
    [absent_with_reason] V{ $reason ->
        [none] {""}
       *[other] {" "}({ $reason })
    }
   *[absent_without_reason] K
}
