// The web chat's own words (not the bot's: the bot speaks each member's language), Vietnamese first, English second.
/* global document, window -- a browser page: eslint.config.mjs only declares Node globals */
const DICTIONARY = {
  vi: {
    appTitle: 'homecell · thử nghiệm',
    pickTitle: 'Bạn muốn là ai?',
    pickIntro:
      'Đây là bản thử nghiệm của homecell với một chi bộ mẫu. Chọn một đảng viên hoặc bí thư để trò chuyện với bot như người đó. Mỗi thẻ trình duyệt có thể là một người khác.',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được danh sách. Máy chủ thử nghiệm có đang chạy không? Hãy tải lại trang.',
    'role.secretary': 'Bí thư chi bộ',
    'role.deputy_secretary': 'Phó bí thư',
    'role.committee_officer': 'Cán bộ cấp ủy',
    'role.member': 'Đảng viên',
    'status.active': 'Sinh hoạt bình thường',
    'status.away': 'Đi làm ăn xa',
    'status.temporary-exemption': 'Tạm miễn sinh hoạt',
    'status.full-exemption': 'Miễn công tác và sinh hoạt đảng',
    'status.transferred': 'Đã chuyển sinh hoạt',
    'status.removed': 'Đã xóa tên',
    'status.left': 'Đã chuyển đi',
    atHome: 'Ở địa phương',
    localTime: 'Giờ ở đó: {time} ({zone})',
    sandbox: 'bản thử nghiệm',
    demoCell: 'Chi bộ mẫu: {name}',
    switchPerson: 'Đổi người',
    youAre: 'Bạn là',
    online: 'bot thử nghiệm',
    typing: 'đang nhập…',
    uploading: 'đang gửi tệp…',
    placeholder: 'Nhắn tin…',
    send: 'Gửi',
    attach: 'Gửi ảnh hoặc tệp',
    commands: 'Lệnh của bot',
    commandsEmpty: 'Bot chưa có lệnh nào cho cuộc trò chuyện này.',
    emptyChat: 'Chưa có tin nhắn nào. Bấm để bắt đầu:',
    edited: 'đã sửa',
    photo: 'Ảnh',
    unsupported: 'Tin nhắn loại “{kind}”',
    reconnecting: 'Mất kết nối, đang kết nối lại…',
    ok: 'Đã hiểu',
    'error.file-too-large': 'Tệp quá lớn: tối đa {mb} MB.',
    'error.file-empty': 'Tệp trống.',
    'error.not-an-image': 'Ảnh phải là JPEG, PNG, GIF hoặc WebP.',
    'error.button-gone': 'Nút này không còn nữa.',
    'error.unknown-chat': 'Không tìm thấy người này trong chi bộ mẫu.',
    'error.network': 'Không gửi được. Máy chủ thử nghiệm có đang chạy không?',
    'error.generic': 'Có lỗi: {message}',
    'error.bad-time': 'Thời điểm không hợp lệ.',
    'error.clock-busy': 'Đang chạy một lần khác, hãy đợi một chút.',
    clockTitle: 'Giả lập thời gian',
    clockLabel: 'Giả sử bây giờ là (giờ ở chi bộ):',
    clockRun: 'Chạy nhắc việc',
    clockRunning: 'Đang quét và gửi…',
    clockDone:
      'Lúc {at}: đã gửi {sent} tin ({nudges} lời nhắc, {alerts} cảnh báo, {digests} bản tóm tắt). {held} người đang ngoài giờ nhận nên lời nhắc chờ đến giờ của họ. Mở cuộc trò chuyện của từng người để xem.',
  },
  en: {
    appTitle: 'homecell · sandbox',
    pickTitle: 'Who do you want to be?',
    pickIntro:
      'This is a sandbox of homecell with a demo cell. Pick a member or the secretary and chat with the bot as them. Each browser tab can be a different person.',
    loading: 'Loading…',
    loadFailed: 'Could not load the list. Is the sandbox server running? Please reload the page.',
    'role.secretary': 'Cell secretary',
    'role.deputy_secretary': 'Deputy secretary',
    'role.committee_officer': 'Committee officer',
    'role.member': 'Member',
    'status.active': 'Active',
    'status.away': 'Working away',
    'status.temporary-exemption': 'Temporarily exempted',
    'status.full-exemption': 'Fully exempted (age, health)',
    'status.transferred': 'Transferred out',
    'status.removed': 'Removed',
    'status.left': 'Moved away',
    atHome: 'At home',
    localTime: 'Their time: {time} ({zone})',
    sandbox: 'sandbox',
    demoCell: 'Demo cell: {name}',
    switchPerson: 'Switch',
    youAre: 'You are',
    online: 'sandbox bot',
    typing: 'typing…',
    uploading: 'sending a file…',
    placeholder: 'Message…',
    send: 'Send',
    attach: 'Send a photo or file',
    commands: 'Bot commands',
    commandsEmpty: 'The bot has no commands for this chat.',
    emptyChat: 'No messages yet. Tap to begin:',
    edited: 'edited',
    photo: 'Photo',
    unsupported: 'A “{kind}” message',
    reconnecting: 'Connection lost, reconnecting…',
    ok: 'OK',
    'error.file-too-large': 'The file is too large: at most {mb} MB.',
    'error.file-empty': 'The file is empty.',
    'error.not-an-image': 'Photos must be JPEG, PNG, GIF or WebP.',
    'error.button-gone': 'That button is no longer there.',
    'error.unknown-chat': 'This person is not in the demo cell.',
    'error.network': 'Could not send. Is the sandbox server running?',
    'error.generic': 'Something went wrong: {message}',
    'error.bad-time': 'That is not a valid time.',
    'error.clock-busy': 'Another run is in progress; please wait a moment.',
    clockTitle: 'Pretend it is another time',
    clockLabel: 'Pretend it is now (the cell’s time):',
    clockRun: 'Run the reminders',
    clockRunning: 'Sweeping and sending…',
    clockDone:
      'At {at}: {sent} messages sent ({nudges} nudges, {alerts} alerts, {digests} digests). {held} members are outside their hours, so their nudges wait for them. Open each person’s chat to see.',
  },
};

const STORAGE_KEY = 'homecell.sandbox.lang';
let current = 'vi';

export function initLocale(serverDefault) {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  current = saved in DICTIONARY ? saved : serverDefault in DICTIONARY ? serverDefault : 'vi';
  applyLocale();
}

export function setLocale(locale) {
  if (!(locale in DICTIONARY)) return;
  current = locale;
  // The UI language is a preference of the person at the keyboard, so it is shared by all their tabs.
  safeStorage()?.setItem(STORAGE_KEY, locale);
  applyLocale();
}

export function locale() {
  return current;
}

export function t(key, vars = {}) {
  const template = DICTIONARY[current][key] ?? DICTIONARY.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label and title). */
function applyLocale() {
  document.documentElement.lang = current;
  document.title = t('appTitle');
  for (const element of document.querySelectorAll('[data-i18n]'))
    element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    element.title = t(element.dataset.i18nLabel);
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]'))
    element.placeholder = t(element.dataset.i18nPlaceholder);
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === current));
}

// Private browsing modes may refuse storage; the page still works, it only forgets the choice.
function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
