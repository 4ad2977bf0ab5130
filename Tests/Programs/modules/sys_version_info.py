# Checks sys.version_info comparisons and fields
import sys
print(sys.version_info >= (3, 11))
print(sys.version_info.major, sys.version_info[0])
print(sys.version_info.minor >= 11)
print(sys.version_info > (3,), sys.version_info < (4, 0))
print(type(sys.version).__name__, sys.version.startswith("3."))
print(len(sys.version_info[:2]))
