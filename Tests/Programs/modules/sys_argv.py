# Checks sys.argv holds the script path as its only element
import sys
print(sys.argv[0].endswith("sys_argv.py"))
print(len(sys.argv))
print(type(sys.argv).__name__, type(sys.argv[0]).__name__)
