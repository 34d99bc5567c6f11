// Texts of attendance after the door: the invitee's own record, attending online, and the
// office's closing of attendance and corrections (added with the meetings pages by addArea).
export const meetingDesk = {
  'zh-CN': {
    myAttendance: '我的出席',
    checkedInAt: '签到时间',
    checkInRemote: '线上参会确认',
    checkInRemoteConfirm: '确认您正在通过线上会议参会？确认后记为线上出席。',
    remoteDone: '已记为线上出席',
    joinOnline: '进入线上会议',
    closeAttendance: '确认考勤',
    closeConfirm: '确认考勤后，未签到且未获准请假的参会人将记为缺席，之后仍可逐人更正。确定吗？',
    closeDone: '考勤已确认：{absent} 人记为缺席',
    closedAt: '考勤已于 {time} 确认',
    correct: '更正',
    correctTitle: '更正出席状态：{name}',
    state: '出席状态',
    reason: '更正理由',
    reasonHint: '如：会后补交请假条；到会但未扫码',
    corrected: '出席状态已更正',
  },
  'en-US': {
    myAttendance: 'My attendance',
    checkedInAt: 'Checked in',
    checkInRemote: 'I am attending online',
    checkInRemoteConfirm:
      'Confirm that you are attending through the online meeting? You will be recorded as attending remotely.',
    remoteDone: 'Recorded as attending online',
    joinOnline: 'Join the online meeting',
    closeAttendance: 'Close attendance',
    closeConfirm:
      'Once attendance is closed, invitees who neither checked in nor have approved leave are recorded absent; single states can still be corrected. Go ahead?',
    closeDone: 'Attendance closed: {absent} recorded absent',
    closedAt: 'Attendance closed at {time}',
    correct: 'Correct',
    correctTitle: 'Correct the attendance of {name}',
    state: 'Attendance',
    reason: 'Reason',
    reasonHint: 'e.g. leave note handed in after the meeting; came but did not scan',
    corrected: 'Attendance corrected',
  },
};
