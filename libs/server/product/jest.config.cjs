module.exports = {
  displayName: 'server-product',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/server/product',
};
