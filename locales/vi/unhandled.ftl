## Input the bot cannot use

unhandled-unknown-command = Không có lệnh { $command }. Gõ /help để xem các lệnh dùng được.
unhandled-text = Tôi chưa hiểu tin nhắn này. Gõ /help để xem các việc có thể làm.
unhandled-media = Tôi chỉ đọc được tin nhắn chữ, ảnh và tệp khi được hỏi. Gõ /help để xem các việc có thể làm.
unhandled-too-long = Tin nhắn quá dài ({ $length } ký tự). Mỗi tin nhắn tối đa { $max } ký tự; hãy chia thành nhiều tin.
unhandled-stale-button = Nút này đã cũ hoặc không còn hiệu lực. Gõ /help để bắt đầu lại.
unhandled-cancel-nothing = Không có thao tác nào đang làm dở.
private-only = homecell chỉ hoạt động trong cuộc trò chuyện riêng. Hãy nhắn tin riêng cho bot.
error-internal = Xin lỗi, đã có lỗi khi xử lý. Dữ liệu đã gửi trước đó không bị mất; vui lòng thử lại sau ít phút.
