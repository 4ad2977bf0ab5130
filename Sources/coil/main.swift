// The `coil` command: runs a script file, `-c` code or standard input on a thread with a large
// stack, so deep (but limited) recursion in Coil code never overflows the native stack.

import CoilRuntime
import Foundation

let status = runCommandLine(Array(CommandLine.arguments.dropFirst()))
exit(status)
