module.exports = {
  displayName: 'server-settings',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/settings',
};
