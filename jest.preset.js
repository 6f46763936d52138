const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// One transform for every server project: SWC with the decorator metadata NestJS and TypeORM need.
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: path.join(__dirname, 'libs/server/core/src/testing/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'libs/server/core/src/testing/global-teardown.ts'),
  testTimeout: 30000,
};
