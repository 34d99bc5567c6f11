// Wording of what study materials send through the notify platform.
export const materialTexts = {
  published: (title: string, deadline: string | null) => ({
    title: `学习资料：${title}`,
    body: deadline ? `您有一份新的学习资料，请于${deadline}前学习。` : '您有一份新的学习资料，请及时学习。',
  }),
  reminder: (title: string, deadline: string | null) => ({
    title: `请学习：${title}`,
    body: deadline ? `此学习资料您尚未学完，请于${deadline}前完成。` : '此学习资料您尚未学完，请及时学习。',
  }),
};
