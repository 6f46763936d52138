module.exports = {
  displayName: 'server-opportunity',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/opportunity',
};
