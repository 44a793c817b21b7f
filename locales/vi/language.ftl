## /language

language-choose = Chọn ngôn ngữ:
language-name-vi = Tiếng Việt
language-name-en = English
language-changed = Đã chuyển sang tiếng Việt.
