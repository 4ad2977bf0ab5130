// swift-tools-version: 6.0
import PackageDescription

let interpreterSettings: [SwiftSetting] = [
  .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
  // The evaluator mutates object fields on every step; dynamic exclusivity checks cost ~8%.
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "Coil",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "coil", targets: ["coil"]),
    .library(name: "CoilRuntime", targets: ["CoilRuntime"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "CoilSyntax", swiftSettings: interpreterSettings),
    .target(
      name: "CoilRuntime",
      dependencies: [
        "CoilSyntax",
        .product(name: "BigInt", package: "BigInt"),
        .product(name: "Collections", package: "swift-collections"),
      ],
      swiftSettings: interpreterSettings),
    .executableTarget(
      name: "coil",
      dependencies: [
        "CoilRuntime",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: interpreterSettings),
    .testTarget(name: "CoilSyntaxTests", dependencies: ["CoilSyntax"]),
    .testTarget(name: "CoilRuntimeTests", dependencies: ["CoilRuntime"]),
    .testTarget(name: "ProgramTests", dependencies: ["CoilRuntime"]),
  ]
)
