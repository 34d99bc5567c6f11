// Wording of what notices send through the notify platform.
export const noticeTexts = {
  published: (title: string) => ({ title: `通知：${title}`, body: '您有一条新的通知，请及时查阅。' }),
  reminder: (title: string) => ({ title: `请查阅通知：${title}`, body: '此通知您尚未阅读，请及时查阅。' }),
};
