module.exports = {
  displayName: 'server-permissions',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/permissions',
};
