## Lỗi của một dòng hay của cả tệp khi `homecell import` (src/records/import/reason.ts); tên cột giữ nguyên như trong tệp
import-required = { $column }: không được để trống
import-not-one-of = { $column }: "{ $value }" không thuộc các giá trị được phép: { $choices }
import-not-iso-date = { $column }: "{ $value }" không phải ngày viết theo dạng năm-tháng-ngày YYYY-MM-DD (ví dụ 2026-03-15)
import-not-real-date = { $column }: { $value } không phải ngày có thật
import-not-time-zone = { $column }: "{ $value }" không phải tên múi giờ IANA (ví dụ Asia/Ho_Chi_Minh, Asia/Seoul)
import-not-link = { $column }: "{ $value }" không phải đường dẫn họp trực tuyến (cần bắt đầu bằng https://, ví dụ https://hop.example.vn/chi-bo-abc)
import-link-cell-only = { $column }: chỉ chi bộ họp thí điểm trực tuyến mới có đường dẫn họp; đơn vị này không phải chi bộ
import-not-number = { $column }: "{ $value }" không phải là số
import-not-whole-number = { $column }: { $value } không phải số nguyên từ 0 trở lên
import-reason-other = { $column }: { $detail }
import-birth-year-range = { $column }: năm sinh { $value } nằm ngoài khoảng { $min }-{ $max }
import-not-country-code = { $column }: "{ $value }" không phải mã quốc gia hai chữ cái theo ISO 3166-1 (ví dụ KR, JP)
import-recorded-since-future = recorded_since: ngày { $value } chưa đến (hôm nay là { $today })
import-cell-required = cần có cell_code (hoặc unit_path) để biết đảng viên thuộc chi bộ nào
import-officer-unit-role = officer_unit chỉ dùng cho vai trò officer (vai trò ở dòng này: { $role ->
    [none] để trống
   *[other] { $role }
})
import-exemption-since-not-full = exemption_since chỉ dùng khi exemption_kind là full (tạm miễn sinh hoạt bắt đầu từ away_since)
import-exemption-reason-not-full = exemption_reason (age hoặc health) chỉ dùng khi exemption_kind là full
import-exemption-kind-empty = có exemption_until { $until } nhưng exemption_kind để trống (temporary: tạm miễn sinh hoạt khi đi làm ăn xa; full: miễn công tác và sinh hoạt đảng vì tuổi cao hoặc sức khỏe)
import-temporary-not-away = exemption_kind temporary là tạm miễn sinh hoạt khi đi làm ăn xa, nhưng away_kind là none (miễn vì tuổi cao, sức khỏe thì ghi full)
import-temporary-needs-until = exemption_kind là temporary thì phải có exemption_until
import-until-before-since = exemption_until { $until } sớm hơn exemption_since { $since }
import-away-since-without-away = có away_since nhưng away_kind là none
import-until-without-away = có exemption_until nhưng away_kind là none
import-away-since-required = away_kind là { $awayKind } thì phải có away_since
import-until-before-away-since = exemption_until { $until } sớm hơn away_since { $since }
import-country-required-abroad = away_kind là abroad thì phải có country
import-country-home-abroad = country { $country } mâu thuẫn với away_kind abroad (đi trong nước thì ghi domestic)
import-country-domestic = country { $country } mâu thuẫn với away_kind domestic (đi nước ngoài thì ghi abroad)
import-attendance-reason-required = reason (lý do vắng) là bắt buộc khi status là absent_with_reason
import-attendance-reason-unexpected = reason chỉ ghi khi status là absent_with_reason (dòng này có status { $status })
import-attendance-unknown-card = party_card_no: không có đảng viên nào mang số thẻ { $card }
import-attendance-other-cell = đảng viên số thẻ { $card } không thuộc chi bộ { $code }
import-attendance-not-listed = đảng viên số thẻ { $card } không có trong danh sách sinh hoạt ngày { $day } (được miễn sinh hoạt, hoặc không còn do chi bộ quản lý)
import-attendance-also-on = số thẻ đảng viên { $card } cũng có ở dòng { $line } cho cùng buổi sinh hoạt
import-attendance-repeated-on = số thẻ đảng viên { $card } bị lặp lại ở dòng { $line } cho cùng buổi sinh hoạt
import-meeting-at-format = { $column }: "{ $value }" không phải ngày giờ dạng 05/03/2026 19:30 hoặc 2026-03-05 19:30
import-meeting-at-time = { $column }: "{ $value }" có giờ phút không hợp lệ
import-meeting-at-date = { $column }: { $value } không phải ngày giờ có thật theo múi giờ của chi bộ
import-meeting-at-future = meeting_at { $value } ({ $zone }) chưa tới: chỉ nhập được điểm danh của buổi sinh hoạt đã họp
import-meeting-cancelled = meeting_at { $value }: buổi sinh hoạt này đã hủy, không ghi điểm danh
import-meeting-place-stored = place "{ $value }" khác địa điểm đã ghi của buổi sinh hoạt "{ $place }"
import-meeting-place-also-on = place "{ $value }" khác "{ $place }" ở dòng { $line } của cùng buổi sinh hoạt
import-card-also-on = số thẻ đảng viên { $card } cũng có ở dòng { $line }
import-card-repeated-on = số thẻ đảng viên { $card } bị lặp lại ở dòng { $line }
import-unknown-cell = cell_code: không có chi bộ nào mang mã { $code }
import-unknown-unit-path = unit_path: không có đơn vị theo đường dẫn { $path }
import-cell-and-path-differ = cell_code { $code } và unit_path { $path } chỉ hai đơn vị khác nhau
import-not-a-cell = { $column }: { $code } là { $kind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
}, không phải chi bộ
import-unknown-officer-unit = officer_unit: không có đơn vị nào mang mã { $code }
import-code-characters = { $column }: "{ $value }" chỉ được gồm chữ không dấu, chữ số, '.', '_' và '-'
import-province-no-parent = tỉnh thì để trống parent_code
import-parent-required = { $kind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
} thì phải có parent_code
import-parent-self = parent_code trùng với mã của chính đơn vị
import-code-also-on = mã { $code } cũng có ở dòng { $line }
import-code-repeated-on = mã { $code } bị lặp lại ở dòng { $line }
import-parent-unknown = parent_code { $parent } không có trong tệp, cũng không có trong cơ sở dữ liệu
import-parent-cannot-hold = parent_code { $parent } là { $parentKind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
}, không thể có { $kind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
} trực thuộc
import-parent-row-bad = parent_code { $parent } nằm ở dòng { $line }, mà dòng đó có lỗi
import-parent-in-subtree = parent_code { $parent } là đơn vị trực thuộc chính { $code }
import-cell-has-members = kind: { $code } đang có { $count } đảng viên nên phải giữ là chi bộ
import-kind-holds-child = kind: { $code } đang có { $child } ({ $childKind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
}) trực thuộc nên không thể đổi thành { $kind ->
    [province] tỉnh
    [district] huyện
    [grassroots] đảng bộ cơ sở
   *[cell] chi bộ
}
import-file-extension = { $file }: tệp phải là .csv hoặc .xlsx
import-file-not-found = { $file }: không tìm thấy tệp
import-file-not-a-file = { $file }: đây không phải là tệp
import-file-empty = { $file }: tệp trống
import-file-csv = { $file }: không đọc được tệp CSV (lỗi ở khoảng dòng { $line }): { $detail }
import-file-xlsx = { $file }: không đọc được bảng tính .xlsx{ $line ->
    [none] {""}
   *[other] {" "}(lỗi ở khoảng dòng { $line })
}: { $detail }
import-file-no-worksheet = { $file }: bảng tính không có trang nào
import-header-twice = dòng tiêu đề: cột "{ $column }" xuất hiện hai lần (cột { $first } và cột { $second })
import-header-members-lacks = dòng tiêu đề: có vẻ là tệp đảng viên nhưng thiếu { $missing } (cột cell_code hoặc unit_path cho biết chi bộ của đảng viên)
import-header-units-lacks = dòng tiêu đề: có vẻ là tệp đơn vị nhưng thiếu { $missing }
import-header-attendance-lacks = dòng tiêu đề: có vẻ là tệp điểm danh sinh hoạt chi bộ (có cột meeting_at) nhưng thiếu { $missing }
import-header-unknown = dòng tiêu đề: không phải tệp đơn vị (code, name, kind, parent_code), tệp đảng viên (cell_code, full_name, party_card_no, ...) hay tệp điểm danh sinh hoạt chi bộ (cell_code, meeting_at, party_card_no, status, ...); thấy: { $found ->
    [none] không có cột nào
   *[other] { $found }
}
