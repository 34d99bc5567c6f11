export const layout = {
  'zh-CN': {
    home: '首页', profile: '个人中心', notifications: '通知', markAllRead: '全部已读', noNotifications: '暂无通知',
    currentOrg: '当前组织', switchOrg: '切换组织', orgSwitched: '已切换到 {name}', welcome: '您好，{name}',
    roles: '角色', role_staff: '机关工作人员', role_county_admin: '县级政协管理员', role_leader: '领导', role_member: '委员',
    role_unit: '承办单位', role_auditor: '审计员', role_public: '公众参与者', menu: '菜单', quickLinks: '常用功能',
    twoFactor: '双因素认证', twoFactorOn: '已启用', twoFactorOff: '未启用', setupTwoFactor: '启用双因素认证',
    disableTwoFactor: '停用双因素认证', phone: '手机号', username: '用户名', organisation: '所属组织', security: '账号安全',
  },
  'en-US': {
    home: 'Home', profile: 'My account', notifications: 'Notifications', markAllRead: 'Mark all read', noNotifications: 'No notifications',
    currentOrg: 'Organisation', switchOrg: 'Switch organisation', orgSwitched: 'Now viewing {name}', welcome: 'Hello, {name}',
    roles: 'Roles', role_staff: 'Office staff', role_county_admin: 'County administrator', role_leader: 'Leader', role_member: 'Member',
    role_unit: 'Handling unit', role_auditor: 'Auditor', role_public: 'Public participant', menu: 'Menu', quickLinks: 'Shortcuts',
    twoFactor: 'Two-factor sign-in', twoFactorOn: 'On', twoFactorOff: 'Off', setupTwoFactor: 'Turn on two-factor sign-in',
    disableTwoFactor: 'Turn off two-factor sign-in', phone: 'Mobile', username: 'Username', organisation: 'Organisation', security: 'Security',
  },
};
