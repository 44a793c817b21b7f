## /start and invite binding

start-unbound =
    Xin chào! Đây là homecell, trợ lý giữ liên lạc giữa đảng viên đi làm ăn xa và chi bộ nơi cư trú.

    Để bắt đầu, đồng chí cần mã mời do bí thư chi bộ cấp. Hãy liên hệ bí thư (hoặc phó bí thư) chi bộ để nhận đường dẫn mời, rồi bấm vào đường dẫn đó, hoặc gửi: /start MÃ-MỜI
start-welcome =
    Chào đồng chí { $name }! Tài khoản này đã được kết nối với { $cell }.

    Gõ /help để xem các việc đồng chí có thể làm.
start-welcome-back =
    Chào đồng chí { $name }. Tài khoản này đang kết nối với { $cell }.

    Gõ /help để xem các việc đồng chí có thể làm.
start-already-bound = Tài khoản này đã được kết nối với đồng chí { $name }; không cần dùng mã mời nữa.
start-code-invalid =
    Mã mời không đúng. Hãy kiểm tra lại mã bí thư gửi (phân biệt chữ và số).
    Còn { $remaining } lần thử trong giờ này.
start-code-invalid-locked =
    Mã mời không đúng. Đồng chí đã nhập sai quá số lần cho phép, nên tạm thời không thử được nữa trong { $minutes } phút; hãy kiểm tra lại mã với bí thư chi bộ.
start-code-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; hãy xin bí thư chi bộ mã mới.
start-code-expired = Mã mời này đã hết hạn. Hãy xin bí thư chi bộ mã mới.
start-cooldown = Đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau { $minutes } phút, hoặc liên hệ bí thư chi bộ.
start-member-has-other-chat =
    Đồng chí { $name } đã kết nối homecell từ một tài khoản Telegram khác.
    Nếu đồng chí đổi điện thoại hoặc tài khoản, hãy nhờ bí thư chi bộ gỡ kết nối cũ (lệnh /unlink của bí thư) rồi cấp mã mới.
start-member-inactive = Hồ sơ của đồng chí không còn sinh hoạt tại chi bộ này nên không thể kết nối. Hãy liên hệ bí thư chi bộ.
start-invites-paused =
    Xin lỗi đồng chí, việc kết nối bằng mã mời đang tạm dừng vì vừa có quá nhiều mã sai được thử từ nhiều tài khoản. Mã đúng vẫn dùng được sau đó.
    Đồng chí vui lòng thử lại sau { $minutes } phút; nếu cần gấp, hãy liên hệ bí thư chi bộ.

## A connection removed (/unlink, homecell unlink): sent to the old account

unlink-old-chat-told =
    Tài khoản Telegram này không còn kết nối với hồ sơ đảng viên của đồng chí { $name } ({ $cell }): { $by ->
        [admin] quản trị viên homecell
       *[leader] chi ủy chi bộ
    } đã gỡ kết nối, thường là vì đồng chí đã đổi điện thoại hoặc tài khoản.
    Để tiếp tục dùng homecell, đồng chí xin bí thư chi bộ mã mời mới rồi nhập mã đó trên tài khoản mới. Nếu đồng chí không đề nghị việc này, hãy liên hệ ngay bí thư chi bộ.
