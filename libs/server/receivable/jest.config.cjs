module.exports = {
  displayName: 'server-receivable',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/receivable',
};
