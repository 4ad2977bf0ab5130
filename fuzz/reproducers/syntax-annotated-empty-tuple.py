# Fixed in Sources/CoilSyntax/Parser.swift (checkTarget indexed items[0] of an empty tuple).
(): int
