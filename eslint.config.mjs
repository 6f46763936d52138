import nx from "@nx/eslint-plugin";

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
      "ignores": [
        "**/dist",
        "**/out-tsc",
        "**/vite.config.*.timestamp*",
        "**/vitest.config.*.timestamp*",
        "**/coverage",
        "libs/api-client/src/schema.ts",
        ".nx"
      ]
    },
    {
        files: [
      "**/*.ts",
      "**/*.tsx",
      "**/*.js",
      "**/*.jsx",
      "**/*.vue"
    ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    // The arrows of ARCHITECTURE.md: apps → domain libs → core; web and tools → api-client only.
                    depConstraints: [
                        { sourceTag: "scope:server", onlyDependOnLibsWithTags: ["scope:server", "scope:shared"] },
                        { sourceTag: "scope:web", onlyDependOnLibsWithTags: ["scope:web", "scope:shared"] },
                        { sourceTag: "scope:shared", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "type:app", onlyDependOnLibsWithTags: ["type:domain", "type:core", "type:client"] },
                        { sourceTag: "type:e2e", onlyDependOnLibsWithTags: ["type:client"] },
                        { sourceTag: "type:domain", onlyDependOnLibsWithTags: ["type:domain", "type:core"] },
                        { sourceTag: "type:core", onlyDependOnLibsWithTags: ["type:core"] },
                        { sourceTag: "type:client", onlyDependOnLibsWithTags: ["type:client"] }
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        // Override or add rules here
        rules: {}
    }
];
