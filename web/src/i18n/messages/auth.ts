export const auth = {
  'zh-CN': {
    loginTitle: '登录', loginSubtitle: '政协委员履职服务平台', loginName: '用户名或手机号', password: '密码',
    loginButton: '登录', loginNameRequired: '请输入用户名或手机号', passwordRequired: '请输入密码',
    totpTitle: '双因素认证', totpHint: '请输入身份验证器应用中显示的 6 位动态码', totpCode: '动态码', verify: '验证',
    changePasswordTitle: '修改密码', firstLoginHint: '首次登录，请设置新密码后继续使用。', currentPassword: '当前密码',
    newPassword: '新密码', confirmPassword: '确认新密码', passwordMismatch: '两次输入的新密码不一致',
    passwordRules: '至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类；不能包含用户名、姓名或手机号，不能是常见密码。',
    passwordChanged: '密码已修改', enrollTitle: '绑定身份验证器', enrollHint: '本单位要求启用双因素认证。请用身份验证器应用（如腾讯身份验证器、Google Authenticator）扫描二维码，然后输入显示的动态码。',
    secretKey: '密钥（无法扫码时手动输入）', enable: '启用', logout: '退出登录', demoHint: '演示账号见服务器启动时的输出',
  },
  'en-US': {
    loginTitle: 'Sign in', loginSubtitle: 'CPPCC Member Duty Platform', loginName: 'Username or mobile number', password: 'Password',
    loginButton: 'Sign in', loginNameRequired: 'Enter your username or mobile number', passwordRequired: 'Enter your password',
    totpTitle: 'Two-factor sign-in', totpHint: 'Enter the 6-digit code shown in your authenticator app', totpCode: 'Code', verify: 'Verify',
    changePasswordTitle: 'Change password', firstLoginHint: 'First sign-in: set a new password to continue.', currentPassword: 'Current password',
    newPassword: 'New password', confirmPassword: 'Repeat new password', passwordMismatch: 'The two new passwords differ',
    passwordRules: 'At least 8 characters from three of: upper case, lower case, digits, symbols; not containing your username, name or phone; not a common password.',
    passwordChanged: 'Password changed', enrollTitle: 'Set up an authenticator', enrollHint: 'Your organisation requires two-factor sign-in. Scan the QR code with an authenticator app, then enter the code it shows.',
    secretKey: 'Key (if you cannot scan)', enable: 'Enable', logout: 'Sign out', demoHint: 'Demo accounts are printed when the server starts',
  },
};
