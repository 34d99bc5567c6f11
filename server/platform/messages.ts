// Error and notice texts by code, zh-CN first. Modules add their own codes with
// registerMessages(); the web app shows `message` as given, so the API speaks the
// user's language (Accept-Language), defaulting to Chinese.
export type Locale = 'zh-CN' | 'en-US';

type MessageTable = Record<string, { 'zh-CN': string; 'en-US': string }>;

const table: MessageTable = {
  VALIDATION_FAILED: {
    'zh-CN': '提交的内容有误，请检查后重试',
    'en-US': 'The request is invalid; check the highlighted fields',
  },
  MALFORMED_JSON: { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  MALFORMED_REQUEST: {
    'zh-CN': '请求格式不正确（地址中的中文等字符需经过编码）',
    'en-US': 'The request is malformed (characters outside ASCII in the address must be percent-encoded)',
  },
  HEADERS_TOO_LARGE: { 'zh-CN': '请求头过大', 'en-US': 'The request headers are too large' },
  REQUEST_TIMEOUT: { 'zh-CN': '请求发送超时', 'en-US': 'The request took too long to arrive' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '不支持的内容类型', 'en-US': 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '内容超过大小限制', 'en-US': 'The request is too large' },
  NOT_FOUND: { 'zh-CN': '未找到对应的记录', 'en-US': 'Not found' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', 'en-US': 'No such endpoint' },
  METHOD_NOT_ALLOWED: { 'zh-CN': '不支持该请求方法', 'en-US': 'Method not allowed' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  SESSION_EXPIRED: {
    'zh-CN': '长时间未操作，登录已失效，请重新登录',
    'en-US': 'Your session expired; please sign in again',
  },
  FORBIDDEN: { 'zh-CN': '没有权限执行此操作', 'en-US': 'You are not allowed to do this' },
  CSRF_FAILED: { 'zh-CN': '页面已过期，请刷新后重试', 'en-US': 'The page is out of date; reload and try again' },
  RATE_LIMITED: { 'zh-CN': '操作过于频繁，请稍后再试', 'en-US': 'Too many requests; try again shortly' },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后重试或联系管理员',
    'en-US': 'Internal error; try again or contact the administrator',
  },
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂不可用', 'en-US': 'Service unavailable' },
  LOGIN_FAILED: {
    'zh-CN': '账号或密码错误。连续多次失败后账号将被暂时锁定',
    'en-US': 'Wrong account or password. Repeated failures lock the account for a while',
  },
  LOGIN_LOCKED: {
    'zh-CN': '登录失败次数过多，请稍后再试',
    'en-US': 'Too many failed sign-ins; try again later',
  },
  TOTP_REQUIRED: { 'zh-CN': '请输入身份验证器中的动态码', 'en-US': 'Enter the code from your authenticator app' },
  TOTP_INVALID: { 'zh-CN': '动态码不正确或已过期', 'en-US': 'The code is wrong or expired' },
  TOTP_ENROLL_REQUIRED: {
    'zh-CN': '本单位要求启用双因素认证，请先完成绑定',
    'en-US': 'Your organisation requires two-factor sign-in; set it up first',
  },
  PASSWORD_CHANGE_REQUIRED: { 'zh-CN': '首次登录请先修改密码', 'en-US': 'Change your password before continuing' },
  PASSWORD_WRONG: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  PASSWORD_POLICY: { 'zh-CN': '新密码不符合安全要求', 'en-US': 'The new password does not meet the policy' },
  PASSWORD_REUSED: {
    'zh-CN': '新密码不能与当前密码相同',
    'en-US': 'The new password must differ from the current one',
  },
  CONFLICT: { 'zh-CN': '记录已被他人修改，请刷新后重试', 'en-US': 'The record changed meanwhile; reload and retry' },
  STALE_VERSION: {
    'zh-CN': '记录已被他人修改，请刷新后重试',
    'en-US': 'The record changed meanwhile; reload and retry',
  },
  INVALID_STATE: { 'zh-CN': '当前状态下不能执行此操作', 'en-US': 'Not allowed in the current state' },
  DUPLICATE: { 'zh-CN': '记录已存在', 'en-US': 'Already exists' },
  ORG_READ_ONLY: {
    'zh-CN': '上级组织只能查看下级组织的记录，不能修改',
    'en-US': 'A parent organisation may read, not change, a county record',
  },
  ORG_NOT_VISIBLE: { 'zh-CN': '无权查看该组织', 'en-US': 'You cannot see that organisation' },
  FILE_TYPE_NOT_ALLOWED: {
    'zh-CN': '仅支持 JPEG、PNG、WebP 图片以及 PDF、DOCX 文档',
    'en-US': 'Only JPEG, PNG, WebP images and PDF, DOCX documents are accepted',
  },
  FILE_TYPE_MISMATCH: {
    'zh-CN': '文件内容与扩展名不符，请确认后重新上传',
    'en-US': 'The file content does not match its extension',
  },
  FILE_EMPTY: { 'zh-CN': '文件为空', 'en-US': 'The file is empty' },
  MALFORMED_MULTIPART: {
    'zh-CN': '上传的内容格式不正确，请重新选择文件上传',
    'en-US': 'The upload is not a well-formed multipart/form-data body',
  },
  FILE_TOO_LARGE: { 'zh-CN': '文件超过大小限制', 'en-US': 'The file is too large' },
  IMAGE_TOO_LARGE: { 'zh-CN': '图片像素过大', 'en-US': 'The image has too many pixels' },
  ARCHIVE_TOO_LARGE: {
    'zh-CN': '文件解压后过大，疑似压缩炸弹，不予接收',
    'en-US': 'The file unpacks to too much data (a decompression bomb?)',
  },
  FILE_DAMAGED: { 'zh-CN': '文件已损坏或无法识别', 'en-US': 'The file is damaged or unreadable' },
  IMPORT_INVALID: { 'zh-CN': '导入文件有错误，未写入任何数据', 'en-US': 'The import has errors; nothing was written' },
  JOB_NOT_FOUND: { 'zh-CN': '任务不存在', 'en-US': 'No such job' },
};

export function registerMessages(more: MessageTable): void {
  for (const [code, texts] of Object.entries(more)) table[code] = texts;
}

export function messageFor(code: string, locale: Locale = 'zh-CN'): string {
  return table[code]?.[locale] ?? table[code]?.['zh-CN'] ?? code;
}

// English for the precise Chinese sentences a module throws (a code such as NOT_PUBLISHED says
// "the meeting" in one place and "the notice" in another, so the sentence, not the code, is
// translated). Modules register theirs with registerPhrases(); a test per module checks that
// every sentence its errors throw has one.
const phrasebook = new Map<string, string>();

export function registerPhrases(phrases: Record<string, string>): void {
  for (const [zh, en] of Object.entries(phrases)) phrasebook.set(zh, en);
}

/**
 * A module's own error sentence in the caller's language: as written for Chinese; in English
 * its registered translation, else the code's general English text, else as written.
 */
export function sentenceFor(code: string, sentence: string, locale: Locale): string {
  if (locale === 'zh-CN') return sentence;
  return phrasebook.get(sentence) ?? table[code]?.[locale] ?? sentence;
}

export function hasPhrase(sentence: string): boolean {
  return phrasebook.has(sentence);
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}
