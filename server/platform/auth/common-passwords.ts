// Passwords that guessing attacks try first: keyboard walks, repeated digits, dates, the
// Chinese favourites (woaini, pinyin words), and popular words with the usual decorations.
// Compared in lower case, also with symbols removed ("P@ssw0rd!" -> "pssw0rd").
const words = [
  'password', 'passw0rd', 'pssw0rd', 'p@ssw0rd', 'admin', 'administrator', 'root', 'welcome', 'letmein', 'qwerty',
  'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'iloveyou', 'woaini', 'woaini1314', 'woaiwojia', 'aini1314', 'zhangwei',
  'wangwei', 'liuyang', 'zhongguo', 'china', 'beijing', 'shanghai', 'zhengxie', 'zhengfu', 'lvzhi', 'tian', 'huang',
  'dragon', 'monkey', 'master', 'sunshine', 'princess', 'football', 'baseball', 'shadow', 'superman', 'michael',
  'abc', 'abcd', 'abcde', 'abcdef', 'abc123', 'abcd1234', 'a123456', 'aa123456', 'a1b2c3', 'a1b2c3d4', 'qq123456',
  'test', 'test123', 'guest', 'user', 'login', 'changeme', 'secret', 'computer', 'internet', 'windows', 'server',
  'office', 'system', 'default', 'manager', 'service', 'support', 'company', 'huawei', 'xiaomi', 'tencent', 'baidu',
];
const suffixes = ['', '1', '12', '123', '1234', '12345', '123456', '01', '001', '520', '888', '666', '2024', '2025', '2026', '!', '@', '#', '.'];
const sequences = [
  '12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', '88888888', '66666666', '12341234',
  '11223344', '12121212', '123123123', '147258369', '159357', '1qaz2wsx', '1qaz@wsx', '1q2w3e4r', '1q2w3e4r5t',
  'qweasdzxc', 'qazwsxedc', 'zaq12wsx', '!qaz2wsx', 'asdf1234', 'qwer1234', 'zxcv1234', 'asd123456', 'qwe123456',
  'a12345678', 'aa123456.', 'aa12345678', 'abc12345', 'abc123456', 'abcd123456', 'a1234567', 'q1w2e3r4', 'q1w2e3r4t5',
  '5201314', '52013140', '1314520', '13145200', 'woaini520', 'iloveyou1', 'admin123', 'admin888', 'admin@123',
  'admin123456', 'root123', 'root1234', 'test1234', 'pass1234', 'password1', 'password123', 'passw0rd1',
  'welcome1', 'welcome123', 'qwerty123', 'qwerty1234', 'abc@123', 'abc#123', 'aa@123456', 'a@123456',
  'p@ssword', 'p@ssword1', 'p@ssw0rd1', 'p@55w0rd', 'zhengxie123', 'zhengxie@123', 'lvzhi123', 'lvzhi@123',
];

function build(): Set<string> {
  const set = new Set<string>();
  for (const w of words) for (const s of suffixes) set.add((w + s).toLowerCase());
  for (const w of words) set.add((w.charAt(0).toUpperCase() + w.slice(1) + '@123').toLowerCase());
  for (const s of sequences) set.add(s.toLowerCase());
  // Birthdays as passwords: every YYYYMMDD from 1950 to 2010 is too easy to enumerate.
  for (let y = 1950; y <= 2010; y++) for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) {
    set.add(`${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`);
  }
  return set;
}

export const COMMON_PASSWORDS: ReadonlySet<string> = build();
