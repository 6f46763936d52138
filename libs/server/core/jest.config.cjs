module.exports = {
  displayName: 'server-core',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/core',
};
