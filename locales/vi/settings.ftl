## Settings (/settings)

settings-title = cài đặt
settings-ask-language = Đồng chí muốn dùng ngôn ngữ nào?
settings-label-language = Ngôn ngữ
settings-ask-zone = Lời nhắc được gửi theo giờ nơi đồng chí đang ở. Hiện đang dùng múi giờ { $zone }. Chọn múi giờ:
settings-label-zone = Múi giờ
settings-zone-option = { $zone } (bây giờ là { $time })
settings-zone-other = Múi giờ khác
settings-ask-zone-typed = Gõ tên thành phố hoặc múi giờ, ví dụ Seoul, Tokyo, Europe/Prague.
settings-error-zone = Không tìm thấy múi giờ này. Hãy gõ tên một thành phố lớn gần đó (ví dụ Seoul, Osaka, Taipei, Prague) hoặc tên đầy đủ như Asia/Seoul.
settings-ask-hours = Đồng chí muốn nhận lời nhắc vào khung giờ nào (giờ nơi đồng chí ở)?
settings-label-hours = Giờ nhận lời nhắc
settings-hours-policy = { $from }:00–{ $to }:00 (mặc định)
settings-hours-range = { $from }:00–{ $to }:00
settings-hours-custom = Khung giờ khác
settings-ask-hour-from = Nhận lời nhắc từ mấy giờ? Gõ một số từ 0 đến 22.
settings-label-hour-from = Từ giờ
settings-ask-hour-to = Đến mấy giờ? Gõ một số từ 1 đến 23, lớn hơn giờ bắt đầu.
settings-label-hour-to = Đến giờ
settings-error-hours-order = Giờ kết thúc phải sau giờ bắt đầu.
settings-ack = Đã lưu cài đặt. Múi giờ: { $zone } (bây giờ là { $time }). Lời nhắc đến trong khoảng { $from }:00–{ $to }:00.
settings-refused-invalid-time-zone = Múi giờ không hợp lệ. Bấm Sửa để chọn lại.
settings-refused-invalid-hours = Khung giờ không hợp lệ. Bấm Sửa để chọn lại.
