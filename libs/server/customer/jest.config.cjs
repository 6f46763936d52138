module.exports = {
  displayName: 'server-customer',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/customer',
};
