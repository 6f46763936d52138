module.exports = {
  displayName: 'server-approval',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/approval',
};
