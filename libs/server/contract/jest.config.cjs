module.exports = {
  displayName: 'server-contract',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/contract',
};
