## Refusals of the cell's and committee's commands and buttons

access-unbound = Tài khoản này chưa kết nối với hồ sơ đảng viên nào. Hãy xin bí thư chi bộ mã mời rồi gửi: /start MÃ-MỜI
access-leader-only = Lệnh này chỉ dành cho bí thư, phó bí thư chi bộ. Gõ /help để xem các lệnh của đồng chí.
access-officer-only = Lệnh này chỉ dành cho cán bộ cấp ủy cấp trên. Gõ /help để xem các lệnh của đồng chí.
access-records-only = Lệnh này chỉ dành cho bí thư, phó bí thư chi bộ và cán bộ cấp ủy. Gõ /help để xem các lệnh của đồng chí.
access-button-refused = Không thực hiện được: đồng chí không có quyền với mục này, hoặc nút đã cũ. Không có gì thay đổi.
