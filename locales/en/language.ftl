## /language

language-choose = Choose your language:
language-name-vi = Tiếng Việt
language-name-en = English
language-changed = Language set to English.
