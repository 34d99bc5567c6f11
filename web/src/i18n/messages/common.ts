export const common = {
  'zh-CN': {
    appName: '履职平台',
    appFullName: '政协委员履职服务平台',
    save: '保存', cancel: '取消', confirm: '确定', submit: '提交', edit: '编辑', delete: '删除', create: '新建',
    search: '搜索', reset: '重置', back: '返回', close: '关闭', more: '更多', loading: '加载中…', retry: '重试',
    actions: '操作', yes: '是', no: '否', all: '全部', none: '无', total: '共 {n} 条', export: '导出', import: '导入',
    download: '下载', upload: '上传', view: '查看', detail: '详情', status: '状态', saved: '已保存', done: '已完成',
    required: '必填', optional: '选填', emptyList: '暂无数据', notFound: '页面不存在', notFoundHint: '您访问的页面不存在或已被移除。',
    forbidden: '没有权限', forbiddenHint: '您没有查看此页面的权限。', goHome: '回到首页', errorTitle: '出错了',
    requestId: '请求编号：{id}', networkError: '网络连接失败，请检查网络后重试', language: '语言',
  },
  'en-US': {
    appName: 'Lvzhi',
    appFullName: 'CPPCC Member Duty Platform',
    save: 'Save', cancel: 'Cancel', confirm: 'OK', submit: 'Submit', edit: 'Edit', delete: 'Delete', create: 'New',
    search: 'Search', reset: 'Reset', back: 'Back', close: 'Close', more: 'More', loading: 'Loading…', retry: 'Retry',
    actions: 'Actions', yes: 'Yes', no: 'No', all: 'All', none: 'None', total: '{n} in total', export: 'Export', import: 'Import',
    download: 'Download', upload: 'Upload', view: 'View', detail: 'Details', status: 'Status', saved: 'Saved', done: 'Done',
    required: 'Required', optional: 'Optional', emptyList: 'Nothing here yet', notFound: 'Page not found', notFoundHint: 'The page does not exist or was removed.',
    forbidden: 'Not allowed', forbiddenHint: 'You may not view this page.', goHome: 'Go home', errorTitle: 'Something went wrong',
    requestId: 'Request id: {id}', networkError: 'Network error; check the connection and retry', language: 'Language',
  },
};
